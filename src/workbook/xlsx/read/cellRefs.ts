/**
 * A1 references as sheet XML writes them ("B7", "$B$7", "A1:C9"), decoded without
 * regular expressions: the sheet reader calls this once per cell.
 */

/** Excel's last row and column, 0-based (1,048,576 rows; XFD = 16,384 columns). */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** A rectangle of cells, 0-based and inclusive. */
export type CellBox = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/**
 * The 0-based row and column of "B7" (dollar signs allowed), in `out`; false when
 * the text is no cell reference or lies outside Excel's grid.
 */
export function decodeCell(ref: string, out: { row: number; col: number }): boolean {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 0x24) i++;
  let col = 0;
  let letters = 0;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    letters++;
  }
  if (letters === 0 || letters > 3) return false;
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    row = row * 10 + (c - 0x30);
    if (++digits > 7) return false;
  }
  if (digits === 0 || row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** The 0-based column of column letters ("B" or "$B"), or -1. */
export function decodeColumn(letters: string): number {
  const at = { row: 0, col: 0 };
  return decodeCell(`${letters}1`, at) ? at.col : -1;
}

/** The box of "A1:C9" or of one cell "B2", corners in any order; null when malformed. */
export function decodeRange(ref: string): CellBox | null {
  const colon = ref.indexOf(":");
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  const text = ref.trim();
  if (colon < 0) return decodeCell(text, a) ? { top: a.row, left: a.col, bottom: a.row, right: a.col } : null;
  if (!decodeCell(text.slice(0, text.indexOf(":")), a) || !decodeCell(text.slice(text.indexOf(":") + 1), b))
    return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Cell values and addresses as the core sees them: whatever an adapter hands over,
 * without interpretation. Office.js gives strings, numbers and booleans (an empty
 * cell is ""); a file library may also give Date objects. Error values arrive as
 * their text ("#N/A").
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangle of cell values placed on a sheet; `top` and `left` are 0-based. */
export type RawRange = {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
};

/**
 * An Excel table (ListObject): its range, header row included, Total Row never.
 * When the table's header row is hidden, `values[0]` still holds its column names,
 * `top` is one row above the first data row (-1 when the table starts on row 1)
 * and `headerShown` is false; no finding may point at that synthetic row.
 */
export type RawTable = RawRange & { readonly name: string; readonly headerShown?: boolean };

/**
 * Everything the reader needs from a workbook: every Excel table, and the used
 * range of every sheet (for tables copied as plain cells).
 */
export type RawWorkbook = {
  readonly tables: readonly RawTable[];
  readonly sheets: readonly RawRange[];
};

/** A cell to point a user at: the sheet's real name and an A1 address. */
export type CellRef = { readonly sheet: string; readonly cell: string };

/**
 * The column letters of a 0-based column index.
 * @example columnLetters(0) === "A"; columnLetters(27) === "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The A1 address of a 0-based row and column.
 * @example a1(0, 0) === "A1"; a1(6, 5) === "F7"
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The 0-based column index of column letters. @example columnIndex("AB") === 27 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** True when a cell holds nothing a person would see (null, "", whitespace). */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

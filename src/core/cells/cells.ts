/**
 * Cell values and addresses as the core sees them: whatever an adapter hands over,
 * without interpretation. Office.js gives strings, numbers and booleans (an empty
 * cell is ""); a file library may also give Date objects. Error values arrive as
 * their text ("#N/A").
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangle of cell values placed on a sheet; `top` and `left` are 0-based. */
/** How a cell's number is shown. Dates are Excel serials with format "date". */
export type CellFormat = "text" | "date" | "integer" | "number" | "money" | "percent";

export type RawRange = {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
};

/**
 * An Excel table (ListObject): its header row and its body, never its total row
 * (an adapter leaves a shown total row out of `values`: its sums are no data).
 * When the table's header row is hidden (`headerShown: false`), `values[0]` still
 * holds the columns' names, from the table's definition, and `top` is the row above
 * the first body row, where the header would be (-1 when the body starts on the
 * sheet's first row); the core never points a finding at that row. Absent, the
 * header row is shown and `values[0]` is its cells.
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

/** A rectangle of cells: 0-based top row and left column, and its size. */
export type Area = {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
};

/** Excel's sheet size: rows and columns of every sheet. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * An area as Excel writes it: "B2", "A1:D40", whole columns "A:D", whole rows "2:5".
 * @example areaA1({ row: 0, col: 0, rows: SHEET_ROWS, cols: 4 }) === "A:D"
 */
export function areaA1(area: Area): string {
  const lastRow = area.row + area.rows - 1;
  const lastCol = area.col + area.cols - 1;
  if (area.row === 0 && area.rows >= SHEET_ROWS)
    return `${columnLetters(area.col)}:${columnLetters(lastCol)}`;
  if (area.col === 0 && area.cols >= SHEET_COLUMNS) return `${area.row + 1}:${lastRow + 1}`;
  if (area.rows === 1 && area.cols === 1) return a1(area.row, area.col);
  return `${a1(area.row, area.col)}:${a1(lastRow, lastCol)}`;
}

/** A sheet's name as a reference writes it: quoted unless letters, digits and _ only. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The cells two areas share, or null. */
export function intersectAreas(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  return bottom > row && right > col ? { row, col, rows: bottom - row, cols: right - col } : null;
}

/**
 * The 2-D arrays written to a range: values as Excel should keep them, and number
 * formats that make every text cell "@" so that text starting with "=" stays text.
 */
import { cellFormatCode as cellFormat, numberFormatCode as formatCode } from "../../core/style";

/** Number format codes and the format of one written cell: decided in the core, shared with the file adapter. */
export { cellFormat, formatCode };
export { formulaString as formulaText } from "../../core/style";

export type WriteValue = string | number | null;
export type Grid = (string | number)[][];

/**
 * A value for `Range.values`: empty for null (a fresh cell), non-finite numbers
 * empty, and text starting with an apostrophe with one more in front: Excel takes
 * a leading apostrophe as its quote prefix and drops it, so "'Kv1" would become
 * "Kv1" (and "'=1" a formula's text without its mark).
 */
export function cellValue(v: WriteValue | undefined): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v.startsWith("'") ? `'${v}` : v;
}

/** Rows padded or cut to `cols` columns, as values. */
export function valueGrid(rows: readonly (readonly WriteValue[])[], cols: number): Grid {
  return rows.map((row) => Array.from({ length: cols }, (_, k) => cellValue(row[k])));
}

/** The number formats of rows of values, one column format per column. */
export function formatGrid(
  rows: readonly (readonly WriteValue[])[],
  columnFormats: readonly string[],
): string[][] {
  return rows.map((row) => columnFormats.map((f, k) => cellFormat(row[k], f)));
}

/** A column width in points for a width in characters (Calibri 11: 7 px a character plus 5 px, ¾ pt a pixel). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Number format codes, decided once for both adapters. The codes are Excel's
 * invariant ones: Excel shows "#,##0" with the user's own thousands separator (a
 * space in Swedish), so one code serves both languages.
 */
import type { CellFormat } from "../cells";

/** The format of a text cell: what keeps "=1+1" typed as text from becoming a formula. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

const CODES: Readonly<Record<CellFormat, string>> = {
  text: TEXT_FORMAT,
  date: "yyyy-mm-dd",
  integer: "0",
  number: GENERAL_FORMAT,
  money: "#,##0",
  percent: "0%",
};

/** The number format code of a cell format. */
export function numberFormatCode(format: CellFormat): string {
  return CODES[format];
}

/**
 * The number format one written cell gets: "@" for text (never a formula), the
 * column's format for numbers and empty cells, and General for a number in a text
 * column (so it shows as a number).
 * @example cellFormatCode("=SUM(A1)", "0") === "@"; cellFormatCode(5, "@") === "General"
 */
export function cellFormatCode(value: string | number | null | undefined, columnCode: string): string {
  if (typeof value === "string" && value !== "") return TEXT_FORMAT;
  if (typeof value === "number" && columnCode === TEXT_FORMAT) return GENERAL_FORMAT;
  return columnCode;
}

/**
 * Number format codes for the template's cell formats. The codes are Excel's
 * invariant ones: Excel shows "#,##0" with the user's own thousands separator
 * (a space in Swedish), so one code serves both languages.
 */
import type { CellFormat } from "../../core/template.types";

const CODES: Readonly<Record<CellFormat, string>> = {
  text: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  number: "General",
  money: "#,##0",
  percent: "0%",
};

/** The number format code of a cell format. */
export function numberFormatCode(format: CellFormat): string {
  return CODES[format];
}

/** A cell value as written: text stays a string (never a formula), numbers stay numbers. */
export function writableValue(value: string | number | null): string | number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

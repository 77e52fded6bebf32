/** Number formats of written cells: the codes are decided in the core (src/core/style/numberFormats.ts). */
export { numberFormatCode } from "../../core/style/numberFormats";

/** A cell value as written: text stays a string (never a formula), numbers stay numbers. */
export function writableValue(value: string | number | null): string | number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

/**
 * exceljs cell values as the core's CellValue: numbers, strings, booleans and Dates
 * pass through; rich text, hyperlinks, formulas (their cached result) and errors
 * become what a person sees in the cell.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cells";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

/** The plain value of an exceljs value (of a cell or of a formula's result). */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (!isRecord(value)) return null;
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result);
  if (typeof value.error === "string") return value.error;
  if ("hyperlink" in value) return plainValue(value.text);
  if ("text" in value) return plainValue(value.text);
  return null;
}

/** The value of a cell; the hidden cells of a merged area are empty, as Excel shows them. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value);
}

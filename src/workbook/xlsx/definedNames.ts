/** Workbook-level names (the lists' ranges and ID columns) in exceljs. */
import type ExcelJS from "exceljs";

/** True when the workbook defines that name. */
export function hasName(wb: ExcelJS.Workbook, name: string): boolean {
  const wanted = name.toLowerCase();
  return wb.definedNames.model.some((n) => n.name.toLowerCase() === wanted);
}

/** A quoted sheet reference for formulas: 'Mål'. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Defines a name for a range of one column (0-based rows, inclusive) unless it exists. */
export function defineColumnName(
  wb: ExcelJS.Workbook,
  name: string,
  sheet: string,
  column: string,
  firstRow: number,
  lastRow: number,
): void {
  if (hasName(wb, name)) return;
  wb.definedNames.add(`${quoteSheet(sheet)}!$${column}$${firstRow + 1}:$${column}$${lastRow + 1}`, name);
}

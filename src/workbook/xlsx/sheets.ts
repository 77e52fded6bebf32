/** Small worksheet helpers exceljs's typings lack. */
import type ExcelJS from "exceljs";

type DataValidations = {
  add(address: string, validation: ExcelJS.DataValidation): void;
  model: Record<string, ExcelJS.DataValidation | undefined>;
};

/** The sheet's data validations (present in exceljs 4.4.0, missing from its typings). */
export function validationsOf(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

/** The sheet of that name, compared as Excel does (case-insensitively), or undefined. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

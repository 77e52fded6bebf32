/** Why a write was refused, as the one line the command line prints (exit status 2). */
import type { Lang } from "../core/language";
import type { WorkbookWriteError, WorkbookWriteReason } from "../workbook/xlsx/writeErrors";
import { cliText, type CliTextKey } from "./cliText";

const KEYS: Readonly<Record<WorkbookWriteReason, CliTextKey>> = {
  sheetExists: "sheetExists",
  sheetHasData: "refusedSheetHasData",
  tableExists: "refusedTableExists",
  tableMissing: "refusedTableMissing",
  cellsNotEmpty: "refusedCellsNotEmpty",
  sheetProtected: "refusedSheetProtected",
  workbookProtected: "refusedWorkbookProtected",
  cellHasFormula: "refusedCellHasFormula",
  sheetNameInvalid: "refusedSheetNameInvalid",
};

/** The line that tells the user what was refused and what to do. */
export function writeRefusalText(e: WorkbookWriteError, lang: Lang): string {
  return cliText(KEYS[e.reason], lang, `"${e.target}"`);
}

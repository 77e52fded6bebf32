/** Why the adapter refused to write: it never overwrites a user's cells or sheets. */

export type WorkbookWriteReason =
  | "sheetHasData" // a table's sheet exists and holds data
  | "tableExists" // a table of that name exists already
  | "tableMissing" // rows were to be appended to a table that does not exist
  | "cellsNotEmpty" // the rows below a table hold data
  | "sheetExists" // a report sheet exists and is not one the product may replace
  | "sheetProtected" // the sheet to write on is protected: the user must unprotect it first
  | "workbookProtected" // the workbook's structure is protected: no sheet can be added or renamed
  | "sheetNameInvalid" // Excel would refuse the sheet's name (core/sheetNames.ts)
  | "cellHasFormula"; // a cell to be replaced holds a formula other cells share

/** A refused write; `reason` says why and `target` names the sheet or table. */
export class WorkbookWriteError extends Error {
  readonly reason: WorkbookWriteReason;
  readonly target: string;

  constructor(reason: WorkbookWriteReason, target: string) {
    super(`${reason}: ${target}`);
    this.name = "WorkbookWriteError";
    this.reason = reason;
    this.target = target;
  }
}

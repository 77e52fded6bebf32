/**
 * The task pane's way into Excel: one Excel.run per user action, and the two
 * small actions that are not use cases (show a cell, read the selection).
 */
import type { SelectionRead, WorkbookPort } from "../../app/ports";
import { officePort } from "./officePort";
import { readSelectionOf } from "./readSelection";
import { supportsExcelApi } from "./requirements";

/**
 * Runs one user action in one Excel.run, with a port on its context. Where the host
 * has ExcelApi 1.20, the action's syncs are merged into one undo group, so one
 * Ctrl+Z undoes the whole action (docs/architecture.md "Undo").
 */
export function runExcelAction<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
  const batch = (context: Excel.RequestContext): Promise<T> => action(officePort(context));
  return supportsExcelApi("1.20") ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

/** Activates a sheet and selects a cell (a finding's place); false when the sheet no longer exists. */
export function selectCell(sheet: string, cell: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
    return true;
  });
}

/** The selection's values and what was taken of it, for import. */
export function readSelection(): Promise<SelectionRead | null> {
  return Excel.run((context) => readSelectionOf(context));
}

/**
 * The task pane's way into Excel: one Excel.run per user action, and the two
 * small actions that are not use cases (show a cell, read the selection).
 */
import type { SelectionRead, WorkbookPort } from "../../app/ports";
import { officePort } from "./officePort";
import { readSelectionOf } from "./readSelection";

/** Runs one user action in one Excel.run, with a port on its context. */
export function runExcelAction<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
  return Excel.run((context) => action(officePort(context)));
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

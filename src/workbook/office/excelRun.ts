/**
 * The task pane's way into Excel: one Excel.run per user action, and the two
 * small actions that are not use cases (show a cell, read the selection).
 */
import type { SelectionRead, WorkbookPort } from "../../app/ports";
import { withExcelFailures } from "./excelFailures";
import { officePort, type UndoGroup } from "./officePort";
import { readSelectionOf } from "./readSelection";
import { supportsExcelApi } from "./requirements";

/**
 * Every run waits for a cell edit to end (`delayForCellEdit`): while the user types in a
 * cell, a run without it fails with InvalidOperationInCellEditMode (docs/real-excel.md).
 */
const WAIT_FOR_EDIT = { delayForCellEdit: true } as const;

/**
 * Runs one user action in one Excel.run, with a port on its context. The action's
 * run is no undo group: set-up and summaries rename, hide, delete and protect sheets,
 * which Excel cannot undo (Microsoft's undo table) and which inside a merged undo
 * group throw UndoNotSupported. Where the host has ExcelApi 1.20, the port's writes
 * made only of undoable calls (appended and updated rows: import, collect) each run
 * in a merged undo group of their own, one Ctrl+Z each (docs/real-excel.md, "Undo").
 */
export function runExcelAction<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
  const undoGroup: UndoGroup | null = supportsExcelApi("1.20")
    ? (write) => Excel.run({ ...WAIT_FOR_EDIT, mergeUndoGroup: true }, write)
    : null;
  const batch = (context: Excel.RequestContext): Promise<T> => action(officePort(context, undoGroup));
  return withExcelFailures(Excel.run(WAIT_FOR_EDIT, batch));
}

/** Activates a sheet and selects a cell (a finding's place); false when the sheet no longer exists. */
export function selectCell(sheet: string, cell: string): Promise<boolean> {
  return Excel.run(WAIT_FOR_EDIT, async (context) => {
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
  return withExcelFailures(Excel.run(WAIT_FOR_EDIT, (context) => readSelectionOf(context)));
}

/**
 * The Office.js adapter: each user action in one Excel.run with a WorkbookPort bound
 * to its context, cells shown by selecting them, the selection read, and new
 * workbooks opened from file bytes. The task pane loads it as a chunk of its own.
 */
export { readSelection, runExcelAction, selectCell } from "./excelRun";
export { canCreateWorkbooks, openAsNewWorkbook } from "./newWorkbook";
export { officePort, type UndoGroup } from "./officePort";

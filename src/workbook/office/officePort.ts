/**
 * The WorkbookPort inside Excel: every method works on the one RequestContext of
 * the user action's Excel.run. read() keeps what it learnt (sheets, tables, names)
 * so a write right after it needs no extra sync; any write forgets it.
 */
import type { WorkbookPort } from "../../app/ports";
import { addColumns } from "./addColumns";
import { addTables } from "./addTables";
import { appendRows } from "./appendRows";
import { checkAppendShifts } from "./appendShifts";
import { productSheetsOf } from "./productMarker";
import { protectSheets } from "./protectSheets";
import { readSelectionOf } from "./readSelection";
import { readSheetNames, readWorkbook } from "./readWorkbook";
import { supportsExcelApi } from "./requirements";
import { updateRows } from "./updateRows";
import { loadState, type WorkbookState } from "./workbookState";
import { writeSheet } from "./writeSheet";

/**
 * Runs a write in an Excel.run of its own that merges its syncs into one undo group
 * (ExcelApi 1.20). Only writes whose every call supports undo on every platform go
 * there: appended and updated rows (values, number formats, table rows, validation).
 */
export type UndoGroup = <T>(write: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A port on one Excel.run's context; `undoGroup` (when the host has one) for the undoable writes. */
export function officePort(
  context: Excel.RequestContext,
  undoGroup: UndoGroup | null = null,
): WorkbookPort &
  Required<Pick<WorkbookPort, "readSelection" | "updateRows" | "protectSheets" | "checkAppends">> {
  let known: WorkbookState | null = null;
  /** The state for a write: the last read's, else loaded now; forgotten since the write changes it. */
  const stateForWrite = async (): Promise<WorkbookState> => {
    const state = known ?? (await loadState(context));
    known = null;
    return state;
  };

  return {
    async read(scope) {
      const { raw, state } = await readWorkbook(context, scope);
      known = state;
      return raw;
    },
    async sheetNames() {
      return known ? known.sheets.map((s) => s.name) : readSheetNames(context);
    },
    async addTables(tables, progress) {
      await addTables(context, await stateForWrite(), tables, progress);
    },
    async addColumns(additions) {
      return addColumns(context, await stateForWrite(), additions);
    },
    async appendRows(appends) {
      const state = await stateForWrite();
      await (undoGroup
        ? undoGroup((c) => appendRows(c, state, appends))
        : appendRows(context, state, appends));
    },
    async checkAppends(appends) {
      // The action's read has the tables' places (no sync); the state is kept for the write.
      known ??= await loadState(context);
      checkAppendShifts(known, appends, supportsExcelApi("1.13"));
    },
    async writeSheet(layout, options) {
      await writeSheet(context, await stateForWrite(), layout, options?.replace === true);
    },
    async updateRows(updates) {
      const state = await stateForWrite();
      await (undoGroup
        ? undoGroup((c) => updateRows(c, state, updates))
        : updateRows(context, state, updates));
    },
    async protectSheets(sheets) {
      await protectSheets(context, await stateForWrite(), sheets);
    },
    async productSheets() {
      known ??= await loadState(context);
      return productSheetsOf(known);
    },
    async readSelection() {
      return readSelectionOf(context);
    },
  };
}

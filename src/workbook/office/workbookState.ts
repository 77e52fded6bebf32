/**
 * What the writers must know before queuing anything: which sheets exist and hold
 * data, which tables and names exist. Taken from the action's read() when there was
 * one (no extra sync), else loaded in two syncs.
 */
import type { CellValue } from "../../core/cells";
import { sameSheetName, sameTableName } from "../../core/cells";
import { WorkbookWriteError } from "../floor";
import { MARKER_SHEET, markersOf, type ProductMarker } from "../../core/productSheets";

export type SheetState = {
  readonly name: string;
  readonly hasData: boolean;
  /** The column after the last used one (0 for an empty sheet). */
  readonly usedRight: number;
  /** The sheet is protected: Excel refuses structural changes and most writes on it. */
  readonly protected: boolean;
};

export type NameState = { readonly name: string };

/** Where a table lies on its sheet (0-based): its whole range, header and total rows included. */
export type Area = {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
};

/**
 * A table as the writers know it. `area` and `showTotals` come with every read; what
 * only the read of a plan table's values tells: whether its last body row is blank (the
 * empty row set-up leaves, which an append fills first) and how many rows right below
 * it are blank in its columns (`blankBelow`, Infinity past the sheet's data; absent when
 * the sheet's values were not read).
 */
export type TableState = {
  readonly name: string;
  readonly sheet: string;
  readonly area?: Area;
  readonly showTotals?: boolean;
  readonly lastBlank?: boolean;
  readonly blankBelow?: number;
};

export type WorkbookState = {
  /** The workbook's structure is protected: no sheet may be added, renamed or deleted. */
  readonly structureProtected: boolean;
  readonly sheets: readonly SheetState[];
  readonly tables: readonly TableState[];
  readonly names: readonly NameState[];
  /** The entries of the product's marker sheet (core/productSheets/productMarker.ts). */
  readonly markers: readonly ProductMarker[];
};

/** A sheet by name, case-insensitively as Excel compares sheet names. */
export function findSheet(state: WorkbookState, name: string): SheetState | null {
  return state.sheets.find((s) => sameSheetName(s.name, name)) ?? null;
}

export function hasTable(state: WorkbookState, name: string): boolean {
  return state.tables.some((t) => sameTableName(t.name, name));
}

/** The sheet of a table that exists (hasTable). */
export function tableSheet(state: WorkbookState, table: string): string {
  return state.tables.find((t) => sameTableName(t.name, table))?.sheet ?? "";
}

export function hasName(state: WorkbookState, name: string): boolean {
  return state.names.some((n) => sameTableName(n.name, name));
}

/**
 * Refuses, before anything is queued, a write that Excel would stop halfway: one
 * on a protected sheet (Excel refuses adding table rows, resizing a table, number
 * formats and locked cells there, even over unlocked cells), or one that adds,
 * renames or deletes sheets while the workbook's structure is protected. The
 * error names the sheet the user must unprotect.
 */
export function checkWritable(
  state: WorkbookState,
  target: { readonly sheets: readonly string[]; readonly changesSheets: boolean },
): void {
  for (const name of target.sheets) {
    const sheet = findSheet(state, name);
    if (sheet?.protected) throw new WorkbookWriteError("sheetProtected", sheet.name);
  }
  if (target.changesSheets && state.structureProtected) throw new WorkbookWriteError("workbookProtected", "");
}

/** What sync 1 loads. */
export type FirstLoads = {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  protection: Excel.WorkbookProtection;
};

/**
 * Queues the loads of sync 1: table names, sheet names and whether each is
 * protected (ExcelApi 1.2), workbook names, and whether the workbook's structure is
 * protected (ExcelApi 1.7).
 */
export function queueFirstLoads(context: Excel.RequestContext): FirstLoads {
  const wb = context.workbook;
  return {
    tables: wb.tables.load("items/name,items/showTotals"),
    sheets: wb.worksheets.load("items/name,items/protection/protected"),
    names: wb.names.load("items/name"),
    protection: wb.protection.load("protected"),
  };
}

/** The names as loaded in sync 1. */
export function namesOf(names: Excel.NamedItemCollection): NameState[] {
  return names.items.map((n) => ({ name: n.name }));
}

/** What a table's range is loaded with for its Area (no values). */
export const AREA_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

/** The area of a table's loaded range (AREA_PROPS), as a TableState field. */
export function areaOf(range: Excel.Range | undefined): { area?: Area } {
  if (!range) return {};
  return {
    area: { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
  };
}

/** Loads the state alone (two syncs), for writes not preceded by read() in the same action. */
export async function loadState(context: Excel.RequestContext): Promise<WorkbookState> {
  const first = queueFirstLoads(context);
  await context.sync();
  // Only the marker sheet's values are needed; of the others, where their data ends.
  const used = first.sheets.items.map((s) =>
    s
      .getUsedRangeOrNullObject(true)
      .load(
        sameSheetName(s.name, MARKER_SHEET)
          ? "values,rowIndex,columnIndex,columnCount"
          : "columnIndex,columnCount",
      ),
  );
  const tableSheets = first.tables.items.map((t) => t.worksheet.load("name"));
  const tableAreas = first.tables.items.map((t) => t.getRange().load(AREA_PROPS));
  await context.sync();
  return {
    structureProtected: first.protection.protected,
    sheets: first.sheets.items.map((s, i) => {
      const range = used[i];
      const empty = !range || range.isNullObject;
      return {
        name: s.name,
        hasData: !empty,
        usedRight: empty ? 0 : range.columnIndex + range.columnCount,
        protected: s.protection.protected,
      };
    }),
    tables: first.tables.items.map((t, i) => ({
      name: t.name,
      sheet: tableSheets[i]?.name ?? "",
      showTotals: t.showTotals,
      ...areaOf(tableAreas[i]),
    })),
    names: namesOf(first.names),
    markers: markersIn(first.sheets.items.map((s, i) => ({ name: s.name, range: used[i] }))),
  };
}

/** The marker entries, from the loaded used range of the marker sheet (values and rowIndex loaded). */
export function markersIn(
  sheets: readonly { name: string; range: Excel.Range | undefined }[],
): ProductMarker[] {
  const found = sheets.find((s) => sameSheetName(s.name, MARKER_SHEET));
  if (!found?.range || found.range.isNullObject) return [];
  return markersOf(found.range.values as CellValue[][], found.range.rowIndex);
}

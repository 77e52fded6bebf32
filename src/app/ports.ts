/**
 * The workbook port: what the use cases need from a workbook, in the core's terms.
 * The Office.js adapter and the file adapter (our own .xlsx package layer) implement it; they only move
 * cells in and out.
 */
import type { RawRange, RawWorkbook } from "../core/cells";
import type { SheetLayout } from "../core/sheetLayout";
import type { SheetProtection } from "../core/template";
import type { ColumnAddition, TableTemplate } from "../core/template";

/**
 * New values for one existing table row (collect, after the user confirmed):
 * `row` is the 0-based sheet row; `values` are in the table's column order, and a
 * column given as `undefined` is left as it is.
 */
export type RowUpdate = {
  readonly table: string;
  readonly row: number;
  readonly values: readonly (string | number | null | undefined)[];
};

/**
 * What a use case reads of a workbook beyond the plan. Every read holds the plan's tables
 * (by name), the sheets named like them and the product's marker sheet; `sheets` adds the
 * used ranges of the named sheets (an import source). Inside Excel nothing else is read,
 * so a sheet the plan does not use can be of any size; an adapter on a file, which parses
 * it whole anyway, may hand over more.
 */
export type ReadScope = { readonly sheets?: readonly string[] };

export type ProgressReport = (done: number, total: number) => void;

/**
 * The selection as read for import, and what was taken of it: the selection is
 * intersected with the sheet's used range (whole columns "A:D" or rows "2:5" hold
 * no more than that), a single selected cell stands for the sheet's whole list, and
 * of several selected areas the largest is taken.
 */
export type SelectionRead = {
  /** The cells taken, with their sheet and place. */
  readonly range: RawRange;
  /** Where they are: "Blad1!A1:D40". */
  readonly taken: string;
  /** What the user had selected: "A:D", "A1:B2, D1:D5". */
  readonly selected: string;
  /**
   * How the taken cells relate to the selection: all of it, the part of it that holds
   * values, the whole list around a single selected cell, or the largest of its areas.
   */
  readonly how: "asSelected" | "usedPart" | "oneCell" | "largestArea";
  /** How many areas were selected. */
  readonly areas: number;
  /** Rows of the taken cells that are hidden (by a filter or by hand): they are taken too. */
  readonly hiddenRows: number;
};

export type WorkbookPort = {
  /** The plan's tables, the used ranges of the sheets named like them and of the marker sheet, and what `scope` adds. */
  read(scope?: ReadScope): Promise<RawWorkbook>;
  /** The names of the workbook's sheets, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Adds the given tables (each on a new sheet or an empty sheet of its name), with
   * validation, formats, frozen header and status colours. The caller decides which
   * are missing; the adapter never touches a cell that holds data.
   */
  addTables(tables: readonly TableTemplate[], progress?: ProgressReport): Promise<void>;
  /**
   * Adds columns at the end of existing tables (set-up, issue 29): header cells, formats
   * and widths; the body cells stay empty. The caller checked the cells are empty; the
   * adapter refuses (cellsNotEmpty) before writing when they are not. False, with nothing
   * written, when the host cannot (Excel before ExcelApi 1.13). Optional: without it,
   * set-up reports the columns as not added.
   */
  addColumns?(additions: readonly ColumnAddition[]): Promise<boolean>;
  /**
   * Appends rows to existing tables (import, collect): each entry names a table
   * and gives rows in that table's current column order.
   */
  appendRows(
    appends: readonly { table: string; rows: readonly (readonly (string | number | null)[])[] }[],
  ): Promise<void>;
  /**
   * Refuses, writing nothing, appends of so many rows to these tables that the workbook
   * could not take whole: inside Excel, rows inserted below a table that would move part
   * of a table below it (Excel refuses that halfway). `appendRows` checks this itself; a
   * use case that writes something else first (collect's replaced rows) asks here before
   * that write. Optional: a port whose appends never move other tables has nothing to check.
   */
  checkAppends?(appends: readonly { table: string; rows: number }[]): Promise<void>;
  /**
   * Writes a report sheet. `replace` names a sheet the product wrote itself that the
   * user confirmed may be replaced; otherwise the sheet must not exist yet.
   */
  writeSheet(layout: SheetLayout, options?: { replace?: boolean }): Promise<void>;
  /** The product's own marker of sheets it wrote (so only those may be replaced). */
  productSheets(): Promise<string[]>;
  /**
   * The user's current selection as values (for import) and what was taken of it,
   * or null when it holds no values. Only adapters with a selection (inside Excel) have it.
   */
  readSelection?(): Promise<SelectionRead | null>;
  /**
   * Replaces cells of existing table rows (collect, only after the user confirmed).
   * Optional: without it, changed rows are reported as not applied.
   */
  updateRows?(updates: readonly RowUpdate[]): Promise<void>;
  /**
   * Protects the named sheets (no password: a guard against slips, not security),
   * leaving the body cells of the given table columns open (hand-outs). Optional.
   */
  protectSheets?(sheets: readonly SheetProtection[]): Promise<void>;
};

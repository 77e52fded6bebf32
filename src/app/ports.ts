/**
 * The workbook port: what the use cases need from a workbook, in the core's terms.
 * The Office.js adapter and the file adapter (our own .xlsx package layer) implement it; they only move
 * cells in and out.
 */
import type { RawRange, RawWorkbook } from "../core/cells";
import type { SheetLayout } from "../core/sheetLayout.types";
import type { SheetProtection } from "../core/protection.types";
import type { TableTemplate } from "../core/template.types";

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

export type ProgressReport = (done: number, total: number) => void;

export type WorkbookPort = {
  /** Every table and the used range of every sheet, in one batch. */
  read(): Promise<RawWorkbook>;
  /** The names of the workbook's sheets, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Adds the given tables (each on a new sheet or an empty sheet of its name), with
   * validation, formats, frozen header and status colours. The caller decides which
   * are missing; the adapter never touches a cell that holds data.
   */
  addTables(tables: readonly TableTemplate[], progress?: ProgressReport): Promise<void>;
  /**
   * Appends rows to existing tables (import, collect): each entry names a table
   * and gives rows in that table's current column order.
   */
  appendRows(
    appends: readonly { table: string; rows: readonly (readonly (string | number | null)[])[] }[],
  ): Promise<void>;
  /**
   * Writes a report sheet. `replace` names a sheet the product wrote itself that the
   * user confirmed may be replaced; otherwise the sheet must not exist yet.
   */
  writeSheet(layout: SheetLayout, options?: { replace?: boolean }): Promise<void>;
  /** The product's own marker of sheets it wrote (so only those may be replaced). */
  productSheets(): Promise<string[]>;
  /**
   * The user's current selection as values (for import), or null when nothing is
   * selected. Only adapters with a selection (inside Excel) have it.
   */
  readSelection?(): Promise<RawRange | null>;
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

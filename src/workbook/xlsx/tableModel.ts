/**
 * Typed access to exceljs's table model. exceljs 4.4.0 keeps a table's range in
 * `table.table.tableRef` both for tables it loaded from a file (where `ref` and
 * `rows` are absent) and for tables added with ws.addTable (after validation), and
 * writes the file from that model; so growing a table means moving `tableRef` and
 * `autoFilterRef` and writing the cells ourselves.
 */
import type ExcelJS from "exceljs";
import { columnIndex, columnLetters } from "../../core/cells";

export type TableModel = {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
  style?: { theme?: string | null } | null;
};

/** A rectangle of cells, 0-based and inclusive. */
export type Box = { top: number; left: number; bottom: number; right: number };

/** The model behind an exceljs table object. */
export function modelOf(table: ExcelJS.Table): TableModel {
  return (table as unknown as { table: TableModel }).table;
}

/** Every table of the workbook with its worksheet. */
export function allTables(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; model: TableModel }[] {
  return wb.worksheets.flatMap((ws) =>
    ws.getTables().map((t) => ({ ws, model: modelOf(t as unknown as ExcelJS.Table) })),
  );
}

/**
 * Mends what exceljs 4.4.0 reads from other programs' tables so that it can write
 * them back: Excel omits headerRowCount="1" (the default), which exceljs takes as
 * "no header row" and would write as headerRowCount="0"; LibreOffice omits the
 * style, on which exceljs's writer fails. Every table the product reads has headers.
 */
export function repairLoadedTables(wb: ExcelJS.Workbook): void {
  for (const { model } of allTables(wb)) {
    model.headerRow = true;
    if (!model.style) model.style = { theme: null };
    if (!model.autoFilterRef && model.tableRef) model.autoFilterRef = model.tableRef;
  }
}

/** The table of that name, compared as Excel does (case-insensitively), or null. */
export function findTable(
  wb: ExcelJS.Workbook,
  name: string,
): { ws: ExcelJS.Worksheet; model: TableModel } | null {
  const wanted = name.toLowerCase();
  return allTables(wb).find((t) => t.model.name.toLowerCase() === wanted) ?? null;
}

/** Parses "B2" or "B2:D9" (dollar signs allowed) into a 0-based box. */
export function parseRef(ref: string): Box | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** "A1:C9" for a box. */
export function boxRef(box: Box): string {
  return `${columnLetters(box.left)}${box.top + 1}:${columnLetters(box.right)}${box.bottom + 1}`;
}

/** The table's full range (header and totals row included). */
export function tableBox(model: TableModel): Box | null {
  const ref = model.tableRef ?? model.ref;
  return ref ? parseRef(ref) : null;
}

/** Moves the table's last row (and its filter range) to `bottom`, 0-based. */
export function setTableBottom(model: TableModel, bottom: number): void {
  const box = tableBox(model);
  if (!box) return;
  const grown = { ...box, bottom };
  model.tableRef = boxRef(grown);
  model.autoFilterRef = boxRef(model.totalsRow ? { ...grown, bottom: bottom - 1 } : grown);
}

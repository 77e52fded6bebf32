/**
 * Writes a report sheet from its layout: cells with formats and styles, merged
 * areas, chart data as real Excel tables, column widths and print settings.
 * exceljs 4.4.0 cannot write charts; the layout's chart data sits in well-formed
 * tables, so Excel charts it in one click (Insert > Chart).
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core/cells";
import type { LayoutCell, SheetLayout } from "../../core/sheetLayout.types";
import { wrapsText } from "../../core/layoutText";
import { applyLayoutStyle } from "./layoutStyles";
import { numberFormatCode, writableValue } from "./numberFormats";
import { markProductSheet, productSheetNames } from "./productMarker";
import { findSheet } from "./sheets";
import { findTable } from "./tableModel";
import { WorkbookWriteError } from "./writeErrors";

function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, cell: LayoutCell): void {
  const target = ws.getCell(row + 1, col + 1);
  target.value = writableValue(cell.v);
  if (cell.f) target.numFmt = numberFormatCode(cell.f);
  else if (typeof cell.v === "string") target.numFmt = "@";
  // Text wraps within its cell (titles and headings run on), and every cell starts
  // at the top of its row.
  target.alignment = { vertical: "top", wrapText: wrapsText(cell.s) };
  if (cell.s) applyLayoutStyle(target, cell.s);
}

/** A table name not yet used in the workbook (table names are workbook-wide). */
function freeTableName(wb: ExcelJS.Workbook, name: string): string {
  if (!findTable(wb, name)) return name;
  let n = 2;
  while (findTable(wb, `${name}_${n}`)) n++;
  return `${name}_${n}`;
}

function writeTables(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const t of layout.tables) {
    const rows = t.rows.length > 0 ? t.rows : [t.header.map((): LayoutCell => ({ v: null }))];
    ws.addTable({
      name: freeTableName(wb, t.name),
      ref: `${columnLetters(t.col)}${t.row + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.header.map((h) => ({ name: h, filterButton: false })),
      rows: rows.map((r) => t.header.map((_, j) => writableValue(r[j]?.v ?? null))),
    });
    // The table wrote the values; formats and styles come from the layout cells.
    rows.forEach((r, i) =>
      r.forEach((cell, j) => {
        if (cell.f || cell.s) writeCell(ws, t.row + 1 + i, t.col + j, cell);
      }),
    );
  }
}

/**
 * Writes the layout to a new sheet; with `replace`, an existing sheet of that name
 * is replaced only when the product wrote it. Refuses anything else.
 */
export function writeSheetTo(
  wb: ExcelJS.Workbook,
  layout: SheetLayout,
  options: { replace?: boolean } = {},
): void {
  const existing = findSheet(wb, layout.name);
  if (existing) {
    const ours = productSheetNames(wb).some((s) => s.toLowerCase() === existing.name.toLowerCase());
    if (!options.replace || !ours) throw new WorkbookWriteError("sheetExists", existing.name);
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(layout.name);
  layout.columnWidths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const block of layout.blocks) {
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => writeCell(ws, block.row + i, block.col + j, cell)),
    );
  }
  for (const h of layout.rowHeights ?? []) ws.getRow(h.row + 1).height = h.points;
  for (const m of layout.merges) {
    if (m.rows > 1 || m.cols > 1) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  writeTables(wb, ws, layout);
  const { first, last } = layout.print.titleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: layout.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${first + 1}:${last + 1}`,
  };
  markProductSheet(wb, ws.name, layout.marker);
}

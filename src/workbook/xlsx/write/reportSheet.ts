/**
 * A report sheet in a file, from its SheetLayout: cells with the core's formats
 * and looks, merged areas, row heights, column widths, the chart data as Excel
 * tables, the charts themselves (DrawingML, see chartXml.ts) and the print setup
 * (A4, fitted to the page width, title rows repeated). The sheet is listed on the
 * product's marker; a sheet of that name is replaced only when the product wrote
 * it and the caller asks to, in its place, so nothing that refers to the sheets
 * by position moves.
 */

import { CONTENT_TYPES, PAPER_SIZE_CODES, REL_TYPES } from "../../ooxml";
import type { LayoutCell, SheetLayout } from "../../../core/sheetLayout";
import { sheetNameProblem } from "../../../core/cells";
import { fileColumnWidth } from "./columnWidths";
import { PAGE_FIT, TABLE_LOOK } from "../../../core/style";
import { markerOf, type ProductMarker } from "../../../core/productSheets";
import { WorkbookWriteError } from "../../floor";
import { ReportCells } from "./reportCells";
import type { SheetEdit } from "./sheetEdit";
import { chartXml, type ChartCell } from "./chartXml";
import { drawingXml } from "./drawingXml";
import { addContentTypes, addRelationship, removeContentTypes } from "./packageEdits";
import { emptySheetXml } from "./worksheetSchema";
import { boxRef } from "./sqref";
import type { WorkbookWriter } from "./workbookWriter";
import type { SheetEntry } from "./workbookEdit";
import { sheetRef } from "./xmlText";
import { markProductSheet } from "./productMarker";
import { relsPartOf } from "../package";

export type ReportTarget = {
  /** Replace a sheet of that name the product wrote (the user confirmed). */
  readonly replace: boolean;
  /** The marker sheet's entries as read: which sheets the product wrote. */
  readonly markers: readonly ProductMarker[];
};

/** A table name no table or workbook name uses yet (table names are workbook-wide). */
function freeTableName(w: WorkbookWriter, name: string): string {
  if (!w.nameTaken(name)) return name;
  let n = 2;
  while (w.nameTaken(`${name}_${n}`)) n++;
  return `${name}_${n}`;
}

/**
 * Empties a sheet part the product wrote, for its replacement: its tables,
 * drawing and charts go (parts, relationships, content types); other parts a
 * user may have hung on it (a note) are left unreferenced, never deleted.
 */
function clearSheet(w: WorkbookWriter, sheet: SheetEntry): void {
  const part = sheet.part as string;
  const gone: string[] = [];
  for (const rel of w.pkg.relationships(part)) {
    if (!rel.part) continue;
    if (rel.type === REL_TYPES.table) gone.push(rel.part);
    if (rel.type === REL_TYPES.drawing) {
      for (const inner of w.pkg.relationships(rel.part))
        if (inner.type === REL_TYPES.chart && inner.part) {
          gone.push(inner.part);
          const chartRels = relsPartOf(inner.part);
          if (w.pkg.has(chartRels)) gone.push(chartRels);
        }
      gone.push(rel.part);
      const drawingRels = relsPartOf(rel.part);
      if (w.pkg.has(drawingRels)) gone.push(drawingRels);
    }
  }
  for (const g of gone) w.pkg.remove(g);
  removeContentTypes(w.pkg, gone);
  w.pkg.remove(relsPartOf(part));
  w.pkg.set(part, emptySheetXml());
  w.forgetTables(part);
}

/** Writes the layout; refuses (before writing) a sheet of that name the product may not replace. */
export function writeReportSheet(w: WorkbookWriter, layout: SheetLayout, target: ReportTarget): void {
  const sheet = reportSheetFor(w, layout, target);
  const part = sheet.part as string;
  const edit = w.sheetEdit(part);
  const cells = new ReportCells(edit, w.styles, w.workbook.date1904(), layout);
  for (const block of layout.blocks)
    block.cells.forEach((line, i) => line.forEach((c, j) => cells.put(block.row + i, block.col + j, c)));
  const tableRids = layout.tables.map((t) => writeTable(w, sheet, cells, t));
  for (const h of layout.rowHeights ?? []) edit.setRowHeight(h.row, h.points);

  edit.setColumnWidths(new Map(layout.columnWidths.map((width, col) => [col, fileColumnWidth(width)])));
  edit.addMerges(
    layout.merges
      .filter((m) => m.rows > 1 || m.cols > 1)
      .map((m) => boxRef({ top: m.row, left: m.col, bottom: m.row + m.rows - 1, right: m.col + m.cols - 1 })),
  );
  if (layout.charts.length > 0) edit.addDrawing(writeCharts(w, sheet, layout.charts, cells.chartCells));
  edit.addTableParts(tableRids);
  setPrint(w, sheet, edit, layout.print);
  markProductSheet(w, target.markers, sheet.name, layout.marker);
}

/**
 * The sheet to write the report on: the product's sheet of that name emptied (when
 * the caller asks to replace it), else a new one. Refuses a name Excel refuses
 * (src/core/cells/sheetNames.ts), a sheet of that name the product may not replace, and a
 * new sheet in a workbook whose structure is protected.
 */
function reportSheetFor(w: WorkbookWriter, layout: SheetLayout, target: ReportTarget): SheetEntry {
  if (sheetNameProblem(layout.name) !== null) throw new WorkbookWriteError("sheetNameInvalid", layout.name);
  const existing = w.workbook.sheet(layout.name);
  const listed = (name: string) => markerOf(target.markers, name) !== undefined;
  if (
    existing &&
    (!target.replace || !listed(existing.name) || existing.kind !== "worksheet" || !existing.part)
  )
    throw new WorkbookWriteError("sheetExists", existing.name);
  if (!existing && w.workbook.structureLocked())
    throw new WorkbookWriteError("workbookProtected", layout.name);
  if (!existing) return w.addSheet(layout.name).sheet;
  clearSheet(w, existing);
  return existing;
}

/** A chart data table: its cells (an empty row when it has none) and the Excel table over them; its relationship id. */
function writeTable(
  w: WorkbookWriter,
  sheet: SheetEntry,
  cells: ReportCells,
  t: SheetLayout["tables"][number],
): string {
  t.header.forEach((h, j) =>
    cells.putHeader(
      t.row,
      t.col + j,
      h,
      t.rows.map((r) => r[j]),
    ),
  );
  const rows: readonly (readonly LayoutCell[])[] =
    t.rows.length > 0 ? t.rows : [t.header.map((): LayoutCell => ({ v: null }))];
  rows.forEach((line, i) => line.forEach((c, j) => cells.put(t.row + 1 + i, t.col + j, c)));
  return w.addTable(sheet, {
    name: freeTableName(w, t.name),
    ref: boxRef({
      top: t.row,
      left: t.col,
      bottom: t.row + rows.length,
      right: t.col + t.header.length - 1,
    }),
    columns: t.header,
    style: TABLE_LOOK.style,
    bandedRows: TABLE_LOOK.bandedRows,
    filterButtons: TABLE_LOOK.filterButtons,
  });
}

/** The charts' parts and the drawing that places them; the drawing's relationship id from the sheet. */
function writeCharts(
  w: WorkbookWriter,
  sheet: SheetEntry,
  charts: SheetLayout["charts"],
  chartCells: ReadonlyMap<string, ChartCell>,
): string {
  const drawing = w.freePart("xl/drawings/drawing", ".xml");
  const drawn = charts.map((c, i) => {
    const chart = w.freePart("xl/charts/chart", ".xml");
    w.pkg.set(
      chart,
      chartXml(sheet.name, c, (row, col) => chartCells.get(`${row},${col}`)),
    );
    const rid = addRelationship(w.pkg, drawing, REL_TYPES.chart, chart);
    addContentTypes(w.pkg, [{ part: chart, type: CONTENT_TYPES.chart }]);
    return { rid, name: `${c.title || "Chart"} ${i + 1}`, anchor: c.anchor };
  });
  w.pkg.set(drawing, drawingXml(drawn));
  addContentTypes(w.pkg, [{ part: drawing, type: CONTENT_TYPES.drawing }]);
  return addRelationship(w.pkg, sheet.part as string, REL_TYPES.drawing, drawing);
}

/** The print policy (src/core/style/printPage.ts): the layout's paper and orientation, fitted to width, title rows repeated. */
function setPrint(w: WorkbookWriter, sheet: SheetEntry, edit: SheetEdit, print: SheetLayout["print"]): void {
  edit.setPrint({
    orientation: print.orientation,
    paperSize: PAPER_SIZE_CODES[print.paper],
    fitToWidth: PAGE_FIT.pagesWide,
    fitToHeight: PAGE_FIT.pagesTall,
    rowBreaks: print.pageBreaks ?? [],
  });
  const first = print.titleRows.first + 1;
  const last = print.titleRows.last + 1;
  w.workbook.setName("_xlnm.Print_Titles", `${sheetRef(sheet.name)}!$${first}:$${last}`, sheet.index);
}

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
import type { LayoutCell, SheetLayout } from "../../../core/sheetLayout.types";
import { sheetNameProblem } from "../../../core/sheetNames";
import { fileColumnWidth } from "./columnWidths";
import {
  cellFormatCode,
  markerOf,
  numberFormatCode,
  PAGE_FIT,
  type ProductMarker,
  TABLE_LOOK,
  tableHeaderLook,
} from "../../../core/style";
import { WorkbookWriteError } from "../../shared";
import { fileValue, lookStyle, reportCellStyle } from "./cellStyles";
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
  // Excel's rules for sheet names (src/core/sheetNames.ts); a clash is settled below.
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
  let sheet: SheetEntry;
  if (existing) {
    clearSheet(w, existing);
    sheet = existing;
  } else sheet = w.addSheet(layout.name).sheet;
  const part = sheet.part as string;
  const edit = w.sheetEdit(part);
  const date1904 = w.workbook.date1904();
  const styles = w.styles;

  // The values charts draw, by "row,col", with their formats (for the charts' caches).
  const chartCells = new Map<string, ChartCell>();
  const chartData = layout.charts.map((c) => c.data);
  const charted = (row: number, col: number) => {
    for (const d of chartData)
      if (row >= d.row && row < d.row + d.rows && col >= d.col && col < d.col + d.cols) return true;
    return false;
  };
  // A report has tens of thousands of cells and a few dozen formats: each format is looked up
  // once, by number format and then look (no key made per cell).
  const formats = new Map<string, Map<string, number>>();
  const put = (row: number, col: number, c: LayoutCell) => {
    const code = c.f ? numberFormatCode(c.f) : "General";
    const numFmt = cellFormatCode(c.v, code);
    let looks = formats.get(numFmt);
    if (!looks) {
      looks = new Map();
      formats.set(numFmt, looks);
    }
    let style = looks.get(c.s ?? "");
    if (style === undefined) {
      style = reportCellStyle(styles, c.v, code, c.s);
      looks.set(c.s ?? "", style);
    }
    // Straight into the sheet's queue: no list of tens of thousands of cells held on the way.
    edit.writeCell(row, col, fileValue(c.v, numFmt, date1904), style);
    if (charted(row, col)) chartCells.set(`${row},${col}`, { v: c.v, format: numFmt });
  };
  for (const block of layout.blocks)
    block.cells.forEach((line, i) => line.forEach((c, j) => put(block.row + i, block.col + j, c)));
  const tableRids: string[] = [];
  for (const t of layout.tables) {
    // A table's cells take the table style's look, no cell look of their own, but a
    // header over numbers aligns right, as they do.
    t.header.forEach((h, j) => {
      const look = tableHeaderLook(t.rows.map((r) => r[j]));
      if (!look.align) return put(t.row, t.col + j, { v: h });
      const numFmt = cellFormatCode(h, "General");
      edit.writeCell(t.row, t.col + j, h, lookStyle(styles, numFmt, look, { wrap: true, top: true }));
      if (charted(t.row, t.col + j)) chartCells.set(`${t.row},${t.col + j}`, { v: h, format: numFmt });
    });
    const rows: readonly (readonly LayoutCell[])[] =
      t.rows.length > 0 ? t.rows : [t.header.map((): LayoutCell => ({ v: null }))];
    rows.forEach((line, i) => line.forEach((c, j) => put(t.row + 1 + i, t.col + j, c)));
    tableRids.push(
      w.addTable(sheet, {
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
      }),
    );
  }
  for (const h of layout.rowHeights ?? []) edit.setRowHeight(h.row, h.points);

  edit.setColumnWidths(new Map(layout.columnWidths.map((width, col) => [col, fileColumnWidth(width)])));
  edit.addMerges(
    layout.merges
      .filter((m) => m.rows > 1 || m.cols > 1)
      .map((m) => boxRef({ top: m.row, left: m.col, bottom: m.row + m.rows - 1, right: m.col + m.cols - 1 })),
  );
  if (layout.charts.length > 0) {
    const drawing = w.freePart("xl/drawings/drawing", ".xml");
    const drawn = layout.charts.map((c, i) => {
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
    edit.addDrawing(addRelationship(w.pkg, part, REL_TYPES.drawing, drawing));
  }
  edit.addTableParts(tableRids);
  const { print } = layout;
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
  markProductSheet(w, target.markers, sheet.name, layout.marker);
}

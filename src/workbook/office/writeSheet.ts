/**
 * writeSheet(): a report sheet in one write sync (more only for a payload over the
 * budget): blocks as number formats then values, styles, merges, chart data
 * tables, charts with an explicit seriesBy and print settings. The sheet is listed
 * on the product marker (the shared "_cemr" sheet) before it is created, and a
 * sheet the product wrote is replaced only when asked (see sheetPlace.ts).
 */
import { a1 } from "../../core/cells";
import {
  MAX_ROW_HEIGHT,
  type LayoutArea,
  type LayoutCell,
  type LayoutChart,
  type SheetLayout,
} from "../../core/sheetLayout";
import { sheetNameProblem } from "../../core/cells";
import { PAGE_FIT, seriesColour, tableHeaderLook } from "../../core/style";
import { WorkbookWriteError } from "../floor";
import { cellFormat, formatCode, valueGrid, widthInPoints, type WriteValue } from "./cellGrids";
import { LOOKS, applyLook, styleAreas } from "./layoutStyles";
import { estimateBytes, op, packBatches, rowBlockOps, runBatches, type Op } from "./payload";
import { supportsExcelApi } from "./requirements";
import { checkTarget, placementOps } from "./sheetPlace";
import { TABLE_STYLE } from "./tableSetup";
import { checkWritable, type WorkbookState } from "./workbookState";

const CHART_TYPES: Readonly<
  Record<LayoutChart["type"], "ColumnClustered" | "ColumnStacked" | "BarClustered" | "BarStacked">
> = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
};

/** The report sheet, as it is when an op is queued (sheetPlace.ts makes or finds it). */
type SheetOf = () => Excel.Worksheet;

/** Styled areas per op, so one op stays small enough to pack. */
const STYLE_AREAS_PER_OP = 500;

/** Ops writing a grid of layout cells at (row, col): formats first, then values, in row blocks. */
function gridOps(sheet: SheetOf, cells: readonly (readonly LayoutCell[])[], row: number, col: number): Op[] {
  const cols = Math.max(0, ...cells.map((r) => r.length));
  if (cols === 0) return [];
  const formatsOf = (r: number): string[] =>
    Array.from({ length: cols }, (_, k) => {
      const c = cells[r]?.[k];
      return cellFormat(c?.v ?? null, c?.f ? formatCode(c.f) : "General");
    });
  const valuesOf = (r: number): WriteValue[] => (cells[r] ?? []).map((c) => c.v);
  return rowBlockOps(
    cells.length,
    (r) => estimateBytes(formatsOf(r)) + estimateBytes(valuesOf(r)),
    (start, n) => {
      const range = sheet().getRangeByIndexes(row + start, col, n, cols);
      range.numberFormat = Array.from({ length: n }, (_, i) => formatsOf(start + i));
      range.values = valueGrid(
        Array.from({ length: n }, (_, i) => valuesOf(start + i)),
        cols,
      );
    },
    2 * cols,
  );
}

/** A chart's series: one per data column (or row) after the categories. */
const seriesCount = (c: LayoutChart): number =>
  Math.max(0, (c.seriesBy === "rows" ? c.data.rows : c.data.cols) - 1);

function areaRange(sheet: Excel.Worksheet, a: LayoutArea): Excel.Range {
  return sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols);
}

/** The used part of the report (every block's and data table's rows, the layout's columns), from A1. */
function usedArea(layout: SheetLayout): { rows: number; cols: number } {
  const rows = Math.max(
    0,
    ...layout.blocks.map((b) => b.row + b.cells.length),
    ...layout.tables.map((t) => t.row + 1 + Math.max(t.rows.length, 1)),
  );
  return { rows, cols: Math.max(1, layout.columnWidths.length) };
}

/**
 * Column widths, then text wrapping within its cell and every cell starting at the
 * top, chart data tables included (src/core/style/cellLooks.ts): one call each.
 */
function sheetFormatOps(sheet: SheetOf, layout: SheetLayout, used: () => Excel.Range): Op[] {
  const widths = op(
    layout.columnWidths,
    () => {
      layout.columnWidths.forEach((w, k) => {
        sheet().getRangeByIndexes(0, k, 1, 1).format.columnWidth = widthInPoints(w);
      });
    },
    layout.columnWidths.length,
  );
  const wrapTop = op(
    null,
    () => {
      used().format.verticalAlignment = "Top";
      used().format.wrapText = true;
    },
    2,
  );
  return [widths, wrapTop];
}

/** A block of cells: its formats and values, then its looks, a few hundred styled areas per op. */
function blockOps(sheet: SheetOf, block: SheetLayout["blocks"][number]): Op[] {
  const ops = gridOps(sheet, block.cells, block.row, block.col);
  const areas = styleAreas(block.cells, block.row, block.col);
  for (let i = 0; i < areas.length; i += STYLE_AREAS_PER_OP) {
    const part = areas.slice(i, i + STYLE_AREAS_PER_OP);
    ops.push(
      op(
        part,
        () => part.forEach((a) => applyLook(areaRange(sheet(), a), LOOKS[a.style])),
        // A range for each area, and a call for each property of its look.
        part.reduce((calls, a) => calls + 1 + Object.keys(LOOKS[a.style]).length, 0),
      ),
    );
  }
  return ops;
}

/** The merged areas, in one op (none without merges). */
function mergeOps(sheet: SheetOf, merges: readonly LayoutArea[]): Op[] {
  if (merges.length === 0) return [];
  return [op(merges, () => merges.forEach((m) => areaRange(sheet(), m).merge(false)), merges.length)];
}

/** A chart data table: its cells, then the Excel table in the product's style, headers over numbers right. */
function dataTableOps(sheet: SheetOf, t: SheetLayout["tables"][number]): Op[] {
  const header: LayoutCell[] = t.header.map((h) => ({ v: h, s: "header" }));
  const body = Math.max(t.rows.length, 1);
  const table = op(
    t.name,
    () => {
      const added = sheet().tables.add(
        sheet().getRangeByIndexes(t.row, t.col, 1 + body, t.header.length),
        true,
      );
      added.name = t.name;
      added.style = TABLE_STYLE;
      // A header over numbers aligns right, as they do (src/core/style/cellLooks.ts).
      t.header.forEach((_, j) => {
        if (tableHeaderLook(t.rows.map((r) => r[j])).align)
          applyLook(sheet().getRangeByIndexes(t.row, t.col + j, 1, 1), { align: "right" });
      });
    },
    3 + 2 * t.header.length,
  );
  return [...gridOps(sheet, [header, ...t.rows], t.row, t.col), table];
}

/**
 * Excel fits rows to wrapped text in one call, except rows of merged cells: those
 * take the layout's heights (few: the report text's paragraphs).
 */
function rowHeightOp(sheet: SheetOf, layout: SheetLayout, used: () => Excel.Range): Op {
  const merged = new Set(layout.merges.map((m) => m.row));
  const heights = (layout.rowHeights ?? []).filter((h) => merged.has(h.row));
  return op(
    heights,
    () => {
      used().format.autofitRows();
      heights.forEach(
        (h) =>
          (sheet().getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = Math.min(MAX_ROW_HEIGHT, h.points)),
      );
    },
    1 + heights.length,
  );
}

/** A chart over its data with an explicit seriesBy, its title and place, each series in its colour. */
function chartOp(sheet: SheetOf, c: LayoutChart): Op {
  return op(
    c,
    () => {
      const chart = sheet().charts.add(
        CHART_TYPES[c.type],
        areaRange(sheet(), c.data),
        c.seriesBy === "rows" ? "Rows" : "Columns",
      );
      chart.title.text = c.title;
      chart.setPosition(
        a1(c.anchor.row, c.anchor.col),
        a1(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1),
      );
      // Each series in the core's colour for its meaning, as in the file (ExcelApi 1.1).
      for (let i = 0; i < seriesCount(c); i++)
        chart.series.getItemAt(i).format.fill.setSolidColor(seriesColour(c, i));
    },
    3 + seriesCount(c),
  );
}

/** The print settings: orientation, A4, one page wide, title rows and manual page breaks. */
function printOp(sheet: SheetOf, print: SheetLayout["print"]): Op {
  return op(
    print,
    () => {
      const page = sheet().pageLayout;
      page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = print.paper;
      page.zoom = { horizontalFitToPages: PAGE_FIT.pagesWide, verticalFitToPages: PAGE_FIT.pagesTall };
      page.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
      // Manual page breaks, each above its row (ExcelApi 1.9, as the page layout above).
      for (const row of print.pageBreaks ?? [])
        sheet().horizontalPageBreaks.add(sheet().getRangeByIndexes(row, 0, 1, 1));
    },
    4 + 2 * (print.pageBreaks ?? []).length,
  );
}

/** The ops that write the layout on `sheet`, in the order Excel must take them. */
function layoutOps(sheet: SheetOf, layout: SheetLayout): Op[] {
  const { rows, cols } = usedArea(layout);
  const used = () => sheet().getRangeByIndexes(0, 0, rows, cols);
  return [
    ...sheetFormatOps(sheet, layout, used),
    ...layout.blocks.flatMap((b) => blockOps(sheet, b)),
    ...mergeOps(sheet, layout.merges),
    ...layout.tables.flatMap((t) => dataTableOps(sheet, t)),
    rowHeightOp(sheet, layout, used),
    ...layout.charts.map((c) => chartOp(sheet, c)),
    printOp(sheet, layout.print),
  ];
}

/** Writes the layout as a new sheet (or in place of the product's sheet of that name). */
export async function writeSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
  layout: SheetLayout,
  replace: boolean,
): Promise<void> {
  checkTarget(state, layout, replace);
  if (sheetNameProblem(layout.name) !== null) throw new WorkbookWriteError("sheetNameInvalid", layout.name);
  // A report is a new sheet (and the product's marker sheet may be added): both need the structure open.
  checkWritable(state, { sheets: [], changesSheets: true });
  const { sheet, first, last } = placementOps(context, state, layout);
  const ops: Op[] = [];
  if (supportsExcelApi("1.9"))
    ops.push(op(null, () => context.application.suspendScreenUpdatingUntilNextSync()));
  ops.push(...first, ...layoutOps(sheet, layout), ...last);
  await runBatches(context, packBatches(ops, layout.name), layout.name);
  // Activated in a sync of its own: Excel on the web may not activate a sheet added in the same sync.
  context.workbook.worksheets.getItem(layout.name).activate();
  await context.sync();
}

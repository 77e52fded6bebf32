/**
 * The selection, for import: any selection, in two syncs. Sync 1 learns the
 * selected areas (getSelectedRanges, ExcelApi 1.9: getSelectedRange throws when
 * several areas are selected) and the used range of their sheet; the values of
 * whole columns or rows ("A:D", "2:5") are null in Excel, so only the part that
 * holds values is read. A single selected cell stands for the sheet's whole list;
 * of several areas the largest is taken. Sync 2 reads those cells and how many of
 * their rows are hidden (a filtered list: the hidden rows are taken too). A workbook that
 * counts dates from 1904 is refused in sync 1 (dateProbe.ts), before any date is read.
 */
import { areaA1, intersectAreas, sheetRef, type Area, type CellValue } from "../../core/cells";
import type { SelectionRead } from "../../app/ports";
import { checkDateSystem, queueDateProbe } from "./dateProbe";
import { ExcelLimitError, MAX_READ_CELLS } from "./payload";

const areaOf = (r: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Area => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

const cells = (a: Area): number => a.rows * a.cols;

/** The cells to take of the selected areas, and how they relate to them; null when they hold no values. */
export function takeOfSelection(
  selected: readonly Area[],
  used: Area | null,
): { area: Area; how: SelectionRead["how"] } | null {
  if (!used) return null;
  const first = selected[0];
  if (selected.length === 1 && first && cells(first) === 1) return { area: used, how: "oneCell" };
  const parts = selected.flatMap((a) => {
    const part = intersectAreas(a, used);
    return part ? [{ selected: a, part }] : [];
  });
  const largest = parts.reduce<(typeof parts)[number] | null>(
    (best, p) => (best === null || cells(p.part) > cells(best.part) ? p : best),
    null,
  );
  if (!largest) return null;
  if (selected.length > 1) return { area: largest.part, how: "largestArea" };
  return {
    area: largest.part,
    how: cells(largest.part) === cells(largest.selected) ? "asSelected" : "usedPart",
  };
}

/** The selection's values and what was taken of it (two syncs); null when it holds no values. */
export async function readSelectionOf(context: Excel.RequestContext): Promise<SelectionRead | null> {
  const selection = context.workbook.getSelectedRanges();
  const areas = selection.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  const sheet = selection.worksheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const dates = queueDateProbe(context, []);
  await context.sync();
  // Dates in the selection are serials in the workbook's system: refused in a 1904 workbook.
  checkDateSystem(dates);

  const selected = areas.items.map(areaOf);
  const take = takeOfSelection(selected, used.isNullObject ? null : areaOf(used));
  if (!take) return null;
  const { area, how } = take;
  if (cells(area) > MAX_READ_CELLS)
    throw new ExcelLimitError("tooManyCells", sheet.name, `${cells(area)} cells, at most ${MAX_READ_CELLS}`);
  const range = sheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols).load("values");
  const visible = range.getVisibleView().load("rowCount");
  await context.sync();
  return {
    range: { sheet: sheet.name, top: area.row, left: area.col, values: range.values as CellValue[][] },
    taken: `${sheetRef(sheet.name)}!${areaA1(area)}`,
    selected: selected.map(areaA1).join(", "),
    how,
    areas: selected.length,
    hiddenRows: Math.max(0, area.rows - visible.rowCount),
  };
}

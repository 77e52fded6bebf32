/**
 * addColumns(): columns added at the end of existing tables (set-up, issue 29). One sync
 * learns each table's range and the cells to its right; refused before writing when any
 * of those holds data. Then one `Table.resize` per table (ExcelApi 1.13; before it,
 * `columns.add` at the end, ExcelApi 1.4) takes the empty columns in, and the header
 * cells, the body's number formats and the widths are written.
 */
import { isBlank, type CellValue } from "../../core/cells";
import { numberFormatCode } from "../../core/style";
import type { ColumnAddition } from "../../core/template";
import { WorkbookWriteError } from "../floor";
import { widthInPoints } from "./cellGrids";
import { supportsExcelApi } from "./requirements";
import { checkWritable, hasTable, tableSheet, type WorkbookState } from "./workbookState";

type Probe = { addition: ColumnAddition; table: Excel.Table; range: Excel.Range };

/** Adds the columns (always true: every supported host can). */
export async function addColumns(
  context: Excel.RequestContext,
  state: WorkbookState,
  additions: readonly ColumnAddition[],
): Promise<boolean> {
  const wanted = additions.filter((a) => a.headers.length > 0);
  if (wanted.length === 0) return true;
  const unknown = wanted.find((a) => !hasTable(state, a.table));
  if (unknown) throw new WorkbookWriteError("tableMissing", unknown.table);
  checkWritable(state, { sheets: wanted.map((a) => tableSheet(state, a.table)), changesSheets: false });
  const probes: Probe[] = wanted.map((addition) => {
    const table = context.workbook.tables.getItem(addition.table).load("showHeaders");
    const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    return { addition, table, range };
  });
  await context.sync();
  const areas = probes.map((p) => {
    const n = p.addition.headers.length;
    const area = p.table.worksheet
      .getRangeByIndexes(p.range.rowIndex, p.range.columnIndex + p.range.columnCount, p.range.rowCount, n)
      .load("values");
    return { ...p, area, n };
  });
  await context.sync();
  for (const a of areas) {
    if (!a.table.showHeaders || !(a.area.values as CellValue[][]).every((r) => r.every(isBlank)))
      throw new WorkbookWriteError("cellsNotEmpty", a.addition.table);
  }
  // Table.resize (ExcelApi 1.13) where the host has it, else columns.add at the end (1.4).
  const resize = supportsExcelApi("1.13");
  for (const { addition, table, range, n } of areas) {
    const sheet = table.worksheet;
    const left = range.columnIndex + range.columnCount;
    if (resize) {
      // A range read before a sync is no longer a place to resize to: the new one by its indexes.
      table.resize(
        sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, range.columnCount + n),
      );
      sheet.getRangeByIndexes(range.rowIndex, left, 1, n).values = [[...addition.headers]];
    } else for (const h of addition.headers) table.columns.add(undefined, undefined, h);
    if (range.rowCount > 1) {
      const formats = addition.formats.map((f) => numberFormatCode(f));
      sheet.getRangeByIndexes(range.rowIndex + 1, left, range.rowCount - 1, n).numberFormat = Array.from(
        { length: range.rowCount - 1 },
        () => formats,
      );
    }
    addition.widths.forEach((w, i) => {
      sheet.getRangeByIndexes(0, left + i, 1, 1).format.columnWidth = widthInPoints(w);
    });
  }
  await context.sync();
  return true;
}

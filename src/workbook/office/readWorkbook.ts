/**
 * read(): every table and every sheet's used range in two syncs, whatever the
 * size: sync 1 finds the tables, sheets and names, sync 2 loads all ranges.
 */
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../core/cells";
import { ExcelLimitError, MAX_READ_CELLS } from "./payload";
import { markersIn, namesOf, queueFirstLoads, type WorkbookState } from "./workbookState";

const RANGE_PROPS = "values,rowIndex,columnIndex,rowCount,columnCount";

/** Refuses a range above Excel's get limit (Excel would return null values for it). */
export function checkReadSize(range: Excel.Range, target: string): void {
  const cells = range.rowCount * range.columnCount;
  if (cells > MAX_READ_CELLS || range.values === null) {
    throw new ExcelLimitError(
      "tooManyCells",
      target,
      `${cells} cells, at most ${MAX_READ_CELLS} can be read`,
    );
  }
}

function rawRange(sheet: string, range: Excel.Range): RawRange {
  return { sheet, top: range.rowIndex, left: range.columnIndex, values: range.values as CellValue[][] };
}

/** Reads the workbook and, from the same loads, the state the writers need. */
export async function readWorkbook(
  context: Excel.RequestContext,
): Promise<{ raw: RawWorkbook; state: WorkbookState }> {
  const first = queueFirstLoads(context);
  await context.sync();

  const tables = first.tables.items.map((t) => ({
    table: t,
    range: t.getRange().load(RANGE_PROPS),
    sheet: t.worksheet.load("name"),
  }));
  const sheets = first.sheets.items.map((s) => ({
    sheet: s,
    used: s.getUsedRangeOrNullObject(true).load(RANGE_PROPS),
  }));
  await context.sync();

  const rawTables: RawTable[] = tables.map(({ table, range, sheet }) => {
    checkReadSize(range, table.name);
    return { ...rawRange(sheet.name, range), name: table.name };
  });
  const rawSheets: RawRange[] = [];
  for (const { sheet, used } of sheets) {
    if (used.isNullObject) continue;
    checkReadSize(used, sheet.name);
    rawSheets.push(rawRange(sheet.name, used));
  }
  const state: WorkbookState = {
    sheets: sheets.map(({ sheet, used }) => ({
      name: sheet.name,
      hasData: !used.isNullObject,
      usedRight: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    })),
    tables: rawTables.map((t) => ({ name: t.name, sheet: t.sheet })),
    names: namesOf(first.names),
    markers: markersIn(sheets.map(({ sheet, used }) => ({ name: sheet.name, range: used }))),
  };
  return { raw: { tables: rawTables, sheets: rawSheets }, state };
}

/** The names of the sheets, in order (one sync). */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

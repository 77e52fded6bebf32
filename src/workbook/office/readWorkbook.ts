/**
 * read(): every table and every sheet's used range. Sync 1 finds the tables (with
 * their row and column counts), sheets and names. When the values the tables
 * suggest fit one response (READ_BUDGET), sync 2 loads every range: two syncs,
 * whatever the size below that. Larger workbooks (and a sheet without tables that
 * turns out too large for one response) are read by size: one sync for the ranges'
 * places, then the values in row blocks over as many syncs as their size needs
 * (readBlocks.ts). Either way the result is the same RawWorkbook.
 */
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../core/cells";
import { ExcelLimitError, MAX_READ_CELLS } from "./payload";
import { MARKER_SHEET, markersOf } from "./productMarker";
import { READ_BUDGET, READ_CELL_BYTES, isResponseTooLarge, readBySize, type Place } from "./readBlocks";
import { namesOf, queueFirstLoads, type WorkbookState } from "./workbookState";

const RANGE_PROPS = "values,rowIndex,columnIndex,rowCount,columnCount";

/** Refuses a range above Excel's get limit (Excel would return null values for it). */
export function checkReadSize(range: Excel.Range, target: string): void {
  checkCells(range.rowCount * range.columnCount, target);
  if (range.values === null) checkCells(MAX_READ_CELLS + 1, target);
}

function checkCells(cells: number, target: string): void {
  if (cells > MAX_READ_CELLS) {
    throw new ExcelLimitError(
      "tooManyCells",
      target,
      `${cells} cells, at most ${MAX_READ_CELLS} can be read`,
    );
  }
}

type Found = {
  tables: { name: string; table: Excel.Table }[];
  sheets: Excel.Worksheet[];
  names: Excel.NamedItemCollection;
};

/** The state the writers need, from what the read found. */
function stateOf(found: Found, raw: RawWorkbook): WorkbookState {
  const used = (name: string): RawRange | undefined => raw.sheets.find((s) => s.sheet === name);
  const marker = used(MARKER_SHEET);
  return {
    sheets: found.sheets.map(({ name }) => {
      const range = used(name);
      return {
        name,
        hasData: range !== undefined,
        usedRight: range ? range.left + (range.values[0]?.length ?? 0) : 0,
      };
    }),
    tables: raw.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    names: namesOf(found.names),
    markers: marker ? markersOf(marker.values, marker.top) : [],
  };
}

/** Sync 2 of a read that fits one response: every range with its values. */
async function readAtOnce(context: Excel.RequestContext, found: Found): Promise<RawWorkbook> {
  const tables = found.tables.map(({ name, table }) => ({
    name,
    range: table.getRange().load(RANGE_PROPS),
    sheet: table.worksheet.load("name"),
  }));
  const sheets = found.sheets.map((s) => ({
    name: s.name,
    used: s.getUsedRangeOrNullObject(true).load(RANGE_PROPS),
  }));
  await context.sync();
  const raw = (sheet: string, r: Excel.Range): RawRange => ({
    sheet,
    top: r.rowIndex,
    left: r.columnIndex,
    values: r.values as CellValue[][],
  });
  const rawTables: RawTable[] = tables.map(({ name, range, sheet }) => {
    checkReadSize(range, name);
    return { ...raw(sheet.name, range), name };
  });
  const rawSheets: RawRange[] = [];
  for (const { name, used } of sheets) {
    if (used.isNullObject) continue;
    checkReadSize(used, name);
    rawSheets.push(raw(name, used));
  }
  return { tables: rawTables, sheets: rawSheets };
}

/** Sync 2 of a read by size: where every range is (no values); then the values by block. */
async function readInBlocks(context: Excel.RequestContext, found: Found): Promise<RawWorkbook> {
  const props = "rowIndex,columnIndex,rowCount,columnCount";
  const tables = found.tables.map(({ name, table }) => ({
    name,
    range: table.getRange().load(props),
    sheet: table.worksheet.load("name"),
  }));
  const sheets = found.sheets.map((s) => ({
    name: s.name,
    used: s.getUsedRangeOrNullObject(true).load(props),
  }));
  await context.sync();
  const placeOf = (sheet: string, r: Excel.Range, target: string): Place => {
    checkCells(r.rowCount * r.columnCount, target);
    return { sheet, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  };
  const tablePlaces = tables.map(({ name, range, sheet }) => placeOf(sheet.name, range, name));
  const sheetPlaces = sheets.filter((s) => !s.used.isNullObject).map((s) => placeOf(s.name, s.used, s.name));
  const values = await readBySize(context, [...tablePlaces, ...sheetPlaces]);
  const raw = (p: Place, i: number): RawRange => ({
    sheet: p.sheet,
    top: p.top,
    left: p.left,
    values: values[i] ?? [],
  });
  return {
    tables: tablePlaces.map((p, i) => ({ ...raw(p, i), name: tables[i]?.name ?? "" })),
    sheets: sheetPlaces.map((p, i) => raw(p, tablePlaces.length + i)),
  };
}

/**
 * Reads the workbook and, from the same loads, the state the writers need.
 * `budget` is the response size one sync may be planned to carry.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  budget = READ_BUDGET,
): Promise<{ raw: RawWorkbook; state: WorkbookState }> {
  const first = queueFirstLoads(context);
  const counts = context.workbook.tables.load("items/name,items/rows/count,items/columns/count");
  await context.sync();

  const found: Found = {
    tables: counts.items.map((t) => ({ name: t.name, table: t })),
    sheets: first.sheets.items,
    names: first.names,
  };
  // A table's cells come twice: in the table and in its sheet's used range.
  const tableCells = counts.items.reduce((n, t) => n + (t.rows.count + 1) * t.columns.count, 0);
  let raw: RawWorkbook;
  if (2 * tableCells * READ_CELL_BYTES > budget) {
    raw = await readInBlocks(context, found);
  } else {
    raw = await readAtOnce(context, found).catch((e: unknown) => {
      // Sheets without tables can hold more than the tables suggested: read those by size.
      if (isResponseTooLarge(e)) return readInBlocks(context, found);
      throw e;
    });
  }
  return { raw, state: stateOf(found, raw) };
}

/** The names of the sheets, in order (one sync). */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

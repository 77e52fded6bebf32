/**
 * read(): every table and every sheet's used range. Sync 1 finds the tables (with
 * their shape: header row shown, total row shown, row and column counts), sheets
 * (and whether each is protected) and names. When the values the tables
 * suggest fit one response (READ_BUDGET), sync 2 loads every range: two syncs,
 * whatever the size below that. Larger workbooks (and a sheet without tables that
 * turns out too large for one response) are read by size: one sync for the ranges'
 * places, then the values in row blocks over as many syncs as their size needs
 * (readBlocks.ts). Either way the result is the same RawWorkbook.
 */
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../core/cells";
import { ExcelLimitError, MAX_READ_CELLS, isSizeRefusal } from "./payload";
import { MARKER_SHEET, markersOf } from "./productMarker";
import { READ_BUDGET, READ_CELL_BYTES, readBySize, type Place } from "./readBlocks";
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

/** A table as sync 1 found it: how it is shaped and how many cells it holds. */
type FoundTable = {
  readonly name: string;
  readonly table: Excel.Table;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
};

type Found = {
  tables: FoundTable[];
  sheets: Excel.Worksheet[];
  names: Excel.NamedItemCollection;
  structureProtected: boolean;
};

/** The state the writers need, from what the read found. */
function stateOf(found: Found, raw: RawWorkbook): WorkbookState {
  const used = (name: string): RawRange | undefined => raw.sheets.find((s) => s.sheet === name);
  const marker = used(MARKER_SHEET);
  return {
    structureProtected: found.structureProtected,
    sheets: found.sheets.map((sheet) => {
      const range = used(sheet.name);
      return {
        name: sheet.name,
        hasData: range !== undefined,
        usedRight: range ? range.left + (range.values[0]?.length ?? 0) : 0,
        protected: sheet.protection.protected,
      };
    }),
    tables: raw.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    names: namesOf(found.names),
    markers: marker ? markersOf(marker.values, marker.top) : [],
  };
}

/**
 * The cells of a table that are data, as Excel has them: the header row and the
 * body, without a shown total row (its sums are not activities); the body alone
 * when the header row is hidden (its names then come from the table's columns).
 */
function dataRange(t: FoundTable): Excel.Range {
  if (!t.showHeaders) return t.table.getDataBodyRange();
  const whole = t.table.getRange();
  return t.showTotals ? whole.getResizedRange(-1, 0) : whole;
}

/** The loads of one table in sync 2: its data range (with `props`), sheet, and column names when hidden. */
function queueTable(t: FoundTable, props: string) {
  return {
    found: t,
    range: dataRange(t).load(props),
    sheet: t.table.worksheet.load("name"),
    columns: t.showHeaders ? null : t.table.columns.load("items/name"),
  };
}

/** A table as the core takes it (RawTable): with a hidden header row, its column names above the body. */
function rawTable(
  t: ReturnType<typeof queueTable>,
  place: { top: number; left: number },
  values: CellValue[][],
): RawTable {
  const base = { name: t.found.name, sheet: t.sheet.name, left: place.left };
  if (!t.columns) return { ...base, top: place.top, values };
  const header = t.columns.items.map((c) => c.name);
  return { ...base, top: place.top - 1, values: [header, ...values], headerShown: false };
}

/** Sync 2 of a read that fits one response: every range with its values. */
async function readAtOnce(context: Excel.RequestContext, found: Found): Promise<RawWorkbook> {
  const tables = found.tables.map((t) => queueTable(t, RANGE_PROPS));
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
  const rawTables: RawTable[] = tables.map((t) => {
    checkReadSize(t.range, t.found.name);
    const place = { top: t.range.rowIndex, left: t.range.columnIndex };
    return rawTable(t, place, t.range.values as CellValue[][]);
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
  const tables = found.tables.map((t) => queueTable(t, props));
  const sheets = found.sheets.map((s) => ({
    name: s.name,
    used: s.getUsedRangeOrNullObject(true).load(props),
  }));
  await context.sync();
  const placeOf = (sheet: string, r: Excel.Range, target: string): Place => {
    checkCells(r.rowCount * r.columnCount, target);
    return { sheet, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  };
  const tablePlaces = tables.map((t) => placeOf(t.sheet.name, t.range, t.found.name));
  const sheetPlaces = sheets.filter((s) => !s.used.isNullObject).map((s) => placeOf(s.name, s.used, s.name));
  const values = await readBySize(context, [...tablePlaces, ...sheetPlaces]);
  return {
    tables: tables.map((t, i) => {
      const p = tablePlaces[i] as Place;
      return rawTable(t, p, values[i] ?? []);
    }),
    sheets: sheetPlaces.map((p, i) => ({
      sheet: p.sheet,
      top: p.top,
      left: p.left,
      values: values[tablePlaces.length + i] ?? [],
    })),
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
  const counts = context.workbook.tables.load(
    "items/name,items/showHeaders,items/showTotals,items/rows/count,items/columns/count",
  );
  await context.sync();

  const found: Found = {
    tables: counts.items.map((t) => ({
      name: t.name,
      table: t,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
    })),
    sheets: first.sheets.items,
    names: first.names,
    structureProtected: first.protection.protected,
  };
  // A table's cells come twice: in the table and in its sheet's used range.
  const tableCells = counts.items.reduce((n, t) => n + (t.rows.count + 2) * t.columns.count, 0);
  let raw: RawWorkbook;
  if (2 * tableCells * READ_CELL_BYTES > budget) {
    raw = await readInBlocks(context, found);
  } else {
    raw = await readAtOnce(context, found).catch((e: unknown) => {
      // Sheets without tables can hold more than the tables suggested (Excel may refuse
      // the response, or the get above its cell limit): read again by size, which checks first.
      if (isSizeRefusal(e)) return readInBlocks(context, found);
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

/**
 * read(): the plan's tables and the used ranges of the sheets a plan may be read from
 * (named like its tables), of the marker sheet and of the sheets the scope names (an
 * import source); of every other sheet only where its data lies, never its values, so
 * an unrelated sheet of any size is neither read nor refused. Sync 1 finds the tables
 * (with their shape: header row shown, total row shown, row and column counts), sheets
 * (and whether each is protected) and names. When the values the plan tables
 * suggest fit one response (READ_BUDGET), sync 2 loads every range: two syncs,
 * whatever the size below that. Larger workbooks (and a sheet without tables that
 * turns out too large for one response) are read by size: one sync for the ranges'
 * places, then the values in row blocks over as many syncs as their size needs
 * (readBlocks.ts). Either way the result is the same RawWorkbook.
 */
import type { ReadScope } from "../../app/ports";
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../core/cells";
import { dateSystemOf, isPlanSheetName, isPlanTableName, sheetNamed } from "../../core/read";
import { sameSheetName } from "../../core/cells";
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
  /** The plan's tables (isPlanTableName): the only ones whose cells are read. */
  tables: FoundTable[];
  /** Every other table, whose sheet alone is loaded (WorkbookState). */
  others: Excel.Table[];
  sheets: Excel.Worksheet[];
  /** Whether a sheet's values are read (else only where its data lies). */
  wanted: (sheet: string) => boolean;
  names: Excel.NamedItemCollection;
  structureProtected: boolean;
};

/** Where a sheet's data lies: its used range without values, or null when it holds none. */
type Extent = { readonly left: number; readonly cols: number } | null;

/** The state the writers need, from what the read found. */
function stateOf(
  found: Found,
  raw: RawWorkbook,
  extents: readonly Extent[],
  otherSheets: readonly Excel.Worksheet[],
): WorkbookState {
  const marker = raw.sheets.find((s) => sameSheetName(s.sheet, MARKER_SHEET));
  return {
    structureProtected: found.structureProtected,
    sheets: found.sheets.map((sheet, i) => {
      const extent = extents[i] ?? null;
      return {
        name: sheet.name,
        hasData: extent !== null,
        usedRight: extent ? extent.left + extent.cols : 0,
        protected: sheet.protection.protected,
      };
    }),
    tables: [
      ...raw.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
      ...found.others.map((t, i) => ({ name: t.name, sheet: otherSheets[i]?.name ?? "" })),
    ],
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

/**
 * The first body row of each plan table with its displayed text (a few cells, in sync 2):
 * a date there tells the workbook's date system (dateSystemOf).
 */
function queueDateProbe(found: Found): Excel.Range[] {
  return found.tables.map((t) => t.table.getDataBodyRange().getRow(0).load("values,text"));
}

/**
 * Refuses a workbook that counts dates from 1904: the core's dates are 1900 serials,
 * so every date read or written would be 1,462 days off (docs/real-excel.md, "The 1904
 * date system in Excel").
 */
function checkDateSystem(probes: readonly Excel.Range[]): void {
  const cells = probes.flatMap((r) =>
    (r.values[0] ?? []).map((value, i) => ({
      value: value as CellValue,
      text: String(r.text[0]?.[i] ?? ""),
    })),
  );
  if (dateSystemOf(cells) === "1904")
    throw new ExcelLimitError("date1904", "", "a date cell's text is its value counted from 1904");
}

/** What sync 2 found: the cells read, where each sheet's data lies, the sheets of the other tables. */
type Read = { raw: RawWorkbook; extents: Extent[]; otherSheets: Excel.Worksheet[] };

const PLACE_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

/** Sync 2's loads of the sheets: a wanted sheet's used range with `props`, any other's place alone. */
function queueSheets(found: Found, props: string) {
  return found.sheets.map((s) => {
    const wanted = found.wanted(s.name);
    return {
      name: s.name,
      wanted,
      used: s.getUsedRangeOrNullObject(true).load(wanted ? props : PLACE_PROPS),
    };
  });
}

const extentOf = (used: Excel.Range): Extent =>
  used.isNullObject ? null : { left: used.columnIndex, cols: used.columnCount };

/** Sync 2 of a read that fits one response: every wanted range with its values. */
async function readAtOnce(context: Excel.RequestContext, found: Found): Promise<Read> {
  const tables = found.tables.map((t) => queueTable(t, RANGE_PROPS));
  const sheets = queueSheets(found, RANGE_PROPS);
  const otherSheets = found.others.map((t) => t.worksheet.load("name"));
  const probe = queueDateProbe(found);
  await context.sync();
  checkDateSystem(probe);
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
  for (const { name, wanted, used } of sheets) {
    if (used.isNullObject || !wanted) continue;
    checkReadSize(used, name);
    rawSheets.push(raw(name, used));
  }
  return {
    raw: { tables: rawTables, sheets: rawSheets },
    extents: sheets.map((s) => extentOf(s.used)),
    otherSheets,
  };
}

/** Sync 2 of a read by size: where every range is (no values); then the wanted values by block. */
async function readInBlocks(context: Excel.RequestContext, found: Found): Promise<Read> {
  const tables = found.tables.map((t) => queueTable(t, PLACE_PROPS));
  const sheets = queueSheets(found, PLACE_PROPS);
  const otherSheets = found.others.map((t) => t.worksheet.load("name"));
  const probe = queueDateProbe(found);
  await context.sync();
  checkDateSystem(probe);
  const placeOf = (sheet: string, r: Excel.Range, target: string): Place => {
    checkCells(r.rowCount * r.columnCount, target);
    return { sheet, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  };
  const tablePlaces = tables.map((t) => placeOf(t.sheet.name, t.range, t.found.name));
  const sheetPlaces = sheets
    .filter((s) => s.wanted && !s.used.isNullObject)
    .map((s) => placeOf(s.name, s.used, s.name));
  const values = await readBySize(context, [...tablePlaces, ...sheetPlaces]);
  const raw: RawWorkbook = {
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
  return { raw, extents: sheets.map((s) => extentOf(s.used)), otherSheets };
}

/**
 * Reads what `scope` asks of the workbook (ReadScope) and, from the same loads, the
 * state the writers need. `budget` is the response size one sync may be planned to carry.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  scope: ReadScope = {},
  budget = READ_BUDGET,
): Promise<{ raw: RawWorkbook; state: WorkbookState }> {
  const first = queueFirstLoads(context);
  const counts = context.workbook.tables.load(
    "items/name,items/showHeaders,items/showTotals,items/rows/count,items/columns/count",
  );
  await context.sync();

  const named = scope.sheets ?? [];
  const plan = counts.items.filter((t) => isPlanTableName(t.name));
  const found: Found = {
    tables: plan.map((t) => ({
      name: t.name,
      table: t,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
    })),
    others: counts.items.filter((t) => !isPlanTableName(t.name)),
    sheets: first.sheets.items,
    wanted: (sheet) =>
      sameSheetName(sheet, MARKER_SHEET) || isPlanSheetName(sheet) || sheetNamed(sheet, named),
    names: first.names,
    structureProtected: first.protection.protected,
  };
  // A table's cells come twice: in the table and in its sheet's used range.
  const tableCells = plan.reduce((n, t) => n + (t.rows.count + 2) * t.columns.count, 0);
  let read: Read;
  if (2 * tableCells * READ_CELL_BYTES > budget) {
    read = await readInBlocks(context, found);
  } else {
    read = await readAtOnce(context, found).catch((e: unknown) => {
      // Sheets without tables can hold more than the tables suggested (Excel may refuse
      // the response, or the get above its cell limit): read again by size, which checks first.
      if (isSizeRefusal(e)) return readInBlocks(context, found);
      throw e;
    });
  }
  return { raw: read.raw, state: stateOf(found, read.raw, read.extents, read.otherSheets) };
}

/** The names of the sheets, in order (one sync). */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

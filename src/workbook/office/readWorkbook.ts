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
import { isBlank, type CellValue, type RawRange, type RawTable, type RawWorkbook } from "../../core/cells";
import { isPlanSheetName, isPlanTableName, sheetNamed } from "../../core/read";
import { sameSheetName } from "../../core/cells";
import { checkCells, checkReadSize, isSizeRefusal } from "./payload";
import { MARKER_SHEET, markersOf } from "./productMarker";
import { READ_BUDGET, READ_CELL_BYTES, readBySize, type Place } from "./readBlocks";
import { blankRowsBelow } from "./appendShifts";
import { checkDateSystem, queueDateProbe, type DateProbe } from "./dateProbe";
import { AREA_PROPS, areaOf, namesOf, queueFirstLoads, type WorkbookState } from "./workbookState";

const RANGE_PROPS = "values,rowIndex,columnIndex,rowCount,columnCount";

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
function stateOf(found: Found, raw: RawWorkbook, read: Read): WorkbookState {
  const marker = raw.sheets.find((s) => sameSheetName(s.sheet, MARKER_SHEET));
  const sheetOf = (name: string) => raw.sheets.find((s) => sameSheetName(s.sheet, name));
  return {
    structureProtected: found.structureProtected,
    sheets: found.sheets.map((sheet, i) => {
      const extent = read.extents[i] ?? null;
      return {
        name: sheet.name,
        hasData: extent !== null,
        usedRight: extent ? extent.left + extent.cols : 0,
        protected: sheet.protection.protected,
      };
    }),
    tables: [
      ...raw.tables.map((t, i) => {
        const { area } = areaOf(read.planAreas[i]);
        const last = t.values.length > 1 ? (t.values[t.values.length - 1] ?? []) : null;
        const sheet = sheetOf(t.sheet);
        return {
          name: t.name,
          sheet: t.sheet,
          showTotals: found.tables[i]?.showTotals ?? false,
          ...(area ? { area } : {}),
          ...(last ? { lastBlank: last.every(isBlank) } : {}),
          ...(area && sheet ? { blankBelow: blankRowsBelow(sheet, area) } : {}),
        };
      }),
      ...found.others.map((t, i) => ({
        name: t.name,
        sheet: read.otherSheets[i]?.name ?? "",
        showTotals: t.showTotals,
        ...areaOf(read.otherAreas[i]),
      })),
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
 * The witnesses of the date system (dateProbe.ts): the first body row of each plan table
 * with its displayed text (a few cells) and Excel's DATE of a known day, in sync 2.
 */
function queueDates(context: Excel.RequestContext, found: Found): DateProbe {
  const rows = found.tables.map((t) => t.table.getDataBodyRange().getRow(0).load("values,text"));
  return queueDateProbe(context, rows);
}

/**
 * What sync 2 found: the cells read, where each sheet's data lies, the sheets of the
 * other tables, and where every table lies (plan tables, then the others).
 */
type Read = {
  raw: RawWorkbook;
  extents: Extent[];
  otherSheets: Excel.Worksheet[];
  planAreas: Excel.Range[];
  otherAreas: Excel.Range[];
};

/** Sync 2's loads of every table's whole range, without values (stacked appends, appendShifts.ts). */
function queueAreas(found: Found) {
  return {
    planAreas: found.tables.map((t) => t.table.getRange().load(AREA_PROPS)),
    otherAreas: found.others.map((t) => t.getRange().load(AREA_PROPS)),
  };
}

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
  const areas = queueAreas(found);
  const probe = queueDates(context, found);
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
    ...areas,
  };
}

/** Sync 2 of a read by size: where every range is (no values); then the wanted values by block. */
async function readInBlocks(context: Excel.RequestContext, found: Found): Promise<Read> {
  const tables = found.tables.map((t) => queueTable(t, PLACE_PROPS));
  const sheets = queueSheets(found, PLACE_PROPS);
  const otherSheets = found.others.map((t) => t.worksheet.load("name"));
  const areas = queueAreas(found);
  const probe = queueDates(context, found);
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
  return { raw, extents: sheets.map((s) => extentOf(s.used)), otherSheets, ...areas };
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
  return { raw: read.raw, state: stateOf(found, read.raw, read) };
}

/** The names of the sheets, in order (one sync). */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

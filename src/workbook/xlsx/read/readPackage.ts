/**
 * The core's RawWorkbook from an Office package: every table of every worksheet
 * and each worksheet's used range, read part by part within bounded memory.
 *
 * Tables follow the shared contract (src/core/cells/cells.ts): a Total Row is never in
 * `values`; a table whose header row is hidden still gets its column names as
 * `values[0]`, `top` one row above its first data row and `headerShown: false`.
 */
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../../core/cells";
import { REL_TYPES } from "../../ooxml";
import { PackageError, type Package } from "../package";
import type { CellBox } from "./cellRefs";
import { readSharedStrings } from "./sharedStrings";
import { readDateStyles } from "./styles";
import { readTablePart, type TableInfo } from "./tablePart";
import { readWorkbookInfo, type WorkbookInfo } from "./workbookPart";
import { readWorksheet, type SheetCells, type SheetContext } from "./worksheet";
import { blankMergedCells, indexRows, visitRows, type RowIndex } from "./rowIndex";

/** Limits on what a workbook may hold once read (memory, not bytes). */
export type ReadLimits = {
  /** Non-empty cells in the whole workbook. */
  readonly maxCells: number;
  /** Characters of text in all cells together. */
  readonly maxTextChars: number;
  /** Cells (empty ones included) in all ranges and tables handed to the core. */
  readonly maxGridCells: number;
};

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxCells: 10_000_000,
  maxTextChars: 256 * 1024 * 1024,
  maxGridCells: 25_000_000,
};

/** Progress of a read: bytes of XML scanned so far, of about `total`. */
export type ReadProgress = (done: number, total: number) => void;

export type ReadOptions = {
  readonly onProgress?: ReadProgress;
  readonly limits?: ReadLimits;
};

/** A table found on a worksheet. */
export type SheetTable = TableInfo & { readonly sheet: string };

/** A worksheet as read: its part and its merged areas. */
export type SheetRead = { readonly name: string; readonly part: string; readonly merges: number };

/** What reading a package gives: the core's view and the workbook's structure. */
export type PackageRead = {
  readonly info: WorkbookInfo;
  readonly raw: RawWorkbook;
  readonly tables: readonly SheetTable[];
  readonly sheets: readonly SheetRead[];
};

function emptyGrid(box: CellBox, budget: { cells: number }, part: string): CellValue[][] {
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  budget.cells -= height * width;
  if (budget.cells < 0)
    throw new PackageError(
      "tooLarge",
      `a range of ${height} rows by ${width} columns is too large to read`,
      part,
    );
  return Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
}

function usedBox(cells: SheetCells): CellBox | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.values.length; i++) {
    const v = cells.values[i];
    if (v === null || v === undefined || v === "") continue;
    const r = cells.rows[i]!;
    const c = cells.cols[i]!;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Puts each cell inside `box` into `grid` (whose row 0 is sheet row `box.top`). */
function fill(grid: CellValue[][], box: CellBox, cells: SheetCells, index: RowIndex): void {
  visitRows(index, box.top, box.bottom, (i) => {
    const c = cells.cols[i]!;
    if (c >= box.left && c <= box.right) grid[cells.rows[i]! - box.top]![c - box.left] = cells.values[i];
  });
}

function isBlankHeader(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The core's view of one table: body rows without the Total Row, header row real or synthetic. */
function rawTable(t: SheetTable, cells: SheetCells, index: RowIndex, budget: { cells: number }): RawTable {
  const width = t.box.right - t.box.left + 1;
  const names = Array.from({ length: width }, (_, j) => t.columns[j] ?? "");
  const last = t.box.bottom - t.totalsRowCount;
  const box = { ...t.box, bottom: last };
  const grid = emptyGrid(box, budget, t.part);
  fill(grid, box, cells, index);
  if (t.headerRowCount === 0) {
    return {
      name: t.name,
      sheet: t.sheet,
      top: t.box.top - 1,
      left: t.box.left,
      values: [names, ...grid],
      headerShown: false,
    };
  }
  const header = grid[0]!;
  header.forEach((v, j) => {
    if (isBlankHeader(v) && names[j]) header[j] = names[j];
  });
  return { name: t.name, sheet: t.sheet, top: t.box.top, left: t.box.left, values: grid };
}

/** Reads the whole workbook in the package. Throws PackageError. */
export function readPackageWorkbook(
  pkg: Package,
  workbookPart: string,
  options: ReadOptions = {},
): PackageRead {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const info = readWorkbookInfo(pkg, workbookPart);
  const worksheets = info.sheets.filter((s) => s.kind === "worksheet");
  // A sheet without a relationship (Excel leaves one where a macro module was) holds
  // nothing and reads as empty; a relationship to a part that is gone is damage.
  for (const s of worksheets)
    if (s.part && !pkg.has(s.part))
      throw new PackageError("damaged", `the part of the sheet "${s.name}" is missing`, s.part);
  const parts = [info.sharedStringsPart, info.stylesPart, ...worksheets.map((s) => s.part)].filter(
    (p): p is string => p !== null && pkg.has(p),
  );
  const total = parts.reduce((sum, p) => sum + pkg.declaredSize(p), 0);
  let before = 0;
  const progressOf = (part: string | null): ((done: number) => void) | undefined => {
    const report = options.onProgress;
    if (!report || !part) return undefined;
    const start = before;
    before += pkg.declaredSize(part);
    return (done) => report(Math.min(start + done, total), total);
  };
  const stylesProgress = progressOf(info.stylesPart);
  const dateStyles = readDateStyles(pkg, info.stylesPart);
  stylesProgress?.(pkg.declaredSize(info.stylesPart ?? ""));
  const stringsProgress = progressOf(info.sharedStringsPart);
  const sharedStrings = readSharedStrings(pkg, info.sharedStringsPart);
  stringsProgress?.(pkg.declaredSize(info.sharedStringsPart ?? ""));
  const tables: SheetTable[] = [];
  const rawTables: RawTable[] = [];
  const sheets: RawRange[] = [];
  const sheetReads: SheetRead[] = [];
  const budget = { cells: limits.maxGridCells };
  const ctxBase = {
    sharedStrings,
    dateStyles,
    date1904: info.date1904,
    cellBudget: limits.maxCells,
    textBudget: limits.maxTextChars,
  };
  for (const s of worksheets) {
    const part = s.part;
    if (!part) {
      sheets.push({ sheet: s.name, top: 0, left: 0, values: [] });
      continue;
    }
    const onProgress = progressOf(part);
    const ctx: SheetContext = onProgress ? { ...ctxBase, onProgress } : ctxBase;
    const cells = readWorksheet(pkg, part, ctx);
    ctxBase.cellBudget = ctx.cellBudget;
    ctxBase.textBudget = ctx.textBudget;
    const index = indexRows(cells);
    blankMergedCells(cells, index, part);
    sheetReads.push({ name: s.name, part, merges: cells.merges.length });
    const rels = cells.tableRelIds.length > 0 ? pkg.relationships(part) : [];
    for (const id of cells.tableRelIds) {
      const rel = rels.find((r) => r.id === id && r.type === REL_TYPES.table);
      if (!rel?.part || !pkg.has(rel.part))
        throw new PackageError(
          "damaged",
          `the table ${id} of the sheet "${s.name}" is missing`,
          rel?.part ?? part,
        );
      const table: SheetTable = { ...readTablePart(pkg, pkg.find(rel.part)!), sheet: s.name };
      tables.push(table);
      rawTables.push(rawTable(table, cells, index, budget));
    }
    const box = usedBox(cells);
    if (!box) sheets.push({ sheet: s.name, top: 0, left: 0, values: [] });
    else {
      const grid = emptyGrid(box, budget, part);
      fill(grid, box, cells, index);
      sheets.push({ sheet: s.name, top: box.top, left: box.left, values: grid });
    }
  }
  return { info, raw: { tables: rawTables, sheets }, tables, sheets: sheetReads };
}

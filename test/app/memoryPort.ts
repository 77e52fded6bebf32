/**
 * An in-memory WorkbookPort for app tests. It behaves as a real adapter must:
 * new tables go on new (or empty) sheets at A1, it refuses to overwrite a sheet
 * that holds data, appends land below a table's last row, and a report sheet may
 * only replace a sheet the product wrote. `read()` returns what is there now, and
 * `written` records every call for assertions.
 *
 * @example
 *   const port = memoryPort();
 *   await setUpPlan(port, { lang: "sv" });
 *   expect(port.written.tables.map((t) => t.name)).toHaveLength(7);
 */
import {
  isBlank,
  type CellValue,
  type RawRange,
  type RawTable,
  type RawWorkbook,
} from "../../src/core/cells/cells";
import type { SheetLayout } from "../../src/core/sheetLayout/sheetLayout.types";
import type { TableTemplate } from "../../src/core/template/template.types";
import type { RowUpdate, WorkbookPort } from "../../src/app/ports";
import type { SheetProtection } from "../../src/core/template/protection.types";
import { MARKER_SHEET, markersOf } from "../../src/core/productSheets/productMarker";
import {
  formatAt,
  renderLayout,
  renderMarker,
  renderProtection,
  renderTables,
  sheetOf as renderedSheetOf,
  style,
} from "./memoryRender";
import { areaRef, type RenderedWorkbook } from "./renderedWorkbook";
import { TABLE_STYLE } from "../../src/core/style/tableLook";
import { cellFormatCode, numberFormatCode } from "../../src/core/style/numberFormats";
import { extendSqref } from "../../src/workbook/xlsx/write/sqref";

type Append = { table: string; rows: readonly (readonly (string | number | null)[])[] };

export type MemoryPort = WorkbookPort & {
  /** Everything written through the port, in call order. */
  readonly written: {
    /** Every template passed to addTables (all calls together). */
    readonly tables: TableTemplate[];
    readonly appends: Append[];
    readonly layouts: SheetLayout[];
    readonly updates: RowUpdate[];
    readonly protections: SheetProtection[];
  };
  /** How often each writing method was called (also when it wrote nothing). */
  readonly calls: { addTables: number; appendRows: number; writeSheet: number; updateRows: number };
  /**
   * The workbook as a person would find it: values with the formats, looks,
   * validation and colours the core decides (test/app/memoryRender.ts), for the
   * contract suite.
   */
  rendered(): RenderedWorkbook;
};

type Sheet = { name: string; grid: CellValue[][] };
/**
 * A table as Excel keeps it: `top` is its header row (where it would be when hidden),
 * `body` its body rows below, then a total row when `totals`.
 */
type Table = {
  name: string;
  sheet: string;
  top: number;
  left: number;
  width: number;
  body: number;
  headerShown: boolean;
  totals: boolean;
  /** The columns' names (kept for a hidden header row; a shown one is its cells). */
  columns: CellValue[];
};

/** How a table of the starting workbook is shaped, when not a plain shown header and body. */
export type MemoryTableShape = {
  readonly name: string;
  readonly headerShown: boolean;
  readonly totals: boolean;
};

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function put(sheet: Sheet, row: number, col: number, value: CellValue): void {
  while (sheet.grid.length <= row) sheet.grid.push([]);
  const cells = sheet.grid[row] as CellValue[];
  while (cells.length <= col) cells.push(null);
  cells[col] = value;
}

function putRange(sheet: Sheet, top: number, left: number, values: readonly (readonly CellValue[])[]): void {
  values.forEach((row, r) => row.forEach((v, c) => put(sheet, top + r, left + c, v)));
}

/** The used range of a sheet: from its first to its last non-blank row and column. */
function usedRange(sheet: Sheet): RawRange {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  sheet.grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return { sheet: sheet.name, top: 0, left: 0, values: [] };
  const values = sheet.grid
    .slice(top, bottom + 1)
    .map((row) => Array.from({ length: right - left + 1 }, (_, i) => row[left + i] ?? null));
  return { sheet: sheet.name, top, left, values };
}

/** A table as an adapter hands it over (RawTable): never its total row; a hidden header row's names from the table. */
function tableRange(sheet: Sheet, t: Table): RawTable {
  const row = (r: number): CellValue[] =>
    Array.from({ length: t.width }, (_, c) => sheet.grid[r]?.[t.left + c] ?? null);
  const body = Array.from({ length: t.body }, (_, i) => row(t.top + 1 + i));
  const header = t.headerShown ? row(t.top) : [...t.columns];
  const raw = { name: t.name, sheet: t.sheet, top: t.top, left: t.left, values: [header, ...body] };
  return t.headerShown ? raw : { ...raw, headerShown: false };
}

/** Moves the cells of rows [from, ∞) of the table's columns down by `n` (Excel inserting table rows). */
function shiftDown(sheet: Sheet, t: Table, from: number, n: number): void {
  for (let r = sheet.grid.length - 1; r >= from; r--) {
    for (let c = t.left; c < t.left + t.width; c++) {
      const v = sheet.grid[r]?.[c];
      if (v === undefined || v === null) continue;
      put(sheet, r + n, c, v);
      put(sheet, r, c, null);
    }
  }
}

/**
 * A WorkbookPort over an in-memory workbook, optionally starting from `initial`.
 * `initial.tables` are shown header rows and bodies; `shapes` reshapes some of them
 * as users do: a total row (the table's last row in `initial`), or a hidden header
 * row (the table's first row in `initial` is then its column names, not cells).
 */
export function memoryPort(
  initial?: RawWorkbook,
  options: { productSheets?: readonly string[]; shapes?: readonly MemoryTableShape[] } = {},
): MemoryPort {
  const sheets: Sheet[] = [];
  const tables: Table[] = [];
  const product = new Set(options.productSheets ?? []);
  const sheetOf = (name: string): Sheet | undefined => sheets.find((s) => same(s.name, name));
  const ensureSheet = (name: string): Sheet => {
    const found = sheetOf(name);
    if (found) return found;
    const made: Sheet = { name, grid: [] };
    sheets.push(made);
    return made;
  };

  for (const range of initial?.sheets ?? [])
    putRange(ensureSheet(range.sheet), range.top, range.left, range.values);
  for (const t of initial?.tables ?? []) {
    const shape = options.shapes?.find((x) => same(x.name, t.name));
    const headerShown = shape?.headerShown ?? true;
    const totals = shape?.totals ?? false;
    const sheet = ensureSheet(t.sheet);
    putRange(sheet, headerShown ? t.top : t.top + 1, t.left, headerShown ? t.values : t.values.slice(1));
    const width = Math.max(0, ...t.values.map((r) => r.length));
    tables.push({
      name: t.name,
      sheet: t.sheet,
      top: t.top,
      left: t.left,
      width,
      body: t.values.length - 1 - (totals ? 1 : 0),
      headerShown,
      totals,
      columns: [...(t.values[0] ?? [])],
    });
  }

  const written: MemoryPort["written"] = {
    tables: [],
    appends: [],
    layouts: [],
    updates: [],
    protections: [],
  };
  const calls = { addTables: 0, appendRows: 0, writeSheet: 0, updateRows: 0 };
  const look: RenderedWorkbook = { sheets: [], tables: [], names: new Map() };
  /** The rendered side of a sheet (formats, looks, rules), under the sheet's own name. */
  const sheetOf_ = (name: string) => renderedSheetOf(look, sheetOf(name)?.name ?? name);
  const putValue = (sheet: string, row: number, col: number, value: string | number | null) =>
    put(ensureSheet(sheet), row, col, value);
  const markerEntries = (): string[][] =>
    (sheetOf(MARKER_SHEET)?.grid ?? []).map((r) => r.map((v) => (typeof v === "string" ? v : "")));
  const listed = (name: string): boolean =>
    product.has(name) || markersOf(markerEntries(), 0).some((m) => same(m.sheet, name));

  return {
    written,
    calls,
    async read() {
      return {
        tables: tables.map((t) => tableRange(ensureSheet(t.sheet), t)),
        sheets: sheets.map(usedRange),
      };
    },
    async sheetNames() {
      return sheets.map((s) => s.name);
    },
    async addTables(templates, progress) {
      calls.addTables++;
      for (const t of templates) {
        if (tables.some((x) => same(x.name, t.name))) throw new Error(`Table ${t.name} already exists`);
        const existing = sheetOf(t.sheet);
        if (existing && usedRange(existing).values.length > 0) throw new Error(`Sheet ${t.sheet} holds data`);
      }
      renderTables(look, templates, putValue);
      templates.forEach((t, i) => {
        const sheet = ensureSheet(t.sheet);
        putRange(sheet, 0, 0, [t.headers, ...t.rows]);
        // An empty table keeps one blank body row, as Excel's tables do.
        tables.push({
          name: t.name,
          sheet: sheet.name,
          top: 0,
          left: 0,
          width: t.headers.length,
          // An empty table keeps one blank body row, as Excel's tables do.
          body: Math.max(t.rows.length, 1),
          headerShown: true,
          totals: false,
          columns: [...t.headers],
        });
        written.tables.push(t);
        progress?.(i + 1, templates.length);
      });
    },
    async addColumns(additions) {
      for (const a of additions) {
        const t = tables.find((x) => same(x.name, a.table));
        if (!t) throw new Error(`No table ${a.table}`);
        const sheet = ensureSheet(t.sheet);
        const left = t.left + t.width;
        const bottom = t.top + t.body + (t.totals ? 1 : 0);
        for (let r = t.top; r <= bottom; r++)
          if (a.headers.some((_, i) => !isBlank(sheet.grid[r]?.[left + i])))
            throw new Error(`Cells right of ${a.table} hold data`);
        const rendered = sheetOf_(t.sheet);
        a.headers.forEach((h, i) => {
          put(sheet, t.top, left + i, h);
          style(rendered, t.top, left + i, formatAt(rendered, t.top, left - 1));
          for (let r = 1; r <= t.body; r++)
            style(rendered, t.top + r, left + i, numberFormatCode(a.formats[i] ?? "text"));
          rendered.widths.set(left + i, a.widths[i] ?? 10);
        });
        t.width += a.headers.length;
        t.columns.push(...a.headers);
        const table = look.tables.find((x) => same(x.name, t.name));
        if (table) table.ref = areaRef(t.top, t.left, bottom - t.top + 1, t.width);
      }
      return true;
    },
    async appendRows(appends) {
      calls.appendRows++;
      for (const a of appends) {
        const t = tables.find((x) => same(x.name, a.table));
        if (!t) throw new Error(`No table ${a.table}`);
        if (a.rows.some((r) => r.length > t.width)) throw new Error(`Row wider than table ${a.table}`);
        const sheet = ensureSheet(t.sheet);
        // A blank last body row (a new table's empty row) is filled first; new rows take
        // the formats of the last body row, text as text; a total row (and what is below)
        // moves down, as in Excel.
        const last = t.top + t.body;
        const lastBlank =
          t.body > 0 &&
          Array.from({ length: t.width }, (_, c) => sheet.grid[last]?.[t.left + c]).every(isBlank);
        const top = lastBlank ? last : last + 1;
        const added = top + a.rows.length - 1 - last;
        const rendered = sheetOf_(t.sheet);
        const formats = Array.from({ length: t.width }, (_, c) => formatAt(rendered, last, t.left + c));
        if (added > 0) {
          // As the Office adapter does: with empty cells below, the table grows into them
          // (only a total row moves); otherwise rows are inserted and what is below moves down.
          const bottom = last + (t.totals ? 1 : 0);
          const free = Array.from({ length: added }, (_, i) => bottom + 1 + i).every((r) =>
            Array.from({ length: t.width }, (_, c) => sheet.grid[r]?.[t.left + c]).every(isBlank),
          );
          if (!free) shiftDown(sheet, t, last + 1, added);
          else if (t.totals) {
            const totals = Array.from(
              { length: t.width },
              (_, c) => sheet.grid[bottom]?.[t.left + c] ?? null,
            );
            totals.forEach((_, c) => put(sheet, bottom, t.left + c, null));
            putRange(sheet, bottom + added, t.left, [totals]);
          }
        }
        a.rows.forEach((row, i) =>
          formats.forEach((f, c) => style(rendered, top + i, t.left + c, cellFormatCode(row[c] ?? null, f))),
        );
        putRange(sheet, top, t.left, a.rows);
        // Validation lists and colours that cover the table's whole body grow with it, as in Excel.
        if (added > 0) {
          const area = { firstRow: t.top + 1, lastRow: last, left: t.left, right: t.left + t.width - 1 };
          for (const v of rendered.validations) v.ref = extendSqref(v.ref, area, last + added);
          for (const c of rendered.colours) c.ref = extendSqref(c.ref, area, last + added);
        }
        t.body += added;
        written.appends.push(a);
      }
    },
    async writeSheet(layout, opts) {
      calls.writeSheet++;
      const existing = sheetOf(layout.name);
      if (existing) {
        if (!opts?.replace || !listed(existing.name)) throw new Error(`Sheet ${layout.name} exists`);
        existing.grid = [];
        for (let i = tables.length - 1; i >= 0; i--)
          if (same(tables[i]?.sheet ?? "", existing.name)) tables.splice(i, 1);
        look.sheets = look.sheets.filter((x) => !same(x.name, existing.name));
        look.tables = look.tables.filter((x) => !same(x.sheet, existing.name));
      }
      const sheet = ensureSheet(existing?.name ?? layout.name);
      // The marker sheet, when new, comes after the first report sheet (as in Excel).
      renderMarker(look, markerEntries(), sheet.name, layout.marker, putValue);
      renderLayout(look, { ...layout, name: sheet.name }, putValue);
      for (const b of layout.blocks)
        putRange(
          sheet,
          b.row,
          b.col,
          b.cells.map((r) => r.map((c) => c.v)),
        );
      for (const lt of layout.tables) {
        putRange(sheet, lt.row, lt.col, [lt.header, ...lt.rows.map((r) => r.map((c) => c.v))]);
        tables.push({
          name: lt.name,
          sheet: sheet.name,
          top: lt.row,
          left: lt.col,
          width: lt.header.length,
          body: Math.max(lt.rows.length, 1),
          headerShown: true,
          totals: false,
          columns: [...lt.header],
        });
      }
      product.add(sheet.name);
      written.layouts.push(layout);
    },
    async updateRows(updates) {
      calls.updateRows++;
      for (const u of updates) {
        const t = tables.find((x) => same(x.name, u.table));
        if (!t) throw new Error(`No table ${u.table}`);
        if (u.row <= t.top || u.row > t.top + t.body)
          throw new Error(`Row ${u.row} is outside the body of table ${u.table}`);
        const sheet = ensureSheet(t.sheet);
        const rendered = sheetOf_(t.sheet);
        u.values.forEach((v, j) => {
          if (v === undefined || j >= t.width) return;
          style(rendered, u.row, t.left + j, cellFormatCode(v, formatAt(rendered, u.row, t.left + j)));
          put(sheet, u.row, t.left + j, v);
        });
        written.updates.push(u);
      }
    },
    async protectSheets(protections) {
      renderProtection(look, protections, (name) => {
        const t = tables.find((x) => same(x.name, name));
        return t ? { top: t.top, left: t.left, rows: t.body } : null;
      });
      written.protections.push(...protections);
    },
    async productSheets() {
      return sheets.filter((s) => !same(s.name, MARKER_SHEET) && listed(s.name)).map((s) => s.name);
    },
    rendered() {
      const out: RenderedWorkbook = {
        sheets: [],
        tables: tables.map((t) => ({
          name: t.name,
          sheet: t.sheet,
          ref: areaRef(t.top, t.left, 1 + t.body + (t.totals ? 1 : 0), t.width),
          style: TABLE_STYLE,
        })),
        names: new Map(look.names),
      };
      for (const s of sheets) {
        const r = sheetOf_(s.name);
        const cells = new Map(r.cells);
        s.grid.forEach((row, i) =>
          row.forEach((v, j) => {
            if (isBlank(v)) return;
            const key = `${i},${j}`;
            const value = v instanceof Date || v === undefined ? null : v;
            cells.set(key, { ...(cells.get(key) ?? { fmt: "General" }), v: value });
          }),
        );
        out.sheets.push({ ...r, cells });
      }
      return out;
    },
  };
}

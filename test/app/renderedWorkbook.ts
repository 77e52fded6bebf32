/**
 * A workbook as a person would find it after a write, in one shape for every
 * port (the in-memory port, the Office.js adapter on the fake Excel, the file
 * adapter): values with their number formats and looks, validation lists,
 * conditional colours, widths, frozen rows, merges, tables, names, charts, print
 * settings and protection. The contract suite (test/workbook/contract/) compares
 * these across ports; `describeWorkbook` turns one into plain data for `toEqual`,
 * validation lists and colours as what each cell shows (ruleAreas.ts).
 */
import { a1, columnLetters } from "../../src/core/cells/cells";
import { MARKER_SHEET } from "../../src/core/productSheets/productMarker";
import { joinedColours, joinedValidations } from "./ruleAreas";

export type RenderedLook = {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  top?: boolean;
  right?: boolean;
};

export type RenderedCell = RenderedLook & {
  v: string | number | boolean | null;
  /** The number format code ("General" when none). */
  fmt: string;
};

export type RenderedValidation = {
  ref: string;
  formula: string;
  alert: "stop" | "warning" | "information";
  title: string;
  message: string;
};

export type RenderedColour = { ref: string; formula: string; fill: string | null; font: string | null };

export type RenderedChart = {
  type: string;
  title: string;
  data: string;
  seriesBy: string;
  anchor: string;
  /** Each series' solid fill, "#RRGGBB" (null: none given, the reader picks). */
  fills: (string | null)[];
};

export type RenderedPrint = {
  orientation: string;
  paper: string;
  fitToWidth: number;
  fitToHeight: number;
  titleRows: string | null;
  /** The 1-based rows that begin a new page (manual page breaks), ascending. */
  pageBreaks: number[];
};

export type RenderedSheet = {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** By "row,col" (0-based). */
  cells: Map<string, RenderedCell>;
  /** Column widths in characters, by 0-based column. */
  widths: Map<number, number>;
  /** Explicit row heights in points, by 0-based row. */
  heights: Map<number, number>;
  frozenRows: number;
  merges: string[];
  validations: RenderedValidation[];
  colours: RenderedColour[];
  charts: RenderedChart[];
  print: RenderedPrint | null;
  /** Null when unprotected; else the cells left open for typing ("row,col"). */
  protection: { unlocked: Set<string> } | null;
};

export type RenderedTable = { name: string; sheet: string; ref: string; style: string };

export type RenderedWorkbook = {
  sheets: RenderedSheet[];
  tables: RenderedTable[];
  /** Workbook names and what they refer to, without the leading "=" and with sheet names unquoted. */
  names: Map<string, string>;
};

/** A new, empty rendered sheet. */
export function renderedSheet(name: string): RenderedSheet {
  return {
    name,
    visibility: "visible",
    cells: new Map(),
    widths: new Map(),
    heights: new Map(),
    frozenRows: 0,
    merges: [],
    validations: [],
    colours: [],
    charts: [],
    print: null,
    protection: null,
  };
}

/** "A1:C9" of a 0-based area (one cell: "A1"). */
export function areaRef(row: number, col: number, rows: number, cols: number): string {
  const start = a1(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** A reference with "$" and sheet quotes removed, so every port's spelling compares equal. */
export function plainRef(ref: string): string {
  return ref
    .replace(/^=/, "")
    .replace(/\$/g, "")
    .replace(/'((?:[^']|'')+)'!/g, (_, s: string) => `${s.replace(/''/g, "'")}!`);
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === "";

/** What a person sees of a cell, or null for a cell that shows and holds nothing. */
function describeCell(c: RenderedCell): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (!isEmpty(c.v)) out.v = c.v;
  if (c.fmt !== "General") out.fmt = c.fmt;
  for (const key of ["bold", "italic", "size", "color", "fill"] as const)
    if (c[key] !== undefined && c[key] !== false) out[key] = c[key];
  // Wrapping and alignment are only seen in a cell that holds something.
  if (!isEmpty(c.v)) {
    if (c.wrap) out.wrap = true;
    if (c.top) out.top = true;
    if (c.right) out.right = true;
  }
  return Object.keys(out).length > 0 ? out : null;
}

const sorted = <T>(items: readonly T[], key: (t: T) => string): T[] =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

/** The rendered workbook as plain data, stable in order, for `toEqual`. */
export function describeWorkbook(wb: RenderedWorkbook): Record<string, unknown> {
  const sheets = wb.sheets.map((s) => {
    const cells: Record<string, unknown> = {};
    const keys = [...s.cells.keys()].sort((a, b) => {
      const [ra = 0, ca = 0] = a.split(",").map(Number);
      const [rb = 0, cb = 0] = b.split(",").map(Number);
      return ra - rb || ca - cb;
    });
    for (const key of keys) {
      const [r = 0, c = 0] = key.split(",").map(Number);
      const cell = s.cells.get(key) as RenderedCell;
      // The marker sheet is compared by its entries: a row emptied by a replace may keep its format.
      if (s.name === MARKER_SHEET && isEmpty(cell.v)) continue;
      const d = describeCell(cell);
      if (d) cells[a1(r, c)] = d;
    }
    const widths = Object.fromEntries(
      [...s.widths.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([c, w]) => [columnLetters(c), Math.round(w * 100) / 100]),
    );
    // Explicit heights matter where a merged cell's text wraps; other rows are fitted by Excel.
    const mergedRows = new Set(s.merges.map((m) => Number(/\d+/.exec(m)?.[0] ?? 0) - 1));
    const heights = Object.fromEntries(
      [...s.heights.entries()]
        .filter(([r]) => mergedRows.has(r))
        .sort((a, b) => a[0] - b[0])
        .map(([r, h]) => [r + 1, h]),
    );
    return {
      name: s.name,
      visibility: s.visibility,
      cells,
      widths,
      heights,
      frozenRows: s.frozenRows,
      merges: [...s.merges].sort(),
      // What each cell shows, however many rules carry it (ruleAreas.ts).
      validations: sorted(joinedValidations(s.validations), (v) => `${v.ref} ${v.formula}`),
      colours: sorted(joinedColours(s.colours), (c) => `${c.ref} ${c.formula}`),
      charts: s.charts,
      print: s.print,
      protection: s.protection ? { unlocked: [...s.protection.unlocked].sort() } : null,
    };
  });
  return {
    sheets,
    tables: sorted(wb.tables, (t) => t.name.toLowerCase()),
    names: Object.fromEntries([...wb.names.entries()].sort((a, b) => a[0].localeCompare(b[0]))),
  };
}

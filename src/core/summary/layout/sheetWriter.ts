/**
 * A top-to-bottom writer of a SheetLayout: each call adds rows below the previous
 * ones, so the sections need not count rows themselves.
 */
import type { CellFormat } from "../../template.types";
import type { LayoutArea, LayoutCell, LayoutChart, LayoutStyle, LayoutTable } from "../../sheetLayout.types";
import type { LayoutBlock } from "../../sheetLayout.types";

/** The number of columns the sheet uses (merged rows span all of them). */
export const WIDTH = 8;

export type SheetWriter = {
  /** The 0-based row the next call writes to. */
  readonly next: () => number;
  /** One row of cells from column A; returns its row. */
  readonly row: (cells: readonly LayoutCell[]) => number;
  /** One cell merged across the sheet's width; returns its row. */
  readonly merged: (cell: LayoutCell) => number;
  /** An empty row. */
  readonly gap: () => void;
  /** A chart data table from column A; returns its area, header included. */
  readonly table: (
    name: string,
    header: readonly string[],
    rows: readonly (readonly LayoutCell[])[],
  ) => LayoutArea;
  /** A chart of the given data, placed below everything written so far. */
  readonly chart: (chart: Omit<LayoutChart, "anchor">, height: number) => void;
  readonly blocks: () => readonly LayoutBlock[];
  readonly merges: () => readonly LayoutArea[];
  readonly tables: () => readonly LayoutTable[];
  readonly charts: () => readonly LayoutChart[];
};

/** A new writer starting at row 0. */
export function sheetWriter(): SheetWriter {
  let next = 0;
  const blocks: LayoutBlock[] = [];
  const merges: LayoutArea[] = [];
  const tables: LayoutTable[] = [];
  const charts: LayoutChart[] = [];
  const row = (cells: readonly LayoutCell[]): number => {
    blocks.push({ row: next, col: 0, cells: [cells] });
    return next++;
  };
  return {
    next: () => next,
    row,
    merged: (cell) => {
      merges.push({ row: next, col: 0, rows: 1, cols: WIDTH });
      return row([cell]);
    },
    gap: () => {
      next += 1;
    },
    table: (name, header, rows) => {
      tables.push({ name, row: next, col: 0, header, rows });
      const area = { row: next, col: 0, rows: rows.length + 1, cols: header.length };
      next += rows.length + 1;
      return area;
    },
    chart: (chart, height) => {
      charts.push({ ...chart, anchor: { row: next, col: 0, rows: height, cols: WIDTH } });
      next += height;
    },
    blocks: () => blocks,
    merges: () => merges,
    tables: () => tables,
    charts: () => charts,
  };
}

/** A text cell: written as text even when it begins with "=", "+", "-" or "@". */
export function text(v: string | null, s?: LayoutStyle): LayoutCell {
  return s ? { v, f: "text", s } : { v, f: "text" };
}

/** A number cell with a format; null stays an empty cell. */
export function num(v: number | null, f: CellFormat, s?: LayoutStyle): LayoutCell {
  return s ? { v, f, s } : { v, f };
}

/** A cell with a style and no format. */
export function styled(v: string | number | null, s: LayoutStyle): LayoutCell {
  return { v, s };
}

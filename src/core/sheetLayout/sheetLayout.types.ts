/**
 * A report sheet, renderer-neutral: blocks of cells with formats and styles, merged
 * title cells, chart data tables, charts and print settings. Both adapters render it;
 * rows and columns are 0-based.
 */
import type { CellFormat } from "../cells";

export type LayoutStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "header"
  /** A header over a column of numbers: aligned right, as its numbers are. */
  | "numberHeader"
  | "body"
  | "total"
  | "note"
  | "good"
  | "warn"
  | "bad"
  | "neutral";

/**
 * A cell: text stays text (never a formula) and wraps within its cell, except in the
 * styles title, subtitle and heading, which run on; numbers stay numbers.
 */
export type LayoutCell = {
  readonly v: string | number | null;
  readonly f?: CellFormat;
  readonly s?: LayoutStyle;
};

export type LayoutBlock = {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly LayoutCell[])[];
};

export type LayoutArea = {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
};

/** A well-formed Excel table (chart data Excel can chart in one click). */
export type LayoutTable = {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly LayoutCell[])[];
};

export type LayoutChart = {
  readonly type: "columnClustered" | "columnStacked" | "barClustered" | "barStacked";
  readonly title: string;
  /** The data, header row and category column included. */
  readonly data: LayoutArea;
  readonly seriesBy: "columns" | "rows";
  /**
   * Each series' fill, "#RRGGBB", in series order (src/core/style/seriesColours.ts):
   * a chart part without fills is drawn by some readers as empty frames.
   */
  readonly colours: readonly string[];
  /** Top-left cell and size in cells of where the chart is placed. */
  readonly anchor: LayoutArea;
};

export type SheetLayout = {
  readonly name: string;
  /** What the product wrote this sheet as (kind and period), kept so it can be found again. */
  readonly marker: string;
  readonly columnWidths: readonly number[];
  readonly blocks: readonly LayoutBlock[];
  readonly merges: readonly LayoutArea[];
  readonly tables: readonly LayoutTable[];
  readonly charts: readonly LayoutChart[];
  /**
   * Heights in points of rows whose text wraps in merged cells (Excel does not fit a
   * merged cell's row to its text by itself).
   */
  readonly rowHeights?: readonly { readonly row: number; readonly points: number }[];
  readonly print: {
    readonly paper: "A4";
    readonly orientation: "portrait" | "landscape";
    readonly fitToWidth: true;
    /** 0-based rows repeated at the top of each printed page. */
    readonly titleRows: { readonly first: number; readonly last: number };
    /**
     * 0-based rows that begin a new printed page (manual page breaks), ascending: a
     * chart placed at the top of a page is never cut in two by a page break.
     */
    readonly pageBreaks?: readonly number[];
  };
};

/** The tallest row Excel allows, in points: a taller height is refused. */
export const MAX_ROW_HEIGHT = 409;

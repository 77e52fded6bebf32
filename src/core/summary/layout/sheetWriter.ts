/**
 * A top-to-bottom writer of a SheetLayout: each call adds rows below the previous
 * ones, so the sections need not count rows themselves.
 */
import { MAX_ROW_HEIGHT } from "../../sheetLayout";
import type { CellFormat } from "../../cells";
import type { LayoutArea, LayoutCell, LayoutChart, LayoutStyle, LayoutTable } from "../../sheetLayout";
import type { LayoutBlock } from "../../sheetLayout";
import { wrapsText } from "../../sheetLayout";
import { rowHeightFor } from "../../style";

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
  /**
   * A chart `height` rows tall below everything written so far, then, after an empty
   * row, the table it is drawn from; returns the table's area.
   */
  readonly chartOverTable: (
    chart: Omit<LayoutChart, "anchor" | "data">,
    height: number,
    table: {
      readonly name: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly LayoutCell[])[];
    },
  ) => LayoutArea;
  /** The next row begins a new printed page. */
  readonly pageBreak: () => void;
  readonly pageBreaks: () => readonly number[];
  /**
   * The columns' widths: as given, or wider where a column's wrapping text has a
   * longer word, so that text wraps between words, never inside one (up to 60).
   */
  readonly columnWidths: () => readonly number[];
  readonly blocks: () => readonly LayoutBlock[];
  readonly merges: () => readonly LayoutArea[];
  readonly tables: () => readonly LayoutTable[];
  readonly charts: () => readonly LayoutChart[];
  /** Heights of rows whose wrapping text needs more than one line. */
  readonly rowHeights: () => readonly { readonly row: number; readonly points: number }[];
};

/**
 * Characters of prose per unit of column width: a width unit is one digit of the
 * default font, and prose runs a little narrower; kept cautious, since a line too
 * many leaves space and one too few hides text.
 */
const CHARS_PER_WIDTH = 1.05;

/** Lines a text needs in a cell of a width (in characters), wrapping at spaces. */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  return lines;
}

/** Text wraps within its cell, titles and headings apart; numbers never do. */
const wraps = (cell: LayoutCell): cell is LayoutCell & { v: string } =>
  typeof cell.v === "string" && wrapsText(cell.s);

/**
 * The cell a row's height must fit: most lines, or the largest font. Notes each
 * wrapping cell's longest word in `longest`, by column.
 */
function tallestCell(
  cells: readonly LayoutCell[],
  widthOf: (col: number) => number,
  longest: number[],
): { lines: number; style: LayoutStyle | undefined } {
  let tallest: { lines: number; style: LayoutStyle | undefined; points: number } = {
    lines: 1,
    style: undefined,
    points: 0,
  };
  cells.forEach((c, col) => {
    if (wraps(c))
      for (const word of c.v.split(/\s+/)) longest[col] = Math.max(longest[col] ?? 0, word.length);
    const lines = wraps(c) ? linesFor(c.v, widthOf(col)) : 1;
    const points = rowHeightFor(lines, c.s) ?? 0;
    if (points > tallest.points) tallest = { lines, style: c.s, points };
  });
  return tallest;
}

/** A new writer starting at row 0, for columns of these widths (in characters). */
export function sheetWriter(columnWidths: readonly number[]): SheetWriter {
  let next = 0;
  const blocks: LayoutBlock[] = [];
  const merges: LayoutArea[] = [];
  const tables: LayoutTable[] = [];
  const charts: LayoutChart[] = [];
  const heights: { row: number; points: number }[] = [];
  const breaks: number[] = [];
  const longest: number[] = [];
  const fit = (lines: number, style: LayoutStyle | undefined) => {
    const points = rowHeightFor(lines, style);
    // Excel refuses rows taller than 409 points; a longer text stays whole in its cell.
    if (points !== null) heights.push({ row: next, points: Math.min(MAX_ROW_HEIGHT, points) });
  };
  const widthOf = (col: number) => columnWidths[col] ?? 10;
  // Rows written one under another form one block, so an adapter writes them as one
  // grid (one call instead of one per row).
  let open: { row: number; col: 0; cells: (readonly LayoutCell[])[] } | null = null;
  const place = (cells: readonly LayoutCell[]): void => {
    if (open && open.row + open.cells.length === next) open.cells.push(cells);
    else {
      open = { row: next, col: 0, cells: [cells] };
      blocks.push(open);
    }
  };
  const row = (cells: readonly LayoutCell[]): number => {
    const tallest = tallestCell(cells, widthOf, longest);
    fit(tallest.lines, tallest.style);
    place(cells);
    return next++;
  };
  return {
    next: () => next,
    row,
    merged: (cell) => {
      merges.push({ row: next, col: 0, rows: 1, cols: WIDTH });
      const width = columnWidths.slice(0, WIDTH).reduce((a, b) => a + b, 0);
      fit(wraps(cell) ? linesFor(cell.v, width) : 1, cell.s);
      place([cell]);
      return next++;
    },
    gap: () => {
      next += 1;
    },
    chartOverTable: (chart, height, table) => {
      const anchor = { row: next, col: 0, rows: height, cols: WIDTH };
      next += height + 1;
      tables.push({ name: table.name, row: next, col: 0, header: table.header, rows: table.rows });
      const data = { row: next, col: 0, rows: table.rows.length + 1, cols: table.header.length };
      next += table.rows.length + 1;
      charts.push({ ...chart, data, anchor });
      return data;
    },
    pageBreak: () => {
      // Never before the first row, nor twice before the same one.
      if (next > 0 && breaks[breaks.length - 1] !== next) breaks.push(next);
    },
    pageBreaks: () => breaks,
    // A word's width in characters of the default font: a little more than its letters
    // (bold headers, and a reader without Calibri drawing in a wider font), plus padding.
    columnWidths: () =>
      columnWidths.map((w, col) => Math.max(w, Math.min(60, Math.ceil((longest[col] ?? 0) * 1.2) + 1))),
    blocks: () => blocks,
    merges: () => merges,
    tables: () => tables,
    charts: () => charts,
    rowHeights: () => heights,
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

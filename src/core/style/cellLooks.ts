/**
 * How the report styles look, decided once for both adapters: a bold title,
 * headings, and fills for good / warn / bad / neutral that colour a cell whose
 * word stays in it, so the meaning never rests on colour alone. No cell borders:
 * the tables' own style draws their lines. Every report cell starts at the top of
 * its row; text wraps within its cell except in titles and headings.
 */
import { wrapsText } from "../sheetLayout";
import type { LayoutCell, LayoutStyle } from "../sheetLayout";

export type Look = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (the workbook's default size when absent). */
  readonly size?: number;
  /** Font colour "#RRGGBB" (the default, automatic colour when absent). */
  readonly color?: string;
  /** Solid fill "#RRGGBB". */
  readonly fill?: string;
  /** False for titles and headings, which run on instead of wrapping like other text. */
  readonly wrap?: boolean;
  /** Right for headers over numbers, so that a header sits over its figures (left otherwise). */
  readonly align?: "right";
};

export const LOOKS: Readonly<Record<LayoutStyle, Look>> = {
  title: { bold: true, size: 16, wrap: wrapsText("title") },
  subtitle: { bold: true, size: 12, color: "#404040", wrap: wrapsText("subtitle") },
  heading: { bold: true, size: 13, wrap: wrapsText("heading") },
  label: { bold: true },
  header: { bold: true, fill: "#D9E1F2" },
  numberHeader: { bold: true, fill: "#D9E1F2", align: "right" },
  body: {},
  total: { bold: true },
  note: { italic: true, color: "#595959" },
  good: { fill: "#C6EFCE", color: "#006100" },
  warn: { fill: "#FFEB9C", color: "#9C5700" },
  bad: { fill: "#FFC7CE", color: "#9C0006" },
  neutral: { fill: "#EDEDED", color: "#404040" },
};

/** The look of a report cell of that style (an unstyled cell wraps like body text). */
export function lookOf(style: LayoutStyle | undefined): Look {
  return style ? LOOKS[style] : { wrap: wrapsText(undefined) };
}

/**
 * The look of a chart data table's header cell over a column (its body cells): the
 * table style gives the rest, and a header over numbers aligns right, as they do.
 */
export function tableHeaderLook(column: readonly (LayoutCell | undefined)[]): Look {
  return column.some((c) => typeof c?.v === "number") ? { align: "right" } : {};
}

/** The look of the header row of the hidden lists sheet. */
export const LISTS_HEADER_LOOK: Look = { bold: true };

/** The default font's size in points (Calibri 11, Excel's default). */
const DEFAULT_FONT_SIZE = 11;

/**
 * The height in points a row needs for `lines` lines of text of a style, or null
 * when the default height fits (one line of default-size text). Excel fits rows to
 * their text by itself, except rows of merged cells, so the layout gives these.
 * @example rowHeightFor(1, "title") === 25; rowHeightFor(3, "note") === 48
 */
export function rowHeightFor(lines: number, style: LayoutStyle | undefined): number | null {
  const size = lookOf(style).size ?? DEFAULT_FONT_SIZE;
  if (lines <= 1 && size <= DEFAULT_FONT_SIZE) return null;
  const line = size <= DEFAULT_FONT_SIZE ? 15 : Math.ceil(size * 1.3 + 1);
  return lines * line + 3;
}

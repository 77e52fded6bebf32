/**
 * The core's style decisions (src/core/style/) as the file's cell formats, and
 * numbers as a file stores them (dates counted from 1904 in workbooks that do).
 */
import { wrapsText } from "../../../core/sheetLayout";
import type { LayoutStyle } from "../../../core/sheetLayout";
import { cellFormatCode, type Look, lookOf } from "../../../core/style";
import type { CellValueOut } from "./cellXml";
import type { FontLook, StyleBook } from "./styleBook";

function fontOf(look: Look): FontLook | undefined {
  const font: { bold?: boolean; italic?: boolean; size?: number; color?: string } = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.color !== undefined) font.color = look.color;
  return Object.keys(font).length > 0 ? font : undefined;
}

/** The format of a cell with a look (report cells, the lists sheet's header). */
export function lookStyle(
  styles: StyleBook,
  numFmt: string,
  look: Look,
  layout: { wrap: boolean; top: boolean } = { wrap: false, top: false },
): number {
  const font = fontOf(look);
  return styles.cellStyle({
    numFmt,
    ...(font ? { font } : {}),
    ...(look.fill ? { fill: look.fill } : {}),
    ...(look.align ? { horizontal: look.align } : {}),
    wrap: layout.wrap,
    top: layout.top,
  });
}

/** The format of a report cell: its number format and look, aligned to the top, wrapping per its style. */
export function reportCellStyle(
  styles: StyleBook,
  value: CellValueOut,
  columnCode: string,
  style: LayoutStyle | undefined,
): number {
  return lookStyle(styles, cellFormatCode(value, columnCode), lookOf(style), {
    wrap: wrapsText(style),
    top: true,
  });
}

/** Days between 1899-12-30 and 1904-01-01: the shift between the two date systems. */
const DAYS_1904 = 1462;

/**
 * True when a number format shows a date: after quoted text, escapes and bracketed
 * parts ([Red], [$-41D]) are dropped, d, m or y remains ([h]:mm durations aside).
 */
export function isDateFormat(code: string): boolean {
  const first = code.split(";")[0] ?? "";
  if (/\[(h+|m+|s+)\]/i.test(first)) return false;
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "");
  return /[dmy]/i.test(bare);
}

/**
 * A value as the file stores it: the core's serials count from 1900; in a 1904
 * workbook a date cell's serial is 1462 smaller.
 */
export function fileValue(value: CellValueOut, numFmt: string, date1904: boolean): CellValueOut {
  if (!date1904 || typeof value !== "number" || !isDateFormat(numFmt)) return value;
  return value - DAYS_1904;
}

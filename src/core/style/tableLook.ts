/**
 * How every table the product makes looks and how far its rules reach, decided
 * once for both adapters: plan tables, hand-out tables and a report's chart data.
 */
import type { TableTemplate } from "../template";

/** Excel's built-in style of every table the product adds: banded rows, filter buttons shown. */
export const TABLE_STYLE = "TableStyleMedium2";
export const TABLE_LOOK = {
  style: TABLE_STYLE,
  bandedRows: true,
  bandedColumns: false,
  firstColumn: false,
  lastColumn: false,
  filterButtons: true,
} as const;

/** Rows frozen at the top of a plan table's sheet: its header. */
export const FROZEN_HEADER_ROWS = 1;

/**
 * The body rows (counted from the row below the header) that the column formats,
 * validation lists and status colours of a new table cover: the rows written, at
 * least one (an empty table has one blank row). Rows appended later get them
 * too: the file adapter's appendRows extends them, the Office adapter's sets them
 * on the new rows (tableRules.ts; Microsoft documents no growth with the table).
 */
export function coveredBodyRows(t: TableTemplate): number {
  return Math.max(t.formattedRows, t.rows.length, 1);
}

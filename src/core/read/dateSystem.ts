/**
 * Which date system a workbook counts in, told from cells read with both their value and
 * the text Excel displays: a date cell holds a serial number, and its text is that serial
 * as a day counted from 1900 (Windows Excel's system, the core's) or from 1904 (the old Mac
 * one, 1,462 days later). Office.js has no stable property for it (Workbook.use1904DateSystem
 * is in the preview set only), so the text is the witness.
 */
import type { CellValue } from "../cells";
import { serialToIso } from "../dates";
import { readDate } from "./readDate";

/** Days between the two systems' day 0 (1899-12-30 and 1904-01-01). */
export const DAYS_1904 = 1462;

/** "1904" or "1900" from the first cell whose text is its value as a day in one system only; null when none tells. */
export function dateSystemOf(
  cells: readonly { readonly value: CellValue; readonly text: string }[],
): "1900" | "1904" | null {
  for (const { value, text } of cells) {
    if (typeof value !== "number" || text.trim() === "") continue;
    const shown = readDate(text);
    if (!shown.ok || shown.value === null) continue;
    if (shown.value === serialToIso(value)) return "1900";
    if (shown.value === serialToIso(value + DAYS_1904)) return "1904";
  }
  return null;
}

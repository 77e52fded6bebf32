/**
 * Which date system a workbook counts in, told from cells read with both their value and
 * the text Excel displays: a date cell holds a serial number, and its text is that serial
 * as a day counted from 1900 (Windows Excel's system, the core's) or from 1904 (the old Mac
 * one, 1,462 days later). Office.js has no stable property for it (Workbook.use1904DateSystem
 * is in the preview set only), so the text is the witness. A workbook without a date cell
 * has a second witness: the serial Excel's DATE function gives for a known day, which counts
 * in the workbook's own system (dateSystemOfSerial).
 */
import type { CellValue } from "../cells";
import { isoToSerial, serialToIso, type IsoDate } from "../dates";
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

/** The day whose serial Excel's DATE function is asked for (DATE(2000,1,1): 36526 from 1900, 35064 from 1904). */
export const PROBE_DAY = { year: 2000, month: 1, day: 1, iso: "2000-01-01" as IsoDate } as const;

/** "1900" or "1904" from the serial Excel gave for the day `iso`; null for anything else (an error, no answer). */
export function dateSystemOfSerial(iso: IsoDate, serial: unknown): "1900" | "1904" | null {
  if (typeof serial !== "number") return null;
  const counted = isoToSerial(iso);
  if (serial === counted) return "1900";
  if (serial === counted - DAYS_1904) return "1904";
  return null;
}

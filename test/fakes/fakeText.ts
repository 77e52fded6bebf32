/**
 * Range.text in the fake: what Excel displays for a cell. Only what the add-in meets is
 * modelled: a number under a date format is shown as that day (yyyy-mm-dd, d/m/yyyy and the
 * like), counted from 1900 or, in a workbook with the 1904 date system, from 1904, 1,462 days
 * later (Microsoft's "Date systems in Excel" support page); any other value as its text.
 * A real Excel shows General numbers in its own way; the add-in reads only dates' text.
 */
import type { CellModel } from "./fakeModel";

const DAY_MS = 86_400_000;
/** Day 0 of each system, as UTC milliseconds: 1899-12-30 and 1904-01-01. */
const EPOCH = { "1900": Date.UTC(1899, 11, 30), "1904": Date.UTC(1904, 0, 1) } as const;

/** True for a number format that shows a date (a d, m or y code outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /(^|[^h:])m+([^:]|$)/i.test(bare.replace(/[hs]/gi, ""));
}

/** The day a serial stands for, under the format's own order of year, month and day. */
function formatDate(serial: number, format: string, system: "1900" | "1904"): string {
  const day = new Date(EPOCH[system] + Math.floor(serial) * DAY_MS);
  const y = String(day.getUTCFullYear());
  const m = String(day.getUTCMonth() + 1).padStart(2, "0");
  const d = String(day.getUTCDate()).padStart(2, "0");
  return format.replace(/y+/gi, y).replace(/m+/gi, m).replace(/d+/gi, d);
}

/** The text Excel displays for a cell of a workbook in `system`. */
export function cellText(cell: CellModel, system: "1900" | "1904"): string {
  const v = cell.value;
  if (typeof v === "number" && isDateFormat(cell.numberFormat))
    return formatDate(v, cell.numberFormat, system);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v ?? "");
}

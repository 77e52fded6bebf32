/**
 * Calendar dates without time of day, as ISO text ("2019-08-31"), and their Excel
 * serial numbers (1900 date system). Pure arithmetic in UTC: no clock, no time zone.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/**
 * Excel's day 0 is 1899-12-30 from serial 61 (1900-03-01) on. Excel counts a
 * 1900-02-29 that never was (serial 60, Lotus 1-2-3's leap-year bug), so serials 1
 * to 59 (1900-01-01 to 1900-02-28) count from 1899-12-31.
 */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Serial 60: Excel's 1900-02-29, which no calendar has. */
export const PHANTOM_LEAP_DAY = 60;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/**
 * The ISO date of a year, month (1–12) and day, or null when no such day exists.
 * @example isoFromParts(2019, 2, 29) === null
 */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month (1–12) and day of an ISO date. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * The Excel serial number of an ISO date.
 * @example isoToSerial("2000-01-01") === 36526
 */
export function isoToSerial(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  const days = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

/**
 * The ISO date of an Excel serial number (its time of day is dropped), or null when
 * the number is not a real date Excel can show (before 1900-01-01, after
 * 9999-12-31, or serial 60, Excel's 1900-02-29).
 * @example serialToIso(36526) === "2000-01-01"
 * @example serialToIso(1) === "1900-01-01"
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === PHANTOM_LEAP_DAY) return null;
  const d = new Date(EXCEL_EPOCH_UTC + (whole < PHANTOM_LEAP_DAY ? whole + 1 : whole) * MS_PER_DAY);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The same day and month some years later; 29 February becomes 28 February in a
 * year that has none (docs/findings.md: "Dates").
 * @example addYears("2020-02-29", 2) === "2022-02-28"
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = isoParts(date);
  const y = year + years;
  return isoFromParts(y, month, Math.min(day, daysInMonth(y, month))) as IsoDate;
}

/** A date some days later (or earlier, for a negative count). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return serialToIso(isoToSerial(date) + days) as IsoDate;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToSerial(to) - isoToSerial(from);
}

/** The ISO date of a JavaScript Date's calendar day as seen in UTC. */
export function isoFromUtcDate(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The calendar day a person sees on a Date in their own time zone, as ISO text; the
 * shells pass `new Date()` (the core never reads the clock itself).
 */
export function isoFromLocalDate(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Excel date serials as Dates, in either date system. A Date is UTC midnight of
 * the cell's day plus its time of day, which is how the core reads file dates.
 */

const MS_PER_DAY = 86_400_000;
/**
 * Day 0 of the 1900 system: 1899-12-30, once Excel's phantom 1900-02-29 is
 * accounted for (as the core's serialToIso counts). Serials before 61 (March 1900)
 * are a day off against Excel's display; no plan dates from then, and time-only
 * values keep the date exceljs and Office.js give them.
 */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 system (Mac Excel's old default). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system: Excel shows nothing later as a date. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * The Date of a serial, or null when Excel would not show it as a date (negative,
 * or beyond 9999-12-31).
 */
export function dateFromSerial(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial > LAST_SERIAL_1900 - 1462) return null;
    return new Date(EPOCH_1904 + Math.round(serial * MS_PER_DAY));
  }
  if (serial >= LAST_SERIAL_1900 + 1) return null;
  return new Date(EPOCH_1900 + Math.round(serial * MS_PER_DAY));
}

/**
 * A `t="d"` cell's ISO 8601 text as a Date. The day written is the cell's day: a
 * zone offset, if any, is ignored rather than moving the date across midnight.
 */
export function dateFromIsoText(text: string): Date | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  const date = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) +
      Math.round(Number(frac ?? 0) * 1000),
  );
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? null : date;
}

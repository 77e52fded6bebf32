/**
 * Excel date serials as Dates, in either date system. A Date is UTC midnight of
 * the cell's day plus its time of day, which is how the core reads file dates.
 */

const MS_PER_DAY = 86_400_000;
/**
 * Day 0 of the 1900 system from serial 61 (1900-03-01) on: 1899-12-30. Excel
 * counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3), so
 * serials 1 to 59 (1900-01-01 to 1900-02-28) count from one day later, 1899-12-31
 * (as the core's serialToIso counts). Time-only values (below 1) keep the date
 * exceljs and Office.js give them, 1899-12-30.
 */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_MARCH = Date.UTC(1899, 11, 31);
/** Excel's 1900-02-29, a day that does not exist. */
export const PHANTOM_LEAP_DAY_SERIAL = 60;
/** Day 0 of the 1904 system (Mac Excel's old default). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system: Excel shows nothing later as a date. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * The Date of a serial, or null when no Date can stand for it: negative, beyond
 * 9999-12-31, or on Excel's 1900-02-29 (serial 60), which the reader keeps as the
 * number so the core reports it at its cell rather than shifting it a day.
 */
export function dateFromSerial(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial > LAST_SERIAL_1900 - 1462) return null;
    return new Date(EPOCH_1904 + Math.round(serial * MS_PER_DAY));
  }
  if (serial >= LAST_SERIAL_1900 + 1) return null;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY_SERIAL) return null;
  const epoch = day >= 1 && day < PHANTOM_LEAP_DAY_SERIAL ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900;
  return new Date(epoch + Math.round(serial * MS_PER_DAY));
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

/**
 * Reading a date cell as a person means it (docs/workbook.md, "Reading rules"): Excel
 * serial numbers, the Date objects a file library gives, ISO text and dates written
 * out in Swedish or English. Anything else is unreadable, never guessed.
 */
import type { CellValue } from "../cells";
import { PHANTOM_LEAP_DAY, isoFromParts, isoFromUtcDate, serialToIso, type IsoDate } from "../dates";
import { MONTH_NAMES } from "../language";
import { normaliseText, unreadable, type ReadResult } from "./readText";

/** ISO date, optionally with a time of day (which is dropped) and a zone. */
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t| )\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** "31 augusti 2019", "den 31 aug. 2019", "31:a augusti 2019", "31st August 2019". */
const DAY_MONTH_YEAR = /^(?:den )?(\d{1,2})(?::[ae]|st|nd|rd|th)?\.? ([a-zåäö]+)\.?,? (\d{4})$/;
/** "August 31, 2019", "Aug. 31 2019". */
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
/** "31/8 2019": the Swedish short form; the year after a space keeps it apart from US "8/31/2019". */
const SWEDISH_SHORT = /^(\d{1,2})\/(\d{1,2}) (\d{4})$/;

/**
 * The month (1–12) of a month name or its abbreviation of at least three letters, in
 * Swedish or English ("aug", "sept", "okt", "maj", "May"); null when none.
 */
export function monthFromName(word: string): number | null {
  if (word.length < 3) return null;
  for (const names of [MONTH_NAMES.sv, MONTH_NAMES.en]) {
    const i = names.findIndex((name) => name.toLowerCase().startsWith(word));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** A written date, kept to the years Excel can hold as a date (1900–9999). */
function dateFromParts(year: number, month: number | null, day: number): IsoDate | null {
  if (month === null || year < 1900) return null;
  return isoFromParts(year, month, day);
}

function dateFromText(raw: string): IsoDate | null {
  const text = normaliseText(raw).replace(/ ?, ?/g, ", ");
  let m = ISO.exec(text);
  if (m) return dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  // Stryker disable next-line StringLiteral: for the type only: the month group always takes part in a match
  if (m) return dateFromParts(Number(m[3]), monthFromName(m[2] ?? ""), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  // Stryker disable next-line StringLiteral: for the type only: the month group always takes part in a match
  if (m) return dateFromParts(Number(m[3]), monthFromName(m[1] ?? ""), Number(m[2]));
  m = SWEDISH_SHORT.exec(text);
  if (m) return dateFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/**
 * A date cell as an ISO date: value null when empty, ok false when it cannot be read.
 * @example readDate(43708) → { ok: true, value: "2019-08-31" }; readDate("31 aug. 2019") likewise
 */
export function readDate(v: CellValue): ReadResult<IsoDate> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === "number") {
    // Excel shows serial 60 as 1900-02-29, a day no calendar has: named as Excel shows it.
    if (Math.floor(v) === PHANTOM_LEAP_DAY) return { ok: false, text: "1900-02-29" };
    const iso = serialToIso(v);
    return iso === null ? unreadable(v) : { ok: true, value: iso };
  }
  if (v instanceof Date) {
    // exceljs gives a date cell as UTC midnight of its day; the UTC day is the cell's day.
    const iso = isoFromUtcDate(v);
    return iso === null || iso < "1900-01-01" ? unreadable(v) : { ok: true, value: iso };
  }
  if (typeof v === "string") {
    if (v.trim() === "") return { ok: true, value: null };
    const iso = dateFromText(v);
    return iso === null ? unreadable(v) : { ok: true, value: iso };
  }
  return unreadable(v);
}

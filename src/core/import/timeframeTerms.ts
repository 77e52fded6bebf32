/**
 * The calendar terms of a timeframe ("2019", "juni 2019", "VT 2019", "Q2 2020",
 * "T1 2020", "H1 2020", "2019-06-30") and ranges of them ("2018–2019",
 * "jan–mars 2020"). Input is already normalised by normaliseTimeframe.
 */
import { daysInMonth, isIsoDate, isoFromParts, type IsoDate } from "../dates";

/** A stretch of days, both ends included. */
export type Span = { readonly start: IsoDate; readonly end: IsoDate };

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augusti: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Words before a period that only say "within it". */
const FILLER = /^(?:under|during|in|i|hela|året|år|throughout|within|inom|the|över)\s+/;

/** Words before a range: "från jan till mars 2020", "between 2018 and 2019". */
const RANGE_PREFIX = /^(?:från|from|mellan|between)\s+/;

function months(year: number, first: number, last: number): Span | null {
  if (year < 1900 || year > 2200) return null;
  const start = isoFromParts(year, first, 1);
  const end = isoFromParts(year, last, daysInMonth(year, last));
  return start && end ? { start, end } : null;
}

/** A term that needs a year, by the months it covers; `null` when the text is no such term. */
function yearlessMonths(s: string): [number, number] | null {
  const month = MONTHS[s];
  if (month !== undefined) return [month, month];
  if (/^(?:våren|vår|vt|vårterminen|spring)$/.test(s)) return [1, 6];
  if (/^(?:hösten|höst|ht|höstterminen|autumn|fall)$/.test(s)) return [7, 12];
  let m = /^(?:q|kv|kvartal|quarter) ?([1-4])$/.exec(s);
  if (m) return [Number(m[1]) * 3 - 2, Number(m[1]) * 3];
  m = /^(?:t|tertial) ?([1-3])$/.exec(s);
  if (m) return [Number(m[1]) * 4 - 3, Number(m[1]) * 4];
  m = /^(?:h|halvår|halvåret) ?([12])$/.exec(s);
  if (m) return m[1] === "1" ? [1, 6] : [7, 12];
  if (/^(?:första halvåret|first half|first half of)$/.test(s)) return [1, 6];
  if (/^(?:andra halvåret|second half|second half of)$/.test(s)) return [7, 12];
  return null;
}

/** "30 juni 2019", "June 30 2019": one day, or null. */
function dayInWords(s: string): IsoDate | null {
  const dm = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(s);
  const md = /^(\p{L}+) (\d{1,2}) (\d{4})$/u.exec(s);
  const [day, word, year] = dm ? [dm[1], dm[2], dm[3]] : md ? [md[2], md[1], md[3]] : [];
  const month = MONTHS[word ?? ""];
  return month ? isoFromParts(Number(year), month, Number(day)) : null;
}

/**
 * One calendar term. `year` is the year to use when the term names none (the left
 * side of "jan–mars 2020").
 */
export function parseTerm(text: string, year?: number): Span | null {
  let s = text.trim();
  while (FILLER.test(s)) s = s.replace(FILLER, "");
  if (isIsoDate(s)) return { start: s, end: s };
  if (/^\d{4}$/.test(s)) return months(Number(s), 1, 12);
  const day = dayInWords(s);
  if (day) return { start: day, end: day };
  let m: RegExpExecArray | null;
  // "VT19", "HT 19": the terms of the school year, always written with two digits.
  m = /^(vt|ht) ?(\d{2})$/.exec(s);
  if (m) return months(2000 + Number(m[2]), m[1] === "vt" ? 1 : 7, m[1] === "vt" ? 6 : 12);
  m = /^(\d{4}) (q[1-4]|t[1-3]|h[12])$/.exec(s);
  if (m) return parseTerm(`${m[2]} ${m[1]}`);
  m = /^(.+?) (?:of )?(\d{4})$/.exec(s);
  if (m) {
    const range = yearlessMonths(m[1] ?? "");
    return range ? months(Number(m[2]), range[0], range[1]) : null;
  }
  if (year !== undefined) {
    const range = yearlessMonths(s);
    return range ? months(year, range[0], range[1]) : null;
  }
  return null;
}

/** Word separators of a range turned into a dash: "jan till mars 2020" → "jan-mars 2020". */
function dashRange(s: string): string {
  let t = s;
  while (FILLER.test(t)) t = t.replace(FILLER, "");
  t = t.replace(RANGE_PREFIX, "");
  return t.replace(/ (?:till och med|tom|till|to|until|och|and) /, "-");
}

/**
 * A term or a range of two terms ("2018-2019", "jan-mars 2020", "VT-HT 2020",
 * "2019-03-01-2019-05-31"). A range that ends before it starts is not understood.
 */
export function parseSpan(s: string): Span | null {
  const single = parseTerm(s);
  if (single) return single;
  const t = dashRange(s);
  for (let i = t.indexOf("-"); i > 0; i = t.indexOf("-", i + 1)) {
    const left = t.slice(0, i);
    const right = t.slice(i + 1);
    const to = parseTerm(right);
    if (!to) continue;
    // "Q1-2020", "jan-2020": the dash only joins a term to its year.
    const joined = /^\d{4}$/.test(right) && !parseTerm(left) ? parseTerm(`${left} ${right}`) : null;
    if (joined) return joined;
    const from = parseTerm(left) ?? parseTerm(left, Number(to.start.slice(0, 4)));
    if (!from) continue;
    return from.start <= to.end ? { start: from.start, end: to.end } : null;
  }
  return null;
}

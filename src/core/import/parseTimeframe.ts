/**
 * Timeframes in words (docs/import.md "Rules"): "Våren 2019", "Q2 2020", "jan–mars 2020",
 * "senast 2019-06-30", "Löpande" … become a start and an end date. Dates are kept
 * as the words say, even when they fall outside the plan period: the check
 * TIME_ACTIVITY_OUTSIDE_PLAN points that out, rather than import changing it.
 */
import type { IsoDate } from "../dates";
import { parseSpan, type Span } from "./timeframeTerms";

/** The plan period, for words that mean "from the plan's start" or "the whole period". */
export type PlanPeriod = { readonly start: IsoDate; readonly end: IsoDate };

export type TimeframeDates = { readonly start: IsoDate | null; readonly end: IsoDate | null };

/**
 * How the words were read: a calendar span ("Våren 2019"), a deadline from the
 * plan's start ("senast juni 2019", "t.o.m. 2021"), a start to the plan's end
 * ("från 2020", "2019 och framåt"), something recurring ("årligen", "varje
 * kvartal": the whole plan period), or the plan period by name ("under planperioden").
 */
export type TimeframeKind = "span" | "deadline" | "from" | "recurring" | "wholePeriod";

export type TimeframeReading = TimeframeDates & { readonly kind: TimeframeKind };

const MAX_LENGTH = 80;

/** Words that mean the whole plan period (after normalising). */
const WHOLE_PERIOD = new Set([
  "löpande",
  "årligen",
  "årlig",
  "årligt",
  "varje år",
  "planperioden",
  "under planperioden",
  "hela perioden",
  "hela planperioden",
  "under hela planperioden",
  "under perioden",
  "under hela perioden",
  "kontinuerligt",
  "fortlöpande",
  "pågående",
  "återkommande",
  "löpande under planperioden",
  "löpande under perioden",
  "årligen under planperioden",
  "ongoing",
  "annually",
  "annual",
  "yearly",
  "every year",
  "each year",
  "continuous",
  "continuously",
  "throughout",
  "throughout the plan period",
  "throughout the period",
  "during the plan period",
  "the whole period",
  "whole period",
  "the entire period",
  "the entire plan period",
  "the whole plan period",
  "plan period",
  "the plan period",
  "ongoing throughout the plan period",
  "annually throughout the plan period",
]);

/** Words before a period that say "done by the end of it": start is the plan's start. */
const DEADLINE =
  /^(?:senast|klart|klar|färdigt|färdig|fram till|till och med|till|tom|t o m|to och med|by|no later than|not later than|until|up to and including|completed by|done by)\s+(?:(?:i|vid|under|till)\s+)?(?:(?:slutet|utgången) av\s+|(?:the )?end of\s+)?(.+)$/;

/** Words before a period that say "repeatedly within it": the same dates as the period. */
const REPEATED = /^(?:löpande|kontinuerligt|fortlöpande|årligen|ongoing|continuously|annually)\s+(.+)$/;

/**
 * Words that say "again and again" ("årligen", "vår och höst varje år", "varje
 * kvartal", "quarterly"): with no year named, they mean the whole plan period.
 */
const RECURRING = new RegExp(
  [
    "(?<![\\p{L}\\d])(?:löpande|fortlöpande|kontinuerligt|pågående|årligen|årlig|årligt|återkommande|kvartalsvis|månadsvis|halvårsvis|terminsvis|veckovis|regelbundet|ongoing|continuously|continuous|annually|annual|yearly|quarterly|monthly|biannually|regularly|recurring)(?![\\p{L}\\d])",
    "(?<![\\p{L}\\d])(?:varje|varannan|per|en gång per|två gånger per|en gång om|två gånger om|each|every|once a|twice a|once per|twice per)\\s+(?:år|året|kvartal|månad|termin|vecka|halvår|vår|höst|year|quarter|month|term|week|spring|autumn|fall)(?![\\p{L}\\d])",
  ].join("|"),
  "u",
);

/** Words before a period that say "from then on": the plan's end is the end. */
const FROM_PREFIX =
  /^(?:från och med|från|from|med start i|med start|start|starting from|starting in|starting|beginning in|beginning|with effect from)\s+(.+)$/;
const FROM_SUFFIX = /^(.+?)\s+(?:och framåt|och framöver|och vidare|onwards|and onwards|and beyond|forward)$/;

/** Lower case, one kind of dash with no spaces around it, no trailing punctuation. */
export function normaliseTimeframe(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/(\p{L})\./gu, "$1") // "jan." and "t.o.m." lose their dots
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ?- ?/g, "-")
    .replace(/[.;:!]+$/, "")
    .trim();
}

function toDates(span: Span): TimeframeDates {
  return { start: span.start, end: span.end };
}

/**
 * The start and end a timeframe in words means, or null when it is not understood.
 * Words for the whole plan period need the plan period (null without it); a
 * deadline ("senast juni 2019") starts at the plan's start (null start without it).
 * @example parseTimeframe("Våren 2019") → { start: "2019-01-01", end: "2019-06-30" }
 */
export function parseTimeframe(text: string, plan?: PlanPeriod): TimeframeDates | null {
  const r = readTimeframe(text, plan);
  return r ? { start: r.start, end: r.end } : null;
}

/** The dates a timeframe means and how they were read (TimeframeKind), or null. */
export function readTimeframe(text: string, plan?: PlanPeriod): TimeframeReading | null {
  // A timeframe is a few words; a pasted paragraph is not one (and would cost pattern work).
  if (text.length > MAX_LENGTH) return null;
  return readNormalised(normaliseTimeframe(text), plan);
}

function readNormalised(s: string, plan: PlanPeriod | undefined): TimeframeReading | null {
  if (s === "") return null;
  if (WHOLE_PERIOD.has(s) || (RECURRING.test(s) && !/\d/.test(s))) {
    const kind = RECURRING.test(s) ? "recurring" : "wholePeriod";
    return plan ? { start: plan.start, end: plan.end, kind } : null;
  }
  const span = parseSpan(s);
  if (span) return { ...toDates(span), kind: "span" };
  const deadline = DEADLINE.exec(s);
  if (deadline?.[1]) {
    const inner = readNormalised(deadline[1], plan);
    if (inner?.end) return { start: plan?.start ?? null, end: inner.end, kind: "deadline" };
    return null;
  }
  const repeated = REPEATED.exec(s);
  if (repeated?.[1]) return readNormalised(repeated[1], plan);
  const from = FROM_PREFIX.exec(FROM_SUFFIX.exec(s)?.[1] ?? s) ?? FROM_SUFFIX.exec(s);
  if (from?.[1]) {
    const first = parseSpan(from[1]);
    if (!first) return null;
    // A start after the plan's end is no reading of this plan: listed, not shortened.
    if (plan && first.start > plan.end) return null;
    return { start: first.start, end: plan?.end ?? null, kind: "from" };
  }
  return null;
}

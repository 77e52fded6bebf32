/**
 * Timeframes in words (import.md "Rules"): "Våren 2019", "Q2 2020", "jan–mars 2020",
 * "senast 2019-06-30", "Löpande" … become a start and an end date. Dates are kept
 * as the words say, even when they fall outside the plan period: the check
 * TIME_ACTIVITY_OUTSIDE_PLAN points that out, rather than import changing it.
 */
import type { IsoDate } from "../dates";
import { parseSpan, type Span } from "./timeframeTerms";

/** The plan period, for words that mean "from the plan's start" or "the whole period". */
export type PlanPeriod = { readonly start: IsoDate; readonly end: IsoDate };

export type TimeframeDates = { readonly start: IsoDate | null; readonly end: IsoDate | null };

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
  /^(?:senast|klart|klar|färdigt|färdig|fram till|till|tom|to och med|by|no later than|not later than|until|completed by|done by)\s+(?:(?:i|vid|under|till)\s+)?(?:(?:slutet|utgången) av\s+|(?:the )?end of\s+)?(.+)$/;

/** Words before a period that say "repeatedly within it": the same dates as the period. */
const REPEATED = /^(?:löpande|kontinuerligt|fortlöpande|årligen|ongoing|continuously|annually)\s+(.+)$/;

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
  // A timeframe is a few words; a pasted paragraph is not one (and would cost pattern work).
  if (text.length > MAX_LENGTH) return null;
  const s = normaliseTimeframe(text);
  if (s === "") return null;
  if (WHOLE_PERIOD.has(s)) return plan ? { start: plan.start, end: plan.end } : null;
  const span = parseSpan(s);
  if (span) return toDates(span);
  const deadline = DEADLINE.exec(s);
  if (deadline?.[1]) {
    const inner = parseTimeframe(deadline[1], plan);
    if (inner?.end) return { start: plan?.start ?? null, end: inner.end };
    return null;
  }
  const repeated = REPEATED.exec(s);
  if (repeated?.[1]) return parseTimeframe(repeated[1], plan);
  return null;
}

/**
 * The dates of one imported activity, from its timeframe words and/or its own
 * start and end cells. Excel turns a typed "2019" into a number and "2019-06-30"
 * into a date, so both are read as what was typed.
 */
import type { CellValue } from "../cells";
import type { IsoDate } from "../dates";
import { readDate, readText } from "../read";
import type { NotUnderstoodReason } from "./import.types";
import { parseTimeframe, readTimeframe, type PlanPeriod, type TimeframeKind } from "./parseTimeframe";

/** A whole number that is plainly a year, not a date serial (serial 2019 is in 1905). */
function isYear(v: CellValue): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2200;
}

/** The cell as the words a person typed: years as "2019", date cells as ISO text. */
export function timeframeText(v: CellValue): string | null {
  if (isYear(v)) return String(v);
  if (typeof v === "number" || v instanceof Date) {
    const d = readDate(v);
    return d.ok ? d.value : readText(v);
  }
  return readText(v);
}

type DateCell = { readonly value: CellValue; readonly cell: string };

export type ActivityDates = {
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly timeframe: string | null;
  /** How the timeframe words were read, or null when there were none or they were not understood. */
  readonly how: TimeframeKind | null;
  /** Cells not understood, with their text. */
  readonly problems: readonly { cell: string; text: string; reason: NotUnderstoodReason }[];
};

/** One start or end cell: a date, a year, or a period in words (its first or last day). */
function oneDate(
  c: DateCell,
  side: "start" | "end",
  plan: PlanPeriod | undefined,
): IsoDate | null | undefined {
  const text = timeframeText(c.value);
  if (text === null) return null;
  if (!isYear(c.value)) {
    const d = readDate(c.value);
    if (d.ok) return d.value;
  }
  const words = parseTimeframe(text, plan);
  const date = words ? words[side] : null;
  return date ?? undefined;
}

/**
 * The activity's dates. Its own start and end cells win over the timeframe words;
 * the words fill what the cells leave empty. Anything not understood is listed and
 * leaves its date empty.
 */
export function activityDates(
  timeframe: DateCell | null,
  start: DateCell | null,
  end: DateCell | null,
  plan: PlanPeriod | undefined,
): ActivityDates {
  const problems: { cell: string; text: string; reason: NotUnderstoodReason }[] = [];
  const words = timeframe ? timeframeText(timeframe.value) : null;
  let fromWords: { start: IsoDate | null; end: IsoDate | null } = { start: null, end: null };
  let how: TimeframeKind | null = null;
  if (timeframe && words !== null) {
    const parsed = readTimeframe(words, plan);
    if (parsed) {
      fromWords = parsed;
      how = parsed.kind;
    } else problems.push({ cell: timeframe.cell, text: words, reason: "timeframe" });
  }
  const own = (c: DateCell | null, side: "start" | "end"): IsoDate | null => {
    if (!c) return null;
    const d = oneDate(c, side, plan);
    if (d === undefined) {
      problems.push({ cell: c.cell, text: timeframeText(c.value) ?? "", reason: side });
      return null;
    }
    return d;
  };
  const ownStart = own(start, "start");
  const ownEnd = own(end, "end");
  return {
    start: ownStart ?? fromWords.start,
    end: ownEnd ?? fromWords.end,
    timeframe: words,
    how,
    problems,
  };
}

/**
 * The one definition of a deviation (avvikelse), used by the checks (an action is due
 * at each one) and by the summaries (the deviations listed): an activity delayed,
 * overdue or over budget, an indicator value not met or worse than the baseline
 * (docs/findings.md "Dates, order and the choices we made", docs/reports.md).
 */
import type { IsoDate } from "../dates";
import type { Assessment, Direction, Status } from "../choices";

export type ActivityDeviationKind = "delayed" | "overdue" | "overBudget";
export type IndicatorDeviationKind = "notMet" | "worseThanBaseline";

/** An activity's state at a cut-off: its status ("unreported" without a follow-up) and amounts. */
export type ActivityFacts = {
  readonly status: Status | "unreported" | null;
  readonly end: IsoDate | null;
  readonly budget: number | null;
  readonly outcome: number | null;
  /** The forecast as reported (not the budget standing in for it). */
  readonly forecast: number | null;
};

/** Delayed: the status is Försenad / Delayed. */
export function isDelayed(status: ActivityFacts["status"]): boolean {
  return status === "delayed";
}

/** Overdue: the end date is before the cut-off and the activity is neither done nor cancelled. */
export function isOverdue(end: IsoDate | null, status: ActivityFacts["status"], cutoff: IsoDate): boolean {
  return end !== null && end < cutoff && status !== "done" && status !== "cancelled";
}

/** Over budget: the reported forecast or the outcome exceeds the budget. */
export function isOverBudget(a: Pick<ActivityFacts, "budget" | "outcome" | "forecast">): boolean {
  if (a.budget === null) return false;
  return (a.forecast !== null && a.forecast > a.budget) || (a.outcome !== null && a.outcome > a.budget);
}

/** An activity's deviations at a cut-off, in the order delayed, overdue, over budget. */
export function activityDeviations(a: ActivityFacts, cutoff: IsoDate | null): ActivityDeviationKind[] {
  const out: ActivityDeviationKind[] = [];
  if (isDelayed(a.status)) out.push("delayed");
  if (cutoff !== null && isOverdue(a.end, a.status, cutoff)) out.push("overdue");
  if (isOverBudget(a)) out.push("overBudget");
  return out;
}

/** The gap between women and men, when both are known. */
export function gapOf(women: number | null, men: number | null): number | null {
  return women !== null && men !== null ? Math.abs(women - men) : null;
}

/** The value a goal is judged by: the gap for Utjämna, otherwise the total. */
export function judgedValue(
  direction: Direction | null,
  total: number | null,
  gap: number | null,
): number | null {
  return direction === "closeGap" ? gap : total;
}

/**
 * The computed assessment (docs/reports.md): met at the target, partly met when better
 * than the baseline, else not met; no baseline means met or not met only; no value,
 * target or direction means not assessed.
 */
export function assessValue(
  direction: Direction | null,
  value: number | null,
  baseline: number | null,
  target: number | null,
): Assessment | "notAssessed" {
  if (direction === null || value === null || target === null) return "notAssessed";
  const up = direction === "increase";
  if (up ? value >= target : value <= target) return "met";
  if (baseline !== null && (up ? value > baseline : value < baseline)) return "partlyMet";
  return "notMet";
}

/** Worse than the baseline: below it for Öka, above it for Minska and Utjämna. */
export function isWorseThanBaseline(
  direction: Direction | null,
  value: number | null,
  baseline: number | null,
): boolean {
  if (direction === null || value === null || baseline === null) return false;
  return direction === "increase" ? value < baseline : value > baseline;
}

/** An indicator value with its goal: the manual assessment wins over the computed one. */
export type IndicatorFacts = {
  readonly women: number | null;
  readonly men: number | null;
  readonly total: number | null;
  /** The manual Bedömning, or null. */
  readonly assessment: Assessment | null;
  readonly direction: Direction | null;
  readonly baseline: number | null;
  readonly target: number | null;
};

/** An indicator value's deviations: not met (manual, else computed) and worse than the baseline. */
export function indicatorDeviations(v: IndicatorFacts): IndicatorDeviationKind[] {
  const value = judgedValue(v.direction, v.total, gapOf(v.women, v.men));
  const assessment = v.assessment ?? assessValue(v.direction, value, v.baseline, v.target);
  const out: IndicatorDeviationKind[] = [];
  if (assessment === "notMet") out.push("notMet");
  if (isWorseThanBaseline(v.direction, value, v.baseline)) out.push("worseThanBaseline");
  return out;
}

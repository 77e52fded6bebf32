/**
 * The deviations of a period: delayed and overdue activities, missing follow-ups
 * and budget overruns, each with who is responsible.
 */
import type { IsoDate } from "../dates";
import type { Finding } from "../checks";
import { isDelayed, isOverBudget as isOverBudgetAt } from "../deviation";
import { type Plan } from "../plan";
import { periodCutoffs } from "../periods";
import { followUpsByActivity, latestFollowUp } from "./activityState";
import type { ActivitySummary, Deviation, DeviationKind } from "./summary.types";

const KIND_ORDER: readonly DeviationKind[] = ["delayed", "overdue", "followUpMissing", "overBudget"];

function deviation(kind: DeviationKind, a: ActivitySummary): Deviation {
  return {
    kind,
    activityId: a.id,
    activity: a.activity,
    responsible: a.responsible,
    end: kind === "overdue" ? a.end : null,
    budget: kind === "overBudget" ? a.budget : null,
    outcome: kind === "overBudget" ? a.outcome : null,
    forecast: kind === "overBudget" ? a.forecastReported : null,
  };
}

/**
 * Activities with no follow-up row for this period although they had started by its
 * cut-off and were not already done or cancelled at an earlier period (docs/findings.md,
 * FOLLOWUP_MISSING), together with such findings passed in for this period.
 */
export function missingFollowUps(
  plan: Plan,
  period: { name: string; cutoff: IsoDate },
  activities: readonly ActivitySummary[],
  findings: readonly Finding[],
): Set<string> {
  const cutoffs = periodCutoffs(plan);
  const earlier = new Map([...cutoffs].filter(([, at]) => at < period.cutoff));
  const rows = followUpsByActivity(plan);
  const missing = new Set<string>();
  for (const a of activities) {
    if (a.start === null || a.start > period.cutoff) continue;
    const mine = rows.get(a.id) ?? [];
    if (mine.some((r) => r.period?.trim() === period.name)) continue;
    const before = latestFollowUp(mine, earlier, period.cutoff)?.row.status ?? null;
    if (before === "done" || before === "cancelled") continue;
    missing.add(a.id);
  }
  for (const f of findings) {
    if (f.code !== "FOLLOWUP_MISSING" || !f.refs.includes(period.name)) continue;
    for (const ref of f.refs) if (activities.some((a) => a.id === ref)) missing.add(ref);
  }
  return missing;
}

/** True when the reported forecast or the outcome exceeds the budget (the shared definition, src/core/deviation). */
export function isOverBudget(a: ActivitySummary): boolean {
  return isOverBudgetAt({ budget: a.budget, outcome: a.outcome, forecast: a.forecastReported });
}

/** Every deviation, by kind and then in the order of the Activities table. */
export function deviations(
  plan: Plan,
  period: { name: string; cutoff: IsoDate },
  activities: readonly ActivitySummary[],
  findings: readonly Finding[],
): Deviation[] {
  const missing = missingFollowUps(plan, period, activities, findings);
  const test: Record<DeviationKind, (a: ActivitySummary) => boolean> = {
    delayed: (a) => isDelayed(a.state),
    overdue: (a) => a.overdue,
    followUpMissing: (a) => missing.has(a.id),
    overBudget: isOverBudget,
  };
  return KIND_ORDER.flatMap((kind) => activities.filter(test[kind]).map((a) => deviation(kind, a)));
}

/**
 * The summary of one period (docs/reports.md): interim summaries look forward, annual
 * ones look back and add the change since the previous annual period; the last
 * annual period of the plan also sums up the whole plan.
 */
import type { IsoDate } from "../dates";
import type { Finding } from "../checks";
import { type Plan } from "../plan";
import { findPeriod, type Period, periodsOf } from "../periods";
import { activityStates } from "./activityState";
import { chainSummary } from "./chain";
import { articleSummaries, budgetTotals, countAssessments, countStates } from "./aggregate";
import { deviations } from "./deviations";
import { goalSummaries } from "./goalValue";
import type {
  ActivitySummary,
  ChangeSincePrevious,
  GoalSummary,
  Summary,
  WholePlanResult,
} from "./summary.types";

function previousAnnual(plan: Plan, cutoff: IsoDate): Period | null {
  let best: Period | null = null;
  for (const p of periodsOf(plan)) {
    if (p.type === "annual" && p.cutoff < cutoff && (best === null || p.cutoff > best.cutoff)) best = p;
  }
  return best;
}

/** True for the plan's last annual period: no later one, and not before the plan's last year. */
function isLastAnnual(plan: Plan, period: Period): boolean {
  if (period.type !== "annual") return false;
  if (periodsOf(plan).some((p) => p.type === "annual" && p.cutoff > period.cutoff)) return false;
  const end = plan.facts.periodEnd;
  return end === null || period.cutoff.slice(0, 4) >= end.slice(0, 4);
}

function changeSince(
  previous: Period,
  before: { activities: readonly ActivitySummary[]; goals: readonly GoalSummary[] },
  now: { activities: readonly ActivitySummary[]; goals: readonly GoalSummary[] },
): ChangeSincePrevious {
  const done = (list: readonly ActivitySummary[]): number => list.filter((a) => a.state === "done").length;
  const outcome = (list: readonly ActivitySummary[]): number =>
    list.reduce((s, a) => s + (a.outcome ?? 0), 0);
  const met = (list: readonly GoalSummary[]): number => list.filter((g) => g.assessment === "met").length;
  return {
    previous: { name: previous.name, cutoff: previous.cutoff },
    done: { before: done(before.activities), now: done(now.activities) },
    outcome: { before: outcome(before.activities), now: outcome(now.activities) },
    goalsMet: { before: met(before.goals), now: met(now.goals) },
    goals: now.goals.map((g) => {
      const old = before.goals.find((b) => b.id === g.id);
      return {
        id: g.id,
        before: old?.value ?? null,
        now: g.value,
        assessmentBefore: old?.assessment ?? "notAssessed",
        assessmentNow: g.assessment,
      };
    }),
  };
}

function improved(g: GoalSummary): boolean | null {
  if (g.baseline === null || g.value === null || g.direction === null) return null;
  return g.direction === "increase" ? g.value > g.baseline : g.value < g.baseline;
}

function wholePlan(
  plan: Plan,
  activities: readonly ActivitySummary[],
  goals: readonly GoalSummary[],
): WholePlanResult {
  const judged = goals.map(improved).filter((x): x is boolean => x !== null);
  return {
    start: plan.facts.periodStart,
    end: plan.facts.periodEnd,
    activities: activities.length,
    done: activities.filter((a) => a.state === "done").length,
    cancelled: activities.filter((a) => a.state === "cancelled").length,
    notDone: activities
      .filter((a) => a.state !== "done" && a.state !== "cancelled")
      .map((a) => ({ id: a.id, activity: a.activity })),
    budget: activities.reduce((s, a) => s + (a.budget ?? 0), 0),
    outcome: activities.reduce((s, a) => s + (a.outcome ?? 0), 0),
    goalsComparable: judged.length,
    goalsImproved: judged.filter((x) => x).length,
    goalsMet: goals.filter((g) => g.assessment === "met").length,
    goals: goals.length,
  };
}

/**
 * The summary of the named period, or null when the plan has no such period (or
 * it has no cut-off). `findings` are the findings as of the period's cut-off.
 */
export function summarise(plan: Plan, periodName: string, findings: readonly Finding[]): Summary | null {
  const period = findPeriod(plan, periodName);
  if (period === null) return null;
  const activities = activityStates(plan, period.cutoff);
  const goals = goalSummaries(plan, period.cutoff);
  const previous = period.type === "annual" ? previousAnnual(plan, period.cutoff) : null;
  const change =
    previous === null
      ? null
      : changeSince(
          previous,
          { activities: activityStates(plan, previous.cutoff), goals: goalSummaries(plan, previous.cutoff) },
          { activities, goals },
        );
  return {
    period,
    organisation: plan.facts.organisation,
    planName: plan.facts.planName,
    currency: plan.facts.currency || "SEK",
    charterVersion: plan.facts.charterVersion,
    planStart: plan.facts.periodStart,
    planEnd: plan.facts.periodEnd,
    activities,
    byStatus: countStates(activities),
    budget: budgetTotals(activities),
    articles: articleSummaries(plan, goals, activities),
    goals,
    byAssessment: countAssessments(goals),
    deviations: deviations(plan, period, activities, findings),
    change,
    wholePlan: isLastAnnual(plan, period) ? wholePlan(plan, activities, goals) : null,
    findings,
    chain: chainSummary(plan, period.cutoff, goals, activities),
  };
}

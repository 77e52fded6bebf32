/**
 * The summary along the chain of governance (docs/reports.md, "Per national sub-goal"):
 * the goals and activities under each of the six national gender-equality sub-goals,
 * their status and assessment, and every deviation (src/core/deviation, the one
 * definition the checks use too) with its action. Only for a plan whose Goals table
 * has the National sub-goal column; an older plan's summary stays as it was.
 */
import type { IsoDate } from "../dates";
import { activityDeviations, hasAction, indicatorDeviations } from "../deviation";
import { NATIONAL_GOALS, type NationalGoalNumber } from "../nationalGoals";
import { type Plan } from "../plan";
import { periodCutoffs } from "../periods";
import { followUpsByActivity, latestFollowUp, uniqueSorted } from "./activityState";
import { countAssessments, countStates } from "./aggregate";
import { latestIndicatorRow } from "./goalValue";
import type {
  ActivitySummary,
  ChainDeviation,
  ChainSummary,
  GoalLink,
  GoalSummary,
  SubGoalResult,
} from "./summary.types";

/** True when the plan's Goals table has the National sub-goal column. */
export function hasNationalGoals(plan: Plan): boolean {
  return plan.goals.table.columns.nationalGoals !== undefined;
}

/** Each goal's sub-goals and regional goal (the first row of an ID wins). */
function goalLinks(plan: Plan): GoalLink[] {
  const seen = new Set<string>();
  const out: GoalLink[] = [];
  for (const g of plan.goals.rows) {
    const id = g.id?.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const regional = g.regionalGoal?.trim() || null;
    out.push({
      id,
      nationalGoals: uniqueSorted(g.nationalGoals) as NationalGoalNumber[],
      regionalGoal: regional,
    });
  }
  return out;
}

type Row = { readonly action: string | null; readonly comment: string | null };

/** The action of a row: its Åtgärd, else its comment when that states one. */
function actionOf(row: Row | null): { action: string | null; actionInComment: boolean } {
  if (row === null || !hasAction(row)) return { action: null, actionInComment: false };
  const written = row.action?.trim();
  if (written) return { action: written, actionInComment: false };
  return { action: row.comment?.trim() ?? null, actionInComment: true };
}

/** Deviating goals (by their latest indicator row), then deviating activities, in table order. */
function chainDeviations(
  plan: Plan,
  cutoff: IsoDate,
  goals: readonly GoalSummary[],
  activities: readonly ActivitySummary[],
  subGoalsOf: (goalId: string | null) => readonly NationalGoalNumber[],
): ChainDeviation[] {
  const cutoffs = periodCutoffs(plan);
  const out: ChainDeviation[] = [];
  for (const g of goals) {
    const latest = latestIndicatorRow(plan.indicatorValues.rows, cutoffs, g.id, cutoff);
    if (latest === null) continue;
    const kinds = indicatorDeviations({
      women: g.women,
      men: g.men,
      total: g.total,
      assessment: latest.row.assessment,
      direction: g.direction,
      baseline: g.baseline,
      target: g.target,
    });
    if (kinds.length === 0) continue;
    const { responsible } = g;
    const base = { on: "goal", id: g.id, name: g.goal ?? g.indicator, responsible, kinds } as const;
    out.push({ ...base, nationalGoals: subGoalsOf(g.id), ...actionOf(latest.row) });
  }
  const followUps = followUpsByActivity(plan);
  for (const a of activities) {
    const facts = { status: a.state, end: a.end, budget: a.budget, outcome: a.outcome };
    const kinds = activityDeviations({ ...facts, forecast: a.forecastReported }, cutoff);
    if (kinds.length === 0) continue;
    const latest = latestFollowUp(followUps.get(a.id) ?? [], cutoffs, cutoff);
    const base = { on: "activity", id: a.id, name: a.activity, responsible: a.responsible, kinds } as const;
    out.push({ ...base, nationalGoals: subGoalsOf(a.goalId), ...actionOf(latest?.row ?? null) });
  }
  return out;
}

function result(
  number: NationalGoalNumber | null,
  goals: readonly GoalSummary[],
  activities: readonly ActivitySummary[],
  deviations: readonly ChainDeviation[],
): SubGoalResult {
  return {
    number,
    goals: goals.map((g) => g.id),
    activities: activities.map((a) => a.id),
    byStatus: countStates(activities),
    byAssessment: countAssessments(goals),
    deviations: deviations.length,
    withoutAction: deviations.filter((d) => d.action === null).length,
  };
}

/** The summary per national sub-goal, or null for a plan without the National sub-goal column. */
export function chainSummary(
  plan: Plan,
  cutoff: IsoDate,
  goals: readonly GoalSummary[],
  activities: readonly ActivitySummary[],
): ChainSummary | null {
  if (!hasNationalGoals(plan)) return null;
  const links = goalLinks(plan);
  const byGoal = new Map(links.map((l) => [l.id, l.nationalGoals]));
  const subGoalsOf = (goalId: string | null): readonly NationalGoalNumber[] =>
    goalId === null ? [] : (byGoal.get(goalId) ?? []);
  const deviations = chainDeviations(plan, cutoff, goals, activities, subGoalsOf);
  const group = (number: NationalGoalNumber | null): SubGoalResult => {
    const mine = (list: readonly NationalGoalNumber[]): boolean =>
      number === null ? list.length === 0 : list.includes(number);
    return result(
      number,
      goals.filter((g) => mine(subGoalsOf(g.id))),
      activities.filter((a) => mine(subGoalsOf(a.goalId))),
      deviations.filter((d) => mine(d.nationalGoals)),
    );
  };
  const without = group(null);
  return {
    subGoals: NATIONAL_GOALS.map((n) => group(n.number)),
    withoutSubGoal: without.goals.length + without.activities.length > 0 ? without : null,
    links,
    deviations,
  };
}

/**
 * The state of each activity at a cut-off (docs/reports.md, "Rules of computation"):
 * its latest follow-up row whose period's cut-off is on or before the cut-off.
 */
import type { IsoDate } from "../dates";
import { type FollowUpRow, type Plan } from "../plan";
import { periodCutoffs } from "../periods";
import { isOverdue } from "../deviation";
import type { ActivitySummary } from "./summary.types";

/**
 * The latest follow-up row of an activity as of a cut-off. Rows without a status
 * (unreadable) and rows of unknown periods are skipped; of two rows at the same
 * cut-off the first counts (the checks flag the second as a duplicate).
 */
export function latestFollowUp(
  rows: readonly FollowUpRow[],
  cutoffs: ReadonlyMap<string, IsoDate>,
  cutoff: IsoDate,
): { row: FollowUpRow; period: string } | null {
  let best: { row: FollowUpRow; period: string; cutoff: IsoDate } | null = null;
  for (const row of rows) {
    if (row.status === null) continue;
    const period = row.period?.trim() ?? "";
    const at = cutoffs.get(period);
    if (at === undefined || at > cutoff) continue;
    if (best === null || at > best.cutoff) best = { row, period, cutoff: at };
  }
  return best ? { row: best.row, period: best.period } : null;
}

/** Follow-up rows grouped by activity ID (trimmed). */
export function followUpsByActivity(plan: Plan): ReadonlyMap<string, FollowUpRow[]> {
  const map = new Map<string, FollowUpRow[]>();
  for (const row of plan.followUp.rows) {
    const id = row.activityId?.trim();
    if (!id) continue;
    const list = map.get(id) ?? [];
    list.push(row);
    map.set(id, list);
  }
  return map;
}

/** The articles of each goal by its ID (the first row of an ID wins). */
export function goalArticles(plan: Plan): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, readonly number[]>();
  for (const g of plan.goals.rows) {
    const id = g.id?.trim();
    if (id && !map.has(id)) map.set(id, uniqueSorted(g.articles));
  }
  return map;
}

/** Article numbers once each, in order. */
export function uniqueSorted(numbers: readonly number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/**
 * Every activity with an ID (the first row of a duplicated ID) as of the cut-off:
 * state, outcome and forecast from its latest follow-up row, a missing forecast
 * counting as the budget, deviation = budget − forecast.
 */
export function activityStates(plan: Plan, cutoff: IsoDate): ActivitySummary[] {
  const cutoffs = periodCutoffs(plan);
  const followUps = followUpsByActivity(plan);
  const articlesOf = goalArticles(plan);
  const seen = new Set<string>();
  const out: ActivitySummary[] = [];
  for (const a of plan.activities.rows) {
    const id = a.id?.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const latest = latestFollowUp(followUps.get(id) ?? [], cutoffs, cutoff);
    const state = latest?.row.status ?? "unreported";
    const forecastReported = latest?.row.forecast ?? null;
    const forecast = forecastReported ?? a.budget;
    const goalId = a.goalId?.trim() || null;
    out.push({
      id,
      goalId,
      activity: a.activity,
      responsible: a.responsible,
      start: a.start,
      end: a.end,
      budget: a.budget,
      state,
      reportedAt: latest?.period ?? null,
      outcome: latest?.row.outcome ?? null,
      forecastReported,
      forecast,
      deviation: a.budget !== null && forecast !== null ? a.budget - forecast : null,
      comment: latest?.row.comment ?? null,
      articles: goalId ? (articlesOf.get(goalId) ?? []) : [],
      overdue: isOverdue(a.end, state, cutoff),
    });
  }
  return out;
}

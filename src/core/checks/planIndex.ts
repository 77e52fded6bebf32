/**
 * Lookup maps over a read plan, built once per check run so that every check is
 * linear in the size of the plan. The first row of a duplicated ID is the one
 * the maps hold (later rows are flagged as ID_DUPLICATE).
 */
import type { IsoDate } from "../dates";
import type { Status } from "../choices";
import type { ActivityRow, ArticleRow, FollowUpRow, GoalRow, PeriodRow, Plan } from "../plan";

export type PlanIndex = {
  readonly goalsById: ReadonlyMap<string, GoalRow>;
  readonly activitiesById: ReadonlyMap<string, ActivityRow>;
  readonly periodsByName: ReadonlyMap<string, PeriodRow>;
  /** Activities by the Goal ID they name, in sheet order. */
  readonly activitiesByGoal: ReadonlyMap<string, readonly ActivityRow[]>;
  /** Goals (with an ID) by each article they name, in sheet order, once per goal. */
  readonly goalsByArticle: ReadonlyMap<number, readonly GoalRow[]>;
  /** Follow-up rows by Activity ID, in sheet order. */
  readonly followUpByActivity: ReadonlyMap<string, readonly FollowUpRow[]>;
  /** Article numbers listed in the Articles table, each with its first row. */
  readonly articleRows: ReadonlyMap<number, ArticleRow>;
  /** Prioritised article numbers, each with the first row that marks it. */
  readonly prioritised: ReadonlyMap<number, ArticleRow>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function firstBy<R, K>(rows: readonly R[], key: (r: R) => K | null): Map<K, R> {
  const map = new Map<K, R>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null && !map.has(k)) map.set(k, r);
  }
  return map;
}

/** The lookup maps of a plan. */
export function indexPlan(plan: Plan): PlanIndex {
  const activitiesByGoal = new Map<string, ActivityRow[]>();
  for (const a of plan.activities.rows) if (a.goalId !== null) push(activitiesByGoal, a.goalId, a);
  const goalsByArticle = new Map<number, GoalRow[]>();
  for (const g of plan.goals.rows) {
    if (g.id === null) continue;
    for (const n of new Set(g.articles)) push(goalsByArticle, n, g);
  }
  const followUpByActivity = new Map<string, FollowUpRow[]>();
  for (const f of plan.followUp.rows) if (f.activityId !== null) push(followUpByActivity, f.activityId, f);
  return {
    goalsById: firstBy(plan.goals.rows, (g) => g.id),
    activitiesById: firstBy(plan.activities.rows, (a) => a.id),
    periodsByName: firstBy(plan.periods.rows, (p) => p.period),
    activitiesByGoal,
    goalsByArticle,
    followUpByActivity,
    articleRows: firstBy(plan.articles.rows, (a) => a.article),
    prioritised: firstBy(plan.articles.rows, (a) => (a.prioritised === true ? a.article : null)),
  };
}

/** A follow-up row with the cut-off of its period. */
export type DatedFollowUp = { readonly row: FollowUpRow; readonly cutoff: IsoDate };

/**
 * The latest of an activity's follow-up rows as of a date: the row whose period's
 * cut-off is latest on or before the date (on a tie, the lower row in the sheet).
 * Rows naming an unknown period, or a period without a cut-off, do not count.
 */
export function latestAsOf(
  index: PlanIndex,
  activityId: string,
  date: IsoDate,
  accept: (row: FollowUpRow) => boolean = () => true,
): DatedFollowUp | null {
  let best: DatedFollowUp | null = null;
  for (const row of index.followUpByActivity.get(activityId) ?? []) {
    const cutoff = row.period === null ? null : (index.periodsByName.get(row.period)?.cutoff ?? null);
    if (cutoff === null || cutoff > date || !accept(row)) continue;
    if (best === null || cutoff >= best.cutoff) best = { row, cutoff };
  }
  return best;
}

/** True for a status that ends an activity's follow-up. */
export function isClosed(status: Status | null): boolean {
  return status === "done" || status === "cancelled";
}

/**
 * Article coverage for the coverage matrix: for every article of the plan's Charter
 * version, whether it is prioritised and which goals and activities serve it.
 */
import { type AreaId, areaOf, articlesOf, articleTitle } from "../charter";
import type { Lang } from "../language";
import type { Plan } from "../plan";

/**
 * - covered: prioritised, with goals that all have activities;
 * - noGoal: prioritised without a goal;
 * - goalWithoutActivity: prioritised, but a goal of it has no activity;
 * - notPrioritisedWithGoals: goals name it but it is not prioritised;
 * - notPrioritised: neither prioritised nor named by a goal.
 */
export type CoverageState =
  "covered" | "noGoal" | "goalWithoutActivity" | "notPrioritisedWithGoals" | "notPrioritised";

export type ArticleCoverage = {
  readonly number: number;
  readonly title: string;
  readonly areaId: AreaId | null;
  /** The area's name in the requested language ("" when none). */
  readonly area: string;
  readonly prioritised: boolean;
  /** Goals naming the article, in sheet order. */
  readonly goalIds: readonly string[];
  /** Activities of those goals, in sheet order, each once. */
  readonly activityIds: readonly string[];
  /** Those of the goals that have no activity. */
  readonly goalsWithoutActivity: readonly string[];
  readonly state: CoverageState;
};

export type CoverageCounts = Readonly<Record<CoverageState, number>> & {
  readonly articles: number;
  readonly prioritised: number;
};

function stateOf(prioritised: boolean, goals: number, goalsWithoutActivity: number): CoverageState {
  if (!prioritised) return goals > 0 ? "notPrioritisedWithGoals" : "notPrioritised";
  if (goals === 0) return "noGoal";
  return goalsWithoutActivity > 0 ? "goalWithoutActivity" : "covered";
}

/** One row per article of the plan's Charter version, in article order. Goals without an ID are left out. */
export function articleCoverage(plan: Plan, lang: Lang = plan.lang): ArticleCoverage[] {
  const prioritised = new Set<number>();
  for (const a of plan.articles.rows)
    if (a.article !== null && a.prioritised === true) prioritised.add(a.article);
  const goalsByArticle = new Map<number, string[]>();
  const seenGoals = new Set<string>();
  for (const g of plan.goals.rows) {
    if (g.id === null || seenGoals.has(g.id)) continue;
    seenGoals.add(g.id);
    for (const n of new Set(g.articles)) {
      const list = goalsByArticle.get(n);
      if (list) list.push(g.id);
      else goalsByArticle.set(n, [g.id]);
    }
  }
  const activitiesByGoal = new Map<string, Set<string>>();
  for (const a of plan.activities.rows) {
    if (a.id === null || a.goalId === null) continue;
    const set = activitiesByGoal.get(a.goalId);
    if (set) set.add(a.id);
    else activitiesByGoal.set(a.goalId, new Set([a.id]));
  }
  return articlesOf(plan.facts.charterVersion).map(({ number }) => {
    const goalIds = goalsByArticle.get(number) ?? [];
    const activityIds = [...new Set(goalIds.flatMap((g) => [...(activitiesByGoal.get(g) ?? [])]))];
    const goalsWithoutActivity = goalIds.filter((g) => !activitiesByGoal.has(g));
    const area = areaOf(number);
    const isPrioritised = prioritised.has(number);
    return {
      number,
      title: articleTitle(number, lang),
      areaId: area ? area.id : null,
      area: area ? area[lang] : "",
      prioritised: isPrioritised,
      goalIds,
      activityIds,
      goalsWithoutActivity,
      state: stateOf(isPrioritised, goalIds.length, goalsWithoutActivity.length),
    };
  });
}

/** How many articles are in each state, with the totals of articles and prioritised ones. */
export function coverageCounts(rows: readonly ArticleCoverage[]): CoverageCounts {
  const counts: Record<CoverageState, number> = {
    covered: 0,
    noGoal: 0,
    goalWithoutActivity: 0,
    notPrioritisedWithGoals: 0,
    notPrioritised: 0,
  };
  for (const r of rows) counts[r.state] += 1;
  return { ...counts, articles: rows.length, prioritised: rows.filter((r) => r.prioritised).length };
}

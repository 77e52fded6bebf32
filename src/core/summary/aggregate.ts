/**
 * Sums over activities and goals: counts by status and assessment, budget totals,
 * and the figures per article.
 */
import type { Plan } from "../plan";
import {
  ASSESSMENT_ORDER,
  STATE_ORDER,
  type ActivityState,
  type ActivitySummary,
  type ArticleSummary,
  type AssessmentCounts,
  type BudgetTotals,
  type GoalAssessment,
  type GoalSummary,
  type StatusCounts,
} from "./summary.types";

/** How many activities are in each state (every state present, zero included). */
export function countStates(activities: readonly ActivitySummary[]): StatusCounts {
  const counts = Object.fromEntries(STATE_ORDER.map((s) => [s, 0])) as Record<ActivityState, number>;
  for (const a of activities) counts[a.state] += 1;
  return counts;
}

/** How many goals have each assessment (zero included). */
export function countAssessments(goals: readonly GoalSummary[]): AssessmentCounts {
  const counts = Object.fromEntries(ASSESSMENT_ORDER.map((s) => [s, 0])) as Record<GoalAssessment, number>;
  for (const g of goals) counts[g.assessment] += 1;
  return counts;
}

/**
 * Budget, outcome and forecast summed over activities; a missing budget or outcome
 * counts 0, a missing forecast the budget; deviation = budget − forecast.
 */
export function budgetTotals(activities: readonly ActivitySummary[]): BudgetTotals {
  let budget = 0;
  let outcome = 0;
  let forecast = 0;
  let withoutBudget = 0;
  for (const a of activities) {
    budget += a.budget ?? 0;
    outcome += a.outcome ?? 0;
    forecast += a.forecast ?? 0;
    if (a.budget === null) withoutBudget += 1;
  }
  return { budget, outcome, forecast, deviation: budget - forecast, withoutBudget };
}

/**
 * Every article that is prioritised or named by a goal, in article order; an
 * activity whose goal names several articles counts under each of them.
 */
export function articleSummaries(
  plan: Plan,
  goals: readonly GoalSummary[],
  activities: readonly ActivitySummary[],
): ArticleSummary[] {
  const prioritised = new Set<number>();
  const titles = new Map<number, string>();
  for (const a of plan.articles.rows) {
    if (a.article === null) continue;
    if (a.prioritised === true) prioritised.add(a.article);
    const title = a.title?.trim();
    if (title && !titles.has(a.article)) titles.set(a.article, title);
  }
  const numbers = new Set<number>(prioritised);
  for (const g of goals) for (const n of g.articles) numbers.add(n);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((article) => {
      const mine = activities.filter((a) => a.articles.includes(article));
      return {
        article,
        title: titles.get(article) ?? null,
        prioritised: prioritised.has(article),
        goals: goals.filter((g) => g.articles.includes(article)).length,
        activities: mine.length,
        byStatus: countStates(mine),
        budget: mine.reduce((sum, a) => sum + (a.budget ?? 0), 0),
        outcome: mine.reduce((sum, a) => sum + (a.outcome ?? 0), 0),
        forecast: mine.reduce((sum, a) => sum + (a.forecast ?? 0), 0),
      };
    });
}

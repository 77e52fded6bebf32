/**
 * The figures behind the follow-up charts, computed once from a summary: the summary
 * sheet's chart tables and the task pane's charts are both drawn from this, so the
 * two always show the same numbers.
 */
import type { NationalGoalNumber } from "../nationalGoals";
import type { Direction } from "../choices";
import {
  ASSESSMENT_ORDER,
  STATE_ORDER,
  type ActivityState,
  type AssessmentCounts,
  type GoalAssessment,
  type StatusCounts,
  type Summary,
} from "./summary.types";

/** Activities by state in one article. */
export type ArticleStatus = { readonly article: number; readonly counts: StatusCounts };

/** Budget, outcome and forecast of one article's activities (or of all of them). */
export type MoneyFigures = { readonly budget: number; readonly outcome: number; readonly forecast: number };

/** Women and men of one goal's latest measurement, with what the goal aims at. */
export type GenderFigures = {
  readonly goalId: string;
  readonly unit: string | null;
  readonly direction: Direction | null;
  readonly women: number | null;
  readonly men: number | null;
  /** Total for Öka/Minska (and no direction), gap for Utjämna: what the target is compared with. */
  readonly value: number | null;
  readonly target: number | null;
};

/** Goals by assessment under one national sub-goal (null: the goals without one). */
export type SubGoalFigures = {
  readonly number: NationalGoalNumber | null;
  readonly counts: AssessmentCounts;
};

export type SummaryChartData = {
  /** The states that occur in some article with activities, in STATE_ORDER. */
  readonly states: readonly ActivityState[];
  /** Articles with at least one activity, in article order (an activity counts under each of its goal's articles). */
  readonly status: readonly ArticleStatus[];
  /** The states of all the plan's activities, each counted once (with or without an article). */
  readonly totalStates: readonly ActivityState[];
  readonly statusTotal: StatusCounts;
  /** The same articles as `status`. */
  readonly money: readonly (MoneyFigures & { readonly article: number })[];
  readonly moneyTotal: MoneyFigures;
  /** Goals with women or men measured, in the Goals table's order. */
  readonly gender: readonly GenderFigures[];
  /** The sub-goals the plan touches, then the goals without one; empty for a plan without the column. */
  readonly subGoals: readonly SubGoalFigures[];
  /** The assessments that occur among them, in ASSESSMENT_ORDER. */
  readonly assessments: readonly GoalAssessment[];
};

function subGoalFigures(s: Summary): SubGoalFigures[] {
  const c = s.chain;
  if (c === null) return [];
  const groups = [...c.subGoals, ...(c.withoutSubGoal ? [c.withoutSubGoal] : [])];
  return groups.filter((r) => r.goals.length > 0).map((r) => ({ number: r.number, counts: r.byAssessment }));
}

/** What the follow-up charts show for a summary; empty lists when there is nothing to draw. */
export function summaryChartData(s: Summary): SummaryChartData {
  const withActivities = s.articles.filter((a) => a.activities > 0);
  const subGoals = subGoalFigures(s);
  return {
    states: STATE_ORDER.filter((st) => withActivities.some((a) => a.byStatus[st] > 0)),
    status: withActivities.map((a) => ({ article: a.article, counts: a.byStatus })),
    totalStates: STATE_ORDER.filter((st) => s.byStatus[st] > 0),
    statusTotal: s.byStatus,
    money: withActivities.map((a) => ({
      article: a.article,
      budget: a.budget,
      outcome: a.outcome,
      forecast: a.forecast,
    })),
    moneyTotal: { budget: s.budget.budget, outcome: s.budget.outcome, forecast: s.budget.forecast },
    gender: s.goals
      .filter((g) => g.women !== null || g.men !== null)
      .map((g) => ({
        goalId: g.id,
        unit: g.unit,
        direction: g.direction,
        women: g.women,
        men: g.men,
        value: g.value,
        target: g.target,
      })),
    subGoals,
    assessments: ASSESSMENT_ORDER.filter((a) => subGoals.some((g) => g.counts[a] > 0)),
  };
}

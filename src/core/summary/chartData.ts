/**
 * The figures behind the follow-up charts, computed once from a summary: the summary
 * sheet's chart tables and the task pane's charts are both drawn from this, so the
 * two always show the same numbers.
 */
import type { Direction } from "../plan";
import { STATE_ORDER, type ActivityState, type StatusCounts, type Summary } from "./summary.types";

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
};

/** What the follow-up charts show for a summary; empty lists when there is nothing to draw. */
export function summaryChartData(s: Summary): SummaryChartData {
  const withActivities = s.articles.filter((a) => a.activities > 0);
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
  };
}

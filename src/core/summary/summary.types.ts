/**
 * The summary of one period (docs/reports.md) as data: everything the JSON, the text and
 * the sheet need, computed once so that the three always agree.
 */
import type { IsoDate } from "../dates";
import type { Finding } from "../checks";
import type { NationalGoalNumber } from "../nationalGoals";
import type { Direction, Status } from "../choices";
import type { CharterVersion } from "../plan";
import type { Period } from "../periods";

/** An activity's state at the cut-off: a status, or no follow-up row at all yet. */
export type ActivityState = Status | "unreported";

export type GoalAssessment = "met" | "partlyMet" | "notMet" | "notAssessed";

/** Where an assessment came from: the user's Bedömning, the rules, or neither. */
export type AssessmentSource = "manual" | "computed" | "none";

/** One activity as of the cut-off. */
export type ActivitySummary = {
  readonly id: string;
  readonly goalId: string | null;
  readonly activity: string | null;
  readonly responsible: string | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly budget: number | null;
  readonly state: ActivityState;
  /** The period of the follow-up row the state comes from (null when unreported). */
  readonly reportedAt: string | null;
  /** Outcome of that row (null when blank or unreported). */
  readonly outcome: number | null;
  /** Forecast as written in that row (null when blank or unreported). */
  readonly forecastReported: number | null;
  /** Forecast used in the sums: the reported one, else the budget. */
  readonly forecast: number | null;
  /** Budget − forecast; null without a budget. */
  readonly deviation: number | null;
  readonly comment: string | null;
  /** The articles of the activity's goal (empty when the goal is unknown). */
  readonly articles: readonly number[];
  /** End date before the cut-off and neither done nor cancelled. */
  readonly overdue: boolean;
};

export type StatusCounts = Readonly<Record<ActivityState, number>>;

export type BudgetTotals = {
  readonly budget: number;
  readonly outcome: number;
  readonly forecast: number;
  /** Budget − forecast: positive is under budget, negative over budget. */
  readonly deviation: number;
  /** How many activities have no budget (counted as 0). */
  readonly withoutBudget: number;
};

export type GoalSummary = {
  readonly id: string;
  readonly articles: readonly number[];
  readonly goal: string | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly direction: Direction | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly responsible: string | null;
  /** The period of the indicator row the values come from. */
  readonly measuredAt: string | null;
  readonly women: number | null;
  readonly men: number | null;
  readonly total: number | null;
  /** |women − men| when both are known. */
  readonly gap: number | null;
  /** Total for Öka/Minska, gap for Utjämna, total when no direction is given. */
  readonly value: number | null;
  readonly assessment: GoalAssessment;
  readonly assessmentSource: AssessmentSource;
  readonly comment: string | null;
};

export type ArticleSummary = {
  readonly article: number;
  /** The title written in the plan's Articles table (Rubrik), if any. */
  readonly title: string | null;
  readonly prioritised: boolean;
  readonly goals: number;
  readonly activities: number;
  readonly byStatus: StatusCounts;
  readonly budget: number;
  readonly outcome: number;
  /** Forecasts summed as in the totals: a missing forecast counts the budget. */
  readonly forecast: number;
};

export type DeviationKind = "delayed" | "overdue" | "followUpMissing" | "overBudget";

export type Deviation = {
  readonly kind: DeviationKind;
  readonly activityId: string;
  readonly activity: string | null;
  readonly responsible: string | null;
  /** Overdue: the end date. */
  readonly end: IsoDate | null;
  /** Over budget: the budget and the amounts that exceed it. */
  readonly budget: number | null;
  readonly outcome: number | null;
  readonly forecast: number | null;
};

export type AssessmentCounts = Readonly<Record<GoalAssessment, number>>;

/** Annual summaries: the change since the previous annual period. */
export type ChangeSincePrevious = {
  readonly previous: { readonly name: string; readonly cutoff: IsoDate };
  readonly done: { readonly before: number; readonly now: number };
  readonly outcome: { readonly before: number; readonly now: number };
  readonly goalsMet: { readonly before: number; readonly now: number };
  readonly goals: readonly {
    readonly id: string;
    readonly before: number | null;
    readonly now: number | null;
    readonly assessmentBefore: GoalAssessment;
    readonly assessmentNow: GoalAssessment;
  }[];
};

/** The last annual period of the plan: the whole plan's result. */
export type WholePlanResult = {
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly activities: number;
  readonly done: number;
  readonly cancelled: number;
  /** Activities neither done nor cancelled at the end. */
  readonly notDone: readonly { readonly id: string; readonly activity: string | null }[];
  readonly budget: number;
  readonly outcome: number;
  /** Goals with a baseline and a value, and how many moved in their direction. */
  readonly goalsComparable: number;
  readonly goalsImproved: number;
  readonly goalsMet: number;
  readonly goals: number;
};

/** A deviation along the chain of governance (src/core/deviation): an activity's or a goal's. */
export type ChainDeviationKind = "delayed" | "overdue" | "overBudget" | "notMet" | "worseThanBaseline";

/** One deviating activity or goal at the cut-off, its kinds, and what will be done about it. */
export type ChainDeviation = {
  readonly on: "activity" | "goal";
  readonly id: string;
  readonly name: string | null;
  readonly responsible: string | null;
  /** In the order delayed, overdue, over budget (activity) or not met, worse than baseline (goal). */
  readonly kinds: readonly ChainDeviationKind[];
  /** The national sub-goals of the goal (the activity's goal); empty when none. */
  readonly nationalGoals: readonly NationalGoalNumber[];
  /** The Åtgärd of the row the state or value comes from; else its comment when that states an action. */
  readonly action: string | null;
  /** True when `action` is the row's comment (the comment states the action). */
  readonly actionInComment: boolean;
};

/** The goals and activities under one national sub-goal (or under none). */
export type SubGoalResult = {
  /** 1–6; null for the goals without a national sub-goal. */
  readonly number: NationalGoalNumber | null;
  /** Goal IDs, in the Goals table's order; none when the plan does not touch the sub-goal. */
  readonly goals: readonly string[];
  /** Activity IDs of those goals, in the Activities table's order. */
  readonly activities: readonly string[];
  readonly byStatus: StatusCounts;
  readonly byAssessment: AssessmentCounts;
  /** How many of the deviations (below) belong here, and how many of them have no action. */
  readonly deviations: number;
  readonly withoutAction: number;
};

/** A goal's place in the chain: its national sub-goals and its regional goal. */
export type GoalLink = {
  readonly id: string;
  readonly nationalGoals: readonly NationalGoalNumber[];
  readonly regionalGoal: string | null;
};

/** The summary per national sub-goal: only for a plan whose Goals table has the column. */
export type ChainSummary = {
  /** All six sub-goals in order; one the plan does not touch has no goals. */
  readonly subGoals: readonly SubGoalResult[];
  /** Goals without a sub-goal, their activities and activities without a known goal; null when none. */
  readonly withoutSubGoal: SubGoalResult | null;
  readonly links: readonly GoalLink[];
  /** Every deviating goal, then every deviating activity, in table order. */
  readonly deviations: readonly ChainDeviation[];
};

export type Summary = {
  readonly period: Period;
  readonly organisation: string | null;
  readonly planName: string | null;
  readonly currency: string;
  readonly charterVersion: CharterVersion;
  readonly planStart: IsoDate | null;
  readonly planEnd: IsoDate | null;
  readonly activities: readonly ActivitySummary[];
  readonly byStatus: StatusCounts;
  readonly budget: BudgetTotals;
  readonly articles: readonly ArticleSummary[];
  readonly goals: readonly GoalSummary[];
  readonly byAssessment: AssessmentCounts;
  readonly deviations: readonly Deviation[];
  /** Annual only: null for interim, or when there is no earlier annual period. */
  readonly change: ChangeSincePrevious | null;
  /** Only for the last annual period of the plan. */
  readonly wholePlan: WholePlanResult | null;
  /** The findings as of the cut-off, as passed in. */
  readonly findings: readonly Finding[];
  /** Per national sub-goal; null when the Goals table has no National sub-goal column (an older plan). */
  readonly chain: ChainSummary | null;
};

/** The order statuses are listed in (sheet, JSON, chart). */
export const STATE_ORDER: readonly ActivityState[] = [
  "notStarted",
  "inProgress",
  "done",
  "delayed",
  "cancelled",
  "unreported",
];

export const ASSESSMENT_ORDER: readonly GoalAssessment[] = ["met", "partlyMet", "notMet", "notAssessed"];

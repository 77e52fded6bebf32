/**
 * The summary as the JSON of docs/reports.md (`report --json`): the fixed fields first,
 * then a few added ones (deviations, change, whole plan, per-activity states).
 */
import type { IsoDate } from "../dates";
import { findingJson, type FindingJson } from "../checks";
import type { Lang } from "../language";
import { nationalGoalName, type NationalGoalNumber } from "../nationalGoals";
import type { PeriodType } from "../choices";
import type {
  ActivityState,
  ChainDeviation,
  ChainSummary,
  ChangeSincePrevious,
  DeviationKind,
  GoalAssessment,
  Summary,
  SubGoalResult,
  WholePlanResult,
} from "./summary.types";

/** One group of the per-sub-goal part: the goals and activities under a sub-goal (or none). */
export type SubGoalJson = {
  readonly goals: readonly string[];
  readonly activities: readonly string[];
  readonly byStatus: Readonly<Record<ActivityState, number>>;
  readonly byAssessment: Readonly<Record<GoalAssessment, number>>;
  readonly deviations: number;
  readonly withoutAction: number;
};

/** The per-sub-goal part (docs/reports.md), present only for a plan with the National sub-goal column. */
export type NationalGoalsJson = {
  readonly subGoals: readonly (SubGoalJson & {
    readonly number: NationalGoalNumber;
    readonly name: string;
    readonly touched: boolean;
  })[];
  readonly withoutSubGoal: SubGoalJson | null;
  readonly deviations: readonly ChainDeviation[];
};

export type SummaryJson = {
  readonly period: { readonly name: string; readonly type: PeriodType; readonly cutoff: IsoDate };
  readonly organisation: string | null;
  readonly plan: string | null;
  readonly currency: string;
  readonly activities: {
    readonly total: number;
    readonly byStatus: Readonly<Record<ActivityState, number>>;
    readonly items: readonly {
      readonly id: string;
      readonly goal: string | null;
      readonly status: ActivityState;
      readonly budget: number | null;
      readonly outcome: number | null;
      readonly forecast: number | null;
      readonly deviation: number | null;
      readonly responsible: string | null;
    }[];
  };
  readonly budget: {
    readonly budget: number;
    readonly outcome: number;
    readonly forecast: number;
    readonly deviation: number;
    readonly withoutBudget: number;
  };
  readonly articles: readonly {
    readonly article: number;
    readonly prioritised: boolean;
    readonly goals: number;
    readonly activities: number;
    readonly done: number;
    readonly budget: number;
    readonly outcome: number;
  }[];
  readonly goals: readonly {
    readonly id: string;
    readonly articles: readonly number[];
    readonly assessment: GoalAssessment;
    readonly women: number | null;
    readonly men: number | null;
    readonly total: number | null;
    readonly gap: number | null;
    readonly value: number | null;
    readonly baseline: number | null;
    readonly target: number | null;
    readonly manual: boolean;
    /** Only with the National sub-goal column. */
    readonly nationalGoals?: readonly NationalGoalNumber[];
    readonly regionalGoal?: string | null;
  }[];
  readonly deviations: readonly {
    readonly kind: DeviationKind;
    readonly activity: string;
    readonly responsible: string | null;
  }[];
  readonly change: ChangeSincePrevious | null;
  readonly wholePlan: WholePlanResult | null;
  readonly findings: readonly FindingJson[];
  /** Only with the National sub-goal column (an older plan's JSON is as it was). */
  readonly nationalGoals?: NationalGoalsJson;
};

function subGoalJson(r: SubGoalResult): SubGoalJson {
  return {
    goals: [...r.goals],
    activities: [...r.activities],
    byStatus: { ...r.byStatus },
    byAssessment: { ...r.byAssessment },
    deviations: r.deviations,
    withoutAction: r.withoutAction,
  };
}

function nationalGoalsJson(c: ChainSummary, lang: Lang): NationalGoalsJson {
  return {
    subGoals: c.subGoals.flatMap((r) =>
      r.number === null
        ? []
        : [
            {
              number: r.number,
              name: nationalGoalName(r.number, lang),
              touched: r.goals.length > 0,
              ...subGoalJson(r),
            },
          ],
    ),
    withoutSubGoal: c.withoutSubGoal === null ? null : subGoalJson(c.withoutSubGoal),
    deviations: c.deviations,
  };
}

/** The summary as docs/reports.md's JSON; absent numbers are null; findings' messages in `lang`. */
export function summaryJson(summary: Summary, lang: Lang): SummaryJson {
  const links = summary.chain?.links;
  const linkOf = (id: string) => {
    const link = links?.find((l) => l.id === id);
    return link ? { nationalGoals: [...link.nationalGoals], regionalGoal: link.regionalGoal } : {};
  };
  return {
    period: { name: summary.period.name, type: summary.period.type, cutoff: summary.period.cutoff },
    organisation: summary.organisation,
    plan: summary.planName,
    currency: summary.currency,
    activities: {
      total: summary.activities.length,
      byStatus: { ...summary.byStatus },
      items: summary.activities.map((a) => ({
        id: a.id,
        goal: a.goalId,
        status: a.state,
        budget: a.budget,
        outcome: a.outcome,
        forecast: a.forecast,
        deviation: a.deviation,
        responsible: a.responsible,
      })),
    },
    budget: { ...summary.budget },
    articles: summary.articles.map((a) => ({
      article: a.article,
      prioritised: a.prioritised,
      goals: a.goals,
      activities: a.activities,
      done: a.byStatus.done,
      budget: a.budget,
      outcome: a.outcome,
    })),
    goals: summary.goals.map((g) => ({
      id: g.id,
      articles: [...g.articles],
      assessment: g.assessment,
      women: g.women,
      men: g.men,
      total: g.total,
      gap: g.gap,
      value: g.value,
      baseline: g.baseline,
      target: g.target,
      manual: g.assessmentSource === "manual",
      ...linkOf(g.id),
    })),
    deviations: summary.deviations.map((d) => ({
      kind: d.kind,
      activity: d.activityId,
      responsible: d.responsible,
    })),
    change: summary.change,
    wholePlan: summary.wholePlan,
    findings: summary.findings.map((f) => findingJson(f, lang)),
    ...(summary.chain === null ? {} : { nationalGoals: nationalGoalsJson(summary.chain, lang) }),
  };
}

/**
 * The summary as the JSON of docs/reports.md (`report --json`): the fixed fields first,
 * then a few added ones (deviations, change, whole plan, per-activity states).
 */
import type { IsoDate } from "../dates";
import { findingJson, type FindingJson } from "../checks";
import type { Lang } from "../language";
import type { PeriodType } from "../plan";
import type {
  ActivityState,
  ChangeSincePrevious,
  DeviationKind,
  GoalAssessment,
  Summary,
  WholePlanResult,
} from "./summary.types";

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
  }[];
  readonly deviations: readonly {
    readonly kind: DeviationKind;
    readonly activity: string;
    readonly responsible: string | null;
  }[];
  readonly change: ChangeSincePrevious | null;
  readonly wholePlan: WholePlanResult | null;
  readonly findings: readonly FindingJson[];
};

/** The summary as docs/reports.md's JSON; absent numbers are null; findings' messages in `lang`. */
export function summaryJson(summary: Summary, lang: Lang): SummaryJson {
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
    })),
    deviations: summary.deviations.map((d) => ({
      kind: d.kind,
      activity: d.activityId,
      responsible: d.responsible,
    })),
    change: summary.change,
    wholePlan: summary.wholePlan,
    findings: summary.findings.map((f) => findingJson(f, lang)),
  };
}

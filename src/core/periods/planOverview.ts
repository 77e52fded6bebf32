/**
 * The Plan view's overview of a read plan: who signed and when, the two-year
 * adoption deadline and whether it is met, the plan period and how much the plan holds.
 */
import { addYears, daysBetween, type IsoDate } from "../dates";
import { TABLES, type TableName } from "../schema";
import { planTables, type Plan } from "../plan";

export type DeadlineState =
  /** Adopted on or before the deadline. */
  | { readonly kind: "met"; readonly deadline: IsoDate; readonly adopted: IsoDate }
  /** Adopted after the deadline. */
  | { readonly kind: "late"; readonly deadline: IsoDate; readonly adopted: IsoDate }
  /** Not adopted; the deadline is the reference date or later. */
  | { readonly kind: "open"; readonly deadline: IsoDate; readonly daysLeft: number }
  /** Not adopted, and the deadline has passed. */
  | { readonly kind: "overdue"; readonly deadline: IsoDate; readonly daysLate: number }
  /** No signing date: no deadline can be told. */
  | { readonly kind: "unknown" };

export type PlanOverview = {
  readonly organisation: string | null;
  readonly planName: string | null;
  readonly signed: IsoDate | null;
  readonly periodStart: IsoDate | null;
  readonly periodEnd: IsoDate | null;
  readonly charterVersion: number;
  readonly deadline: DeadlineState;
  readonly counts: {
    readonly prioritisedArticles: number;
    readonly goals: number;
    readonly activities: number;
    readonly periods: number;
  };
  readonly tablesFound: readonly TableName[];
  readonly tablesMissing: readonly TableName[];
};

/** The two-year adoption deadline (docs/findings.md "Dates") as of a reference date. */
export function deadlineState(
  signed: IsoDate | null,
  adopted: IsoDate | null,
  refDate: IsoDate,
): DeadlineState {
  if (!signed) return { kind: "unknown" };
  const deadline = addYears(signed, 2);
  if (adopted)
    return adopted <= deadline ? { kind: "met", deadline, adopted } : { kind: "late", deadline, adopted };
  const days = daysBetween(refDate, deadline);
  return days >= 0
    ? { kind: "open", deadline, daysLeft: days }
    : { kind: "overdue", deadline, daysLate: -days };
}

/**
 * The overview of a plan as of a reference date.
 * @example planOverview(readPlan(raw), "2026-11-23").counts.goals
 */
export function planOverview(plan: Plan, refDate: IsoDate): PlanOverview {
  const { facts } = plan;
  const found = new Set(
    planTables(plan)
      .filter((t) => t.found !== "missing")
      .map((t) => t.name),
  );
  return {
    organisation: facts.organisation,
    planName: facts.planName,
    signed: facts.signed,
    periodStart: facts.periodStart,
    periodEnd: facts.periodEnd,
    charterVersion: facts.charterVersion,
    deadline: deadlineState(facts.signed, facts.adopted, refDate),
    counts: {
      prioritisedArticles: plan.articles.rows.filter((a) => a.prioritised === true).length,
      goals: plan.goals.rows.length,
      activities: plan.activities.rows.length,
      periods: plan.periods.rows.length,
    },
    tablesFound: TABLES.map((t) => t.name).filter((n) => found.has(n)),
    tablesMissing: TABLES.map((t) => t.name).filter((n) => !found.has(n)),
  };
}

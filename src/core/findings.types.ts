/** Findings (findings.md): what a check reports, each at the cell to fix. */

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "TABLE_MISSING",
  "COLUMN_MISSING",
  "VALUE_REQUIRED",
  "VALUE_INVALID_DATE",
  "VALUE_INVALID_NUMBER",
  "VALUE_INVALID_CHOICE",
  "ID_DUPLICATE",
  "REF_UNKNOWN_GOAL",
  "REF_UNKNOWN_ACTIVITY",
  "REF_UNKNOWN_PERIOD",
  "ARTICLE_UNKNOWN",
  "PLAN_SIGNED_MISSING",
  "PLAN_PERIOD_INVALID",
  "PLAN_ADOPTION_LATE",
  "PLAN_ADOPTION_OVERDUE",
  "PLAN_ADOPTION_DUE_SOON",
  "COVERAGE_NO_PRIORITY",
  "COVERAGE_ARTICLE_NO_GOAL",
  "COVERAGE_GOAL_NO_ACTIVITY",
  "COVERAGE_GOAL_NO_INDICATOR",
  "COVERAGE_GOAL_NOT_PRIORITISED",
  "TIME_ACTIVITY_NO_DATES",
  "TIME_ACTIVITY_END_BEFORE_START",
  "TIME_ACTIVITY_OUTSIDE_PLAN",
  "TIME_ACTIVITY_OVERDUE",
  "TIME_PERIOD_OUTSIDE_PLAN",
  "FOLLOWUP_MISSING",
  "FOLLOWUP_DUPLICATE",
  "RESOURCE_ACTIVITY_NONE",
  "RESOURCE_OVER_BUDGET",
  "RESOURCE_NEGATIVE",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Finding = {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The sheet's real name; null for a finding about the workbook as a whole. */
  readonly sheet: string | null;
  /** The A1 address of the cell to fix; null when there is none. */
  readonly cell: string | null;
  /** One sentence in the user's language naming the row and what to do. */
  readonly message: string;
  /** The IDs concerned (goal, activity, period, article number as text). */
  readonly refs: readonly string[];
};

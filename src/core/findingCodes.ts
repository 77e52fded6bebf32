/**
 * The finding catalog (findings.md) as data: each code's severity and a one-line
 * meaning in both languages, for the checks, the README and the UI legend.
 */
import { FINDING_CODES, type FindingCode, type Severity } from "./findings.types";
import type { Bilingual } from "./language";

export type FindingCodeInfo = { readonly severity: Severity; readonly meaning: Bilingual };

const info = (severity: Severity, sv: string, en: string): FindingCodeInfo => ({
  severity,
  meaning: { sv, en },
});

/** Severity and meaning of every finding code; the one place severities are decided. */
export const FINDING_INFO: Readonly<Record<FindingCode, FindingCodeInfo>> = {
  TABLE_MISSING: info("error", "En tabell saknas i arbetsboken.", "A table of the workbook is missing."),
  COLUMN_MISSING: info("error", "En obligatorisk kolumn saknas.", "A required column is missing."),
  VALUE_REQUIRED: info("error", "En obligatorisk cell är tom.", "A required cell is empty."),
  VALUE_INVALID_DATE: info(
    "error",
    "En cell kan inte läsas som ett datum.",
    "A cell cannot be read as a date.",
  ),
  VALUE_INVALID_NUMBER: info(
    "error",
    "En cell kan inte läsas som ett tal.",
    "A cell cannot be read as a number.",
  ),
  VALUE_INVALID_CHOICE: info(
    "error",
    "En cell har ett värde som inte finns i listan (status, typ, riktning, bedömning, ja/nej).",
    "A cell holds a value that is not in its list (status, type, direction, assessment, yes/no).",
  ),
  ID_DUPLICATE: info(
    "error",
    "Ett Mål-ID, Aktivitet-ID eller en period förekommer två gånger.",
    "A Goal ID, Activity ID or Period occurs twice.",
  ),
  REF_UNKNOWN_GOAL: info(
    "error",
    "En rad hänvisar till ett Mål-ID som inte finns.",
    "A row names a Goal ID that does not exist.",
  ),
  REF_UNKNOWN_ACTIVITY: info(
    "error",
    "En uppföljningsrad hänvisar till ett Aktivitet-ID som inte finns.",
    "A follow-up row names an Activity ID that does not exist.",
  ),
  REF_UNKNOWN_PERIOD: info(
    "error",
    "En rad hänvisar till en period som inte finns.",
    "A row names a period that does not exist.",
  ),
  ARTICLE_UNKNOWN: info(
    "error",
    "En artikelhänvisning är inte en artikel i planens version av deklarationen.",
    "An article reference is not an article of the plan's Charter version.",
  ),
  PLAN_SIGNED_MISSING: info("error", "Datum för undertecknandet saknas.", "The signing date is missing."),
  PLAN_PERIOD_INVALID: info(
    "error",
    "Planperiodens start eller slut saknas, eller slutet ligger före starten.",
    "The plan period's start or end is missing, or it ends before it starts.",
  ),
  PLAN_ADOPTION_LATE: info(
    "warning",
    "Planen antogs mer än två år efter undertecknandet.",
    "The plan was adopted more than two years after signing.",
  ),
  PLAN_ADOPTION_OVERDUE: info(
    "error",
    "Planen är inte antagen och tvåårsfristen efter undertecknandet har passerat.",
    "The plan is not adopted and the two-year deadline after signing has passed.",
  ),
  PLAN_ADOPTION_DUE_SOON: info(
    "info",
    "Planen är inte antagen och tvåårsfristen går ut inom 90 dagar.",
    "The plan is not adopted and the two-year deadline falls within 90 days.",
  ),
  COVERAGE_NO_PRIORITY: info("error", "Ingen artikel är prioriterad.", "No article is prioritised."),
  COVERAGE_ARTICLE_NO_GOAL: info(
    "error",
    "En prioriterad artikel saknar mål.",
    "A prioritised article has no goal.",
  ),
  COVERAGE_GOAL_NO_ACTIVITY: info("error", "Ett mål saknar aktiviteter.", "A goal has no activity."),
  COVERAGE_GOAL_NO_INDICATOR: info(
    "warning",
    "Ett mål saknar indikator, eller har en indikator utan målvärde.",
    "A goal has no indicator, or an indicator without a target.",
  ),
  COVERAGE_GOAL_NOT_PRIORITISED: info(
    "info",
    "Ett mål hänvisar till en artikel som inte är markerad som prioriterad.",
    "A goal names an article that is not marked prioritised.",
  ),
  TIME_ACTIVITY_NO_DATES: info(
    "warning",
    "En aktivitet saknar start- eller slutdatum.",
    "An activity lacks a start or end date.",
  ),
  TIME_ACTIVITY_END_BEFORE_START: info(
    "error",
    "En aktivitet slutar innan den börjar.",
    "An activity ends before it starts.",
  ),
  TIME_ACTIVITY_OUTSIDE_PLAN: info(
    "warning",
    "En aktivitet börjar före eller slutar efter planperioden.",
    "An activity starts before or ends after the plan period.",
  ),
  TIME_ACTIVITY_OVERDUE: info(
    "warning",
    "En aktivitets slutdatum har passerat och den är varken genomförd eller avbruten.",
    "An activity's end date has passed and it is neither done nor cancelled.",
  ),
  TIME_PERIOD_OUTSIDE_PLAN: info(
    "warning",
    "En periods brytdatum ligger utanför planperioden.",
    "A period's cut-off lies outside the plan period.",
  ),
  FOLLOWUP_MISSING: info(
    "warning",
    "En påbörjad aktivitet saknar uppföljning för en period vars brytdatum har passerat.",
    "A started activity has no follow-up for a period whose cut-off has passed.",
  ),
  FOLLOWUP_DUPLICATE: info(
    "error",
    "Samma aktivitet är uppföljd två gånger för samma period.",
    "The same activity is reported twice for the same period.",
  ),
  RESOURCE_ACTIVITY_NONE: info(
    "warning",
    "En aktivitet saknar både budget och resurser.",
    "An activity has neither a budget nor resources.",
  ),
  RESOURCE_OVER_BUDGET: info(
    "warning",
    "En aktivitets prognos eller utfall överstiger budgeten.",
    "An activity's forecast or outcome exceeds its budget.",
  ),
  RESOURCE_NEGATIVE: info(
    "error",
    "En budget, ett utfall eller en prognos är negativ.",
    "A budget, outcome or forecast is negative.",
  ),
};

/** The severity of a finding code. */
export function severityOf(code: FindingCode): Severity {
  return FINDING_INFO[code].severity;
}

/** Every code in catalog order with its severity and meaning (README, UI legend). */
export function findingLegend(): readonly ({ readonly code: FindingCode } & FindingCodeInfo)[] {
  return FINDING_CODES.map((code) => ({ code, ...FINDING_INFO[code] }));
}

/**
 * The message of each finding code: one sentence per language that names the row
 * (its ID, else its row number) and says what to do. Dates stay ISO.
 */
import type { IsoDate } from "./dates";
import type { FindingCode } from "./findings.types";
import { formatMoney } from "./format";
import type { Lang } from "./language";

/** What a message may mention; the checks fill in what their code needs. */
export type MessageArgs = {
  /** The row's ID (Goal ID, Activity ID, Period). */
  readonly id?: string | null;
  /** 0-based sheet row, named when the row has no ID. */
  readonly row?: number;
  /** 0-based sheet row of an earlier row (duplicates). */
  readonly firstRow?: number;
  readonly period?: string;
  readonly article?: string;
  /** A column header as the workbook writes it. */
  readonly header?: string;
  /** A cell's text as found, or a table or sheet name. */
  readonly text?: string;
  readonly date?: IsoDate;
  readonly date2?: IsoDate;
  readonly days?: number;
  readonly amount?: number;
  readonly amount2?: number;
  readonly currency?: string;
  readonly version?: number;
  readonly max?: number;
  /** Which sentence of a code with several cases. */
  readonly variant?: string;
};

type Template = (a: MessageArgs) => string;

const n = (row: number | undefined): number => (row ?? 0) + 1;
const s = (v: string | undefined): string => v ?? "";
const id = (a: MessageArgs): string => a.id ?? "";
const money = (v: number | undefined, lang: Lang, cur: string | undefined): string =>
  formatMoney(v ?? 0, lang, cur ?? "SEK");

/** "raden för A3" / "rad 7": where a row is, by its ID when it has one. */
function where(a: MessageArgs, lang: Lang): string {
  if (a.id) return lang === "sv" ? `raden för ${a.id}` : `the row of ${a.id}`;
  return lang === "sv" ? `rad ${n(a.row)}` : `row ${n(a.row)}`;
}

const SV: Readonly<Record<FindingCode, Template>> = {
  TABLE_MISSING: (a) =>
    `Tabellen «${s(a.text)}» saknas i arbetsboken; lägg till den, till exempel genom att låta tillägget skapa de tabeller som fattas.`,
  COLUMN_MISSING: (a) =>
    `Kolumnen «${s(a.header)}» saknas på bladet ${s(a.text)}; lägg till den i rubrikraden.`,
  VALUE_REQUIRED: (a) => `Cellen «${s(a.header)}» på ${where(a, "sv")} är tom; fyll i den.`,
  VALUE_INVALID_DATE: (a) =>
    `«${s(a.text)}» i «${s(a.header)}» på ${where(a, "sv")} kan inte läsas som ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-08-31.`,
  VALUE_INVALID_NUMBER: (a) =>
    `«${s(a.text)}» i «${s(a.header)}» på ${where(a, "sv")} kan inte läsas som ett tal; skriv bara talet, till exempel 12 500.`,
  VALUE_INVALID_CHOICE: (a) =>
    `«${s(a.text)}» i «${s(a.header)}» på ${where(a, "sv")} finns inte i listan; välj ett av listans värden.`,
  ID_DUPLICATE: (a) =>
    `${id(a)} på rad ${n(a.row)} finns redan på rad ${n(a.firstRow)}; ge raden ett eget ID eller ta bort dubbletten.`,
  REF_UNKNOWN_GOAL: (a) =>
    `Mål-ID ${s(a.text)} på ${where(a, "sv")} finns inte bland målen; rätta ID:t eller lägg till målet.`,
  REF_UNKNOWN_ACTIVITY: (a) =>
    `Aktivitet-ID ${s(a.text)} på rad ${n(a.row)} finns inte bland aktiviteterna; rätta ID:t eller lägg till aktiviteten.`,
  REF_UNKNOWN_PERIOD: (a) =>
    `Perioden «${s(a.text)}» på rad ${n(a.row)} finns inte bland perioderna; rätta namnet eller lägg till perioden.`,
  ARTICLE_UNKNOWN: (a) =>
    a.variant === "text"
      ? `«${s(a.text)}» på ${where(a, "sv")} kan inte läsas som en artikel; skriv artikelnummer, till exempel "11, 14".`
      : `Artikel ${s(a.article)} på ${where(a, "sv")} finns inte i deklarationens version från ${a.version ?? ""} (artikel 1–${a.max ?? ""}); rätta artikelnumret.`,
  PLAN_SIGNED_MISSING: () =>
    `Datum för undertecknandet saknas; fyll i dagen då deklarationen undertecknades.`,
  PLAN_PERIOD_INVALID: (a) =>
    a.variant === "startMissing"
      ? `Planperiodens start saknas; fyll i planperiodens första dag.`
      : a.variant === "endMissing"
        ? `Planperiodens slut saknas; fyll i planperiodens sista dag.`
        : `Planperioden slutar ${s(a.date2)} men börjar ${s(a.date)}; rätta start- eller slutdatumet.`,
  PLAN_ADOPTION_LATE: (a) =>
    `Planen antogs ${s(a.date2)}, mer än två år efter undertecknandet ${s(a.date)}; kontrollera datumen och redovisa skälet till dröjsmålet.`,
  PLAN_ADOPTION_OVERDUE: (a) =>
    `Planen är inte antagen och tvåårsfristen efter undertecknandet gick ut ${s(a.date)}; anta planen snarast och fyll i datumet.`,
  PLAN_ADOPTION_DUE_SOON: (a) =>
    `Planen är inte antagen och tvåårsfristen går ut ${s(a.date)} (${a.days === 0 ? "i dag" : `om ${a.days ?? ""} dagar`}); planera beslutet om att anta planen.`,
  COVERAGE_NO_PRIORITY: () =>
    `Ingen artikel är prioriterad; markera de artiklar planen arbetar med som prioriterade (Ja).`,
  COVERAGE_ARTICLE_NO_GOAL: (a) =>
    `Artikel ${s(a.article)} är prioriterad men har inget mål; lägg till ett mål för artikeln eller ta bort prioriteringen.`,
  COVERAGE_GOAL_NO_ACTIVITY: (a) =>
    `Målet ${id(a)} har inga aktiviteter; lägg till minst en aktivitet med Mål-ID ${id(a)}.`,
  COVERAGE_GOAL_NO_INDICATOR: (a) =>
    a.variant === "noTarget"
      ? `Målet ${id(a)} har en indikator men inget målvärde; fyll i målvärdet.`
      : `Målet ${id(a)} har ingen indikator; ange hur måluppfyllelsen ska mätas.`,
  COVERAGE_GOAL_NOT_PRIORITISED: (a) =>
    a.variant === "absent"
      ? `Målet ${id(a)} hänvisar till artikel ${s(a.article)}, som saknas i artikeltabellen; lägg till artikeln och markera den som prioriterad, eller rätta hänvisningen.`
      : `Målet ${id(a)} hänvisar till artikel ${s(a.article)}, som inte är markerad som prioriterad; markera artikeln som prioriterad eller kontrollera hänvisningen.`,
  TIME_ACTIVITY_NO_DATES: (a) =>
    a.variant === "end"
      ? `Aktiviteten ${id(a)} saknar slutdatum; fyll i när den ska vara klar.`
      : `Aktiviteten ${id(a)} saknar startdatum; fyll i när den börjar.`,
  TIME_ACTIVITY_END_BEFORE_START: (a) =>
    `Aktiviteten ${id(a)} slutar ${s(a.date2)} men börjar ${s(a.date)}; rätta start- eller slutdatumet.`,
  TIME_ACTIVITY_OUTSIDE_PLAN: (a) =>
    a.variant === "end"
      ? `Aktiviteten ${id(a)} slutar ${s(a.date)}, efter planperiodens slut ${s(a.date2)}; flytta slutdatumet eller ändra planperioden.`
      : `Aktiviteten ${id(a)} börjar ${s(a.date)}, före planperiodens start ${s(a.date2)}; flytta startdatumet eller ändra planperioden.`,
  TIME_ACTIVITY_OVERDUE: (a) =>
    `Aktiviteten ${id(a)} skulle vara klar ${s(a.date)} men är varken genomförd eller avbruten; rapportera status eller flytta slutdatumet.`,
  TIME_PERIOD_OUTSIDE_PLAN: (a) =>
    `Perioden ${id(a)} har brytdatum ${s(a.date)}, utanför planperioden; rätta brytdatumet eller planperioden.`,
  FOLLOWUP_MISSING: (a) =>
    `Aktiviteten ${id(a)} saknar uppföljning för ${s(a.period)}; lägg till en rad med periodens status på bladet ${s(a.text)}.`,
  FOLLOWUP_DUPLICATE: (a) =>
    `Aktiviteten ${id(a)} är redan uppföljd för ${s(a.period)} på rad ${n(a.firstRow)}; slå ihop raderna eller ta bort dubbletten.`,
  RESOURCE_ACTIVITY_NONE: (a) =>
    `Aktiviteten ${id(a)} saknar både budget och resurser; ange en budget eller beskriv resurserna.`,
  RESOURCE_OVER_BUDGET: (a) =>
    `${a.variant === "outcome" ? "Utfallet" : "Prognosen"} för aktiviteten ${id(a)} vid ${s(a.period)} (${money(a.amount, "sv", a.currency)}) överstiger budgeten (${money(a.amount2, "sv", a.currency)}); se över budgeten eller kostnaderna.`,
  RESOURCE_NEGATIVE: (a) =>
    `Beloppet i «${s(a.header)}» på ${where(a, "sv")} är negativt (${money(a.amount, "sv", a.currency)}); rätta beloppet.`,
};

const EN: Readonly<Record<FindingCode, Template>> = {
  TABLE_MISSING: (a) =>
    `The table «${s(a.text)}» is missing from the workbook; add it, for example by letting the add-in create the missing tables.`,
  COLUMN_MISSING: (a) =>
    `The column «${s(a.header)}» is missing on the sheet ${s(a.text)}; add it to the header row.`,
  VALUE_REQUIRED: (a) => `The «${s(a.header)}» cell on ${where(a, "en")} is empty; fill it in.`,
  VALUE_INVALID_DATE: (a) =>
    `«${s(a.text)}» in «${s(a.header)}» on ${where(a, "en")} cannot be read as a date; write it as YYYY-MM-DD, for example 2024-08-31.`,
  VALUE_INVALID_NUMBER: (a) =>
    `«${s(a.text)}» in «${s(a.header)}» on ${where(a, "en")} cannot be read as a number; write just the number, for example 12500.`,
  VALUE_INVALID_CHOICE: (a) =>
    `«${s(a.text)}» in «${s(a.header)}» on ${where(a, "en")} is not in the list; choose one of the list's values.`,
  ID_DUPLICATE: (a) =>
    `${id(a)} on row ${n(a.row)} already occurs on row ${n(a.firstRow)}; give the row an ID of its own or remove the duplicate.`,
  REF_UNKNOWN_GOAL: (a) =>
    `Goal ID ${s(a.text)} on ${where(a, "en")} is not among the goals; correct the ID or add the goal.`,
  REF_UNKNOWN_ACTIVITY: (a) =>
    `Activity ID ${s(a.text)} on row ${n(a.row)} is not among the activities; correct the ID or add the activity.`,
  REF_UNKNOWN_PERIOD: (a) =>
    `The period «${s(a.text)}» on row ${n(a.row)} is not among the periods; correct the name or add the period.`,
  ARTICLE_UNKNOWN: (a) =>
    a.variant === "text"
      ? `«${s(a.text)}» on ${where(a, "en")} cannot be read as an article; write article numbers, for example "11, 14".`
      : `Article ${s(a.article)} on ${where(a, "en")} is not in the ${a.version ?? ""} version of the Charter (articles 1–${a.max ?? ""}); correct the article number.`,
  PLAN_SIGNED_MISSING: () => `The signing date is missing; fill in the day the Charter was signed.`,
  PLAN_PERIOD_INVALID: (a) =>
    a.variant === "startMissing"
      ? `The plan period's start is missing; fill in the first day of the plan period.`
      : a.variant === "endMissing"
        ? `The plan period's end is missing; fill in the last day of the plan period.`
        : `The plan period ends ${s(a.date2)} but starts ${s(a.date)}; correct the start or end date.`,
  PLAN_ADOPTION_LATE: (a) =>
    `The plan was adopted ${s(a.date2)}, more than two years after signing on ${s(a.date)}; check the dates and record the reason for the delay.`,
  PLAN_ADOPTION_OVERDUE: (a) =>
    `The plan is not adopted and the two-year deadline after signing passed on ${s(a.date)}; adopt the plan as soon as possible and fill in the date.`,
  PLAN_ADOPTION_DUE_SOON: (a) =>
    `The plan is not adopted and the two-year deadline is ${s(a.date)} (${a.days === 0 ? "today" : `in ${a.days ?? ""} days`}); schedule the decision to adopt the plan.`,
  COVERAGE_NO_PRIORITY: () =>
    `No article is prioritised; mark the articles the plan works on as prioritised (Yes).`,
  COVERAGE_ARTICLE_NO_GOAL: (a) =>
    `Article ${s(a.article)} is prioritised but has no goal; add a goal for the article or remove the priority.`,
  COVERAGE_GOAL_NO_ACTIVITY: (a) =>
    `Goal ${id(a)} has no activities; add at least one activity with Goal ID ${id(a)}.`,
  COVERAGE_GOAL_NO_INDICATOR: (a) =>
    a.variant === "noTarget"
      ? `Goal ${id(a)} has an indicator but no target; fill in the target.`
      : `Goal ${id(a)} has no indicator; state how progress towards it will be measured.`,
  COVERAGE_GOAL_NOT_PRIORITISED: (a) =>
    a.variant === "absent"
      ? `Goal ${id(a)} names article ${s(a.article)}, which is missing from the articles table; add the article and mark it prioritised, or correct the reference.`
      : `Goal ${id(a)} names article ${s(a.article)}, which is not marked prioritised; mark the article prioritised or check the reference.`,
  TIME_ACTIVITY_NO_DATES: (a) =>
    a.variant === "end"
      ? `Activity ${id(a)} has no end date; fill in when it is to be finished.`
      : `Activity ${id(a)} has no start date; fill in when it starts.`,
  TIME_ACTIVITY_END_BEFORE_START: (a) =>
    `Activity ${id(a)} ends ${s(a.date2)} but starts ${s(a.date)}; correct the start or end date.`,
  TIME_ACTIVITY_OUTSIDE_PLAN: (a) =>
    a.variant === "end"
      ? `Activity ${id(a)} ends ${s(a.date)}, after the plan period ends on ${s(a.date2)}; move the end date or change the plan period.`
      : `Activity ${id(a)} starts ${s(a.date)}, before the plan period starts on ${s(a.date2)}; move the start date or change the plan period.`,
  TIME_ACTIVITY_OVERDUE: (a) =>
    `Activity ${id(a)} was due ${s(a.date)} but is neither done nor cancelled; report its status or move the end date.`,
  TIME_PERIOD_OUTSIDE_PLAN: (a) =>
    `Period ${id(a)} has the cut-off ${s(a.date)}, outside the plan period; correct the cut-off or the plan period.`,
  FOLLOWUP_MISSING: (a) =>
    `Activity ${id(a)} has no follow-up for ${s(a.period)}; add a row with its status for that period on the sheet ${s(a.text)}.`,
  FOLLOWUP_DUPLICATE: (a) =>
    `Activity ${id(a)} is already reported for ${s(a.period)} on row ${n(a.firstRow)}; merge the rows or remove the duplicate.`,
  RESOURCE_ACTIVITY_NONE: (a) =>
    `Activity ${id(a)} has neither a budget nor resources; give a budget or describe the resources.`,
  RESOURCE_OVER_BUDGET: (a) =>
    `The ${a.variant === "outcome" ? "outcome" : "forecast"} of activity ${id(a)} at ${s(a.period)} (${money(a.amount, "en", a.currency)}) exceeds its budget (${money(a.amount2, "en", a.currency)}); review the budget or the costs.`,
  RESOURCE_NEGATIVE: (a) =>
    `The amount in «${s(a.header)}» on ${where(a, "en")} is negative (${money(a.amount, "en", a.currency)}); correct the amount.`,
};

/** The message of a finding in a language. */
export function findingMessage(code: FindingCode, lang: Lang, args: MessageArgs): string {
  return (lang === "sv" ? SV : EN)[code](args);
}

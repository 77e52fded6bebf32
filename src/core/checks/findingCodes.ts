/**
 * The finding catalog (docs/findings.md) as data, one entry per code: its severity, a
 * one-line meaning in both languages (docs/findings.md, UI legend), and its message in both
 * languages from the arguments the code's findings carry (typed by the entry's
 * message): one sentence that names the row (its ID, else its row number) and says
 * what to do. Checks return findings with their arguments; the surfaces render the
 * words with findingMessage (findingMessage.ts). A new code is one entry here and one
 * check. Dates stay ISO.
 */
import type { IsoDate } from "../dates";
import { formatMoney } from "../format";
import type { Bilingual, Lang } from "../language";
import { type CharterVersion, type TableName, tableSpec } from "../plan";

/** How much a finding matters (docs/findings.md). */
export type Severity = "error" | "warning" | "info";

/** A code's message in each language, from its findings' arguments. */
type Messages<A> = { readonly [L in Lang]: (a: A) => string };

export type FindingEntry<A> = {
  readonly severity: Severity;
  readonly meaning: Bilingual;
  readonly message: Messages<A>;
};

/** An entry; its arguments' type is the one the Swedish message declares. */
const entry = <A>(severity: Severity, meaning: Bilingual, message: Messages<A>): FindingEntry<A> => ({
  severity,
  meaning,
  message,
});

/** The arguments of a code whose message mentions nothing. */
type None = Readonly<Record<string, never>>;

/** Where a row is named: by its ID when it has one, else by its 0-based sheet row. */
type RowPlace = { readonly id: string | null; readonly row: number };

/** A cell's problem: its column's header (as the workbook writes it) and its row. */
type CellPlace = RowPlace & { readonly header: string };

/** A cell's problem with the cell's text as found. */
type CellText = CellPlace & { readonly text: string };

type ArticleUnknown = RowPlace &
  (
    | {
        readonly kind: "outsideVersion";
        readonly article: string;
        readonly version: CharterVersion;
        readonly max: number;
      }
    | { readonly kind: "notUnderstood"; readonly text: string }
  );

type PeriodInvalid =
  | { readonly kind: "startMissing" }
  | { readonly kind: "endMissing" }
  | { readonly kind: "endBeforeStart"; readonly start: IsoDate; readonly end: IsoDate };

/** `column`: which amount exceeds; `currency`: the plan's. */
type OverBudget = {
  readonly activity: string;
  readonly period: string;
  readonly column: "forecast" | "outcome";
  readonly amount: number;
  readonly budget: number;
  readonly currency: string;
};

/** A 0-based sheet row as the user counts it. */
const n = (row: number): number => row + 1;

/** "raden för A3" / "rad 7": where a row is, by its ID when it has one. */
const where = (a: RowPlace, lang: Lang): string =>
  a.id
    ? lang === "sv"
      ? `raden för ${a.id}`
      : `the row of ${a.id}`
    : lang === "sv"
      ? `rad ${n(a.row)}`
      : `row ${n(a.row)}`;

/** Severity, meaning and message of every finding code, in docs/findings.md's order: the one place each is decided. */
export const FINDINGS = {
  TABLE_MISSING: entry(
    "error",
    { sv: "En tabell saknas i arbetsboken.", en: "A table of the workbook is missing." },
    {
      sv: (a: { readonly table: TableName }) =>
        `Tabellen «${tableSpec(a.table).sheet.sv}» saknas i arbetsboken; lägg till den, till exempel genom att låta tillägget skapa de tabeller som fattas.`,
      en: (a) =>
        `The table «${tableSpec(a.table).sheet.en}» is missing from the workbook; add it, for example by letting the add-in create the missing tables.`,
    },
  ),
  COLUMN_MISSING: entry(
    "error",
    { sv: "En obligatorisk kolumn saknas.", en: "A required column is missing." },
    {
      sv: (a: { readonly header: string; readonly sheet: string }) =>
        `Kolumnen «${a.header}» saknas på bladet ${a.sheet}; lägg till den i rubrikraden.`,
      en: (a) => `The column «${a.header}» is missing on the sheet ${a.sheet}; add it to the header row.`,
    },
  ),
  VALUE_REQUIRED: entry(
    "error",
    { sv: "En obligatorisk cell är tom.", en: "A required cell is empty." },
    {
      sv: (a: CellPlace) => `Cellen «${a.header}» på ${where(a, "sv")} är tom; fyll i den.`,
      en: (a) => `The «${a.header}» cell on ${where(a, "en")} is empty; fill it in.`,
    },
  ),
  VALUE_INVALID_DATE: entry(
    "error",
    { sv: "En cell kan inte läsas som ett datum.", en: "A cell cannot be read as a date." },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} kan inte läsas som ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-08-31.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} cannot be read as a date; write it as YYYY-MM-DD, for example 2024-08-31.`,
    },
  ),
  VALUE_INVALID_NUMBER: entry(
    "error",
    { sv: "En cell kan inte läsas som ett tal.", en: "A cell cannot be read as a number." },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} kan inte läsas som ett tal; skriv bara talet, till exempel 12 500.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} cannot be read as a number; write just the number, for example 12500.`,
    },
  ),
  VALUE_INVALID_CHOICE: entry(
    "error",
    {
      sv: "En cell har ett värde som inte finns i listan (status, typ, riktning, bedömning, ja/nej).",
      en: "A cell holds a value that is not in its list (status, type, direction, assessment, yes/no).",
    },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} finns inte i listan; välj ett av listans värden.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} is not in the list; choose one of the list's values.`,
    },
  ),
  ID_DUPLICATE: entry(
    "error",
    {
      sv: "Ett Mål-ID, Aktivitet-ID eller en period förekommer två gånger.",
      en: "A Goal ID, Activity ID or Period occurs twice.",
    },
    {
      sv: (a: { readonly id: string; readonly row: number; readonly firstRow: number }) =>
        `${a.id} på rad ${n(a.row)} finns redan på rad ${n(a.firstRow)}; ge raden ett eget ID eller ta bort dubbletten.`,
      en: (a) =>
        `${a.id} on row ${n(a.row)} already occurs on row ${n(a.firstRow)}; give the row an ID of its own or remove the duplicate.`,
    },
  ),
  REF_UNKNOWN_GOAL: entry(
    "error",
    {
      sv: "En rad hänvisar till ett Mål-ID som inte finns.",
      en: "A row names a Goal ID that does not exist.",
    },
    {
      sv: (a: RowPlace & { readonly goalId: string }) =>
        `Mål-ID ${a.goalId} på ${where(a, "sv")} finns inte bland målen; rätta ID:t eller lägg till målet.`,
      en: (a) =>
        `Goal ID ${a.goalId} on ${where(a, "en")} is not among the goals; correct the ID or add the goal.`,
    },
  ),
  REF_UNKNOWN_ACTIVITY: entry(
    "error",
    {
      sv: "En uppföljningsrad hänvisar till ett Aktivitet-ID som inte finns.",
      en: "A follow-up row names an Activity ID that does not exist.",
    },
    {
      sv: (a: { readonly activityId: string; readonly row: number }) =>
        `Aktivitet-ID ${a.activityId} på rad ${n(a.row)} finns inte bland aktiviteterna; rätta ID:t eller lägg till aktiviteten.`,
      en: (a) =>
        `Activity ID ${a.activityId} on row ${n(a.row)} is not among the activities; correct the ID or add the activity.`,
    },
  ),
  REF_UNKNOWN_PERIOD: entry(
    "error",
    {
      sv: "En rad hänvisar till en period som inte finns.",
      en: "A row names a period that does not exist.",
    },
    {
      sv: (a: { readonly period: string; readonly row: number }) =>
        `Perioden «${a.period}» på rad ${n(a.row)} finns inte bland perioderna; rätta namnet eller lägg till perioden.`,
      en: (a) =>
        `The period «${a.period}» on row ${n(a.row)} is not among the periods; correct the name or add the period.`,
    },
  ),
  ARTICLE_UNKNOWN: entry(
    "error",
    {
      sv: "En artikelhänvisning är inte en artikel i planens version av deklarationen.",
      en: "An article reference is not an article of the plan's Charter version.",
    },
    {
      sv: (a: ArticleUnknown) =>
        a.kind === "notUnderstood"
          ? `«${a.text}» på ${where(a, "sv")} kan inte läsas som en artikel; skriv artikelnummer, till exempel "11, 14".`
          : `Artikel ${a.article} på ${where(a, "sv")} finns inte i deklarationens version från ${a.version} (artikel 1–${a.max}); rätta artikelnumret.`,
      en: (a) =>
        a.kind === "notUnderstood"
          ? `«${a.text}» on ${where(a, "en")} cannot be read as an article; write article numbers, for example "11, 14".`
          : `Article ${a.article} on ${where(a, "en")} is not in the ${a.version} version of the Charter (articles 1–${a.max}); correct the article number.`,
    },
  ),
  PLAN_SIGNED_MISSING: entry(
    "error",
    { sv: "Datum för undertecknandet saknas.", en: "The signing date is missing." },
    {
      sv: (_: None) => `Datum för undertecknandet saknas; fyll i dagen då deklarationen undertecknades.`,
      en: () => `The signing date is missing; fill in the day the Charter was signed.`,
    },
  ),
  PLAN_PERIOD_INVALID: entry(
    "error",
    {
      sv: "Planperiodens start eller slut saknas, eller slutet ligger före starten.",
      en: "The plan period's start or end is missing, or it ends before it starts.",
    },
    {
      sv: (a: PeriodInvalid) =>
        a.kind === "startMissing"
          ? `Planperiodens start saknas; fyll i planperiodens första dag.`
          : a.kind === "endMissing"
            ? `Planperiodens slut saknas; fyll i planperiodens sista dag.`
            : `Planperioden slutar ${a.end} men börjar ${a.start}; rätta start- eller slutdatumet.`,
      en: (a) =>
        a.kind === "startMissing"
          ? `The plan period's start is missing; fill in the first day of the plan period.`
          : a.kind === "endMissing"
            ? `The plan period's end is missing; fill in the last day of the plan period.`
            : `The plan period ends ${a.end} but starts ${a.start}; correct the start or end date.`,
    },
  ),
  PLAN_ADOPTION_LATE: entry(
    "warning",
    {
      sv: "Planen antogs mer än två år efter undertecknandet.",
      en: "The plan was adopted more than two years after signing.",
    },
    {
      sv: (a: { readonly signed: IsoDate; readonly adopted: IsoDate }) =>
        `Planen antogs ${a.adopted}, mer än två år efter undertecknandet ${a.signed}; kontrollera datumen och redovisa skälet till dröjsmålet.`,
      en: (a) =>
        `The plan was adopted ${a.adopted}, more than two years after signing on ${a.signed}; check the dates and record the reason for the delay.`,
    },
  ),
  PLAN_ADOPTION_OVERDUE: entry(
    "error",
    {
      sv: "Planen är inte antagen och tvåårsfristen efter undertecknandet har passerat.",
      en: "The plan is not adopted and the two-year deadline after signing has passed.",
    },
    {
      sv: (a: { readonly deadline: IsoDate }) =>
        `Planen är inte antagen och tvåårsfristen efter undertecknandet gick ut ${a.deadline}; anta planen snarast och fyll i datumet.`,
      en: (a) =>
        `The plan is not adopted and the two-year deadline after signing passed on ${a.deadline}; adopt the plan as soon as possible and fill in the date.`,
    },
  ),
  PLAN_ADOPTION_DUE_SOON: entry(
    "info",
    {
      sv: "Planen är inte antagen och tvåårsfristen går ut inom 90 dagar.",
      en: "The plan is not adopted and the two-year deadline falls within 90 days.",
    },
    {
      sv: (a: { readonly deadline: IsoDate; readonly days: number }) =>
        `Planen är inte antagen och tvåårsfristen går ut ${a.deadline} (${a.days === 0 ? "i dag" : `om ${a.days} dagar`}); planera beslutet om att anta planen.`,
      en: (a) =>
        `The plan is not adopted and the two-year deadline is ${a.deadline} (${a.days === 0 ? "today" : `in ${a.days} days`}); schedule the decision to adopt the plan.`,
    },
  ),
  COVERAGE_NO_PRIORITY: entry(
    "error",
    { sv: "Ingen artikel är prioriterad.", en: "No article is prioritised." },
    {
      sv: (_: None) =>
        `Ingen artikel är prioriterad; markera de artiklar planen arbetar med som prioriterade (Ja).`,
      en: () => `No article is prioritised; mark the articles the plan works on as prioritised (Yes).`,
    },
  ),
  COVERAGE_ARTICLE_NO_GOAL: entry(
    "error",
    { sv: "En prioriterad artikel saknar mål.", en: "A prioritised article has no goal." },
    {
      sv: (a: { readonly article: string }) =>
        `Artikel ${a.article} är prioriterad men har inget mål; lägg till ett mål för artikeln eller ta bort prioriteringen.`,
      en: (a) =>
        `Article ${a.article} is prioritised but has no goal; add a goal for the article or remove the priority.`,
    },
  ),
  COVERAGE_GOAL_NO_ACTIVITY: entry(
    "error",
    { sv: "Ett mål saknar aktiviteter.", en: "A goal has no activity." },
    {
      sv: (a: { readonly goal: string }) =>
        `Målet ${a.goal} har inga aktiviteter; lägg till minst en aktivitet med Mål-ID ${a.goal}.`,
      en: (a) => `Goal ${a.goal} has no activities; add at least one activity with Goal ID ${a.goal}.`,
    },
  ),
  COVERAGE_GOAL_NO_INDICATOR: entry(
    "warning",
    {
      sv: "Ett mål saknar indikator, eller har en indikator utan målvärde.",
      en: "A goal has no indicator, or an indicator without a target.",
    },
    {
      sv: (a: { readonly goal: string; readonly missing: "indicator" | "target" }) =>
        a.missing === "target"
          ? `Målet ${a.goal} har en indikator men inget målvärde; fyll i målvärdet.`
          : `Målet ${a.goal} har ingen indikator; ange hur måluppfyllelsen ska mätas.`,
      en: (a) =>
        a.missing === "target"
          ? `Goal ${a.goal} has an indicator but no target; fill in the target.`
          : `Goal ${a.goal} has no indicator; state how progress towards it will be measured.`,
    },
  ),
  COVERAGE_GOAL_NOT_PRIORITISED: entry(
    "info",
    {
      sv: "Ett mål hänvisar till en artikel som inte är markerad som prioriterad.",
      en: "A goal names an article that is not marked prioritised.",
    },
    {
      sv: (a: { readonly goal: string; readonly article: string; readonly listed: boolean }) =>
        a.listed
          ? `Målet ${a.goal} hänvisar till artikel ${a.article}, som inte är markerad som prioriterad; markera artikeln som prioriterad eller kontrollera hänvisningen.`
          : `Målet ${a.goal} hänvisar till artikel ${a.article}, som saknas i artikeltabellen; lägg till artikeln och markera den som prioriterad, eller rätta hänvisningen.`,
      en: (a) =>
        a.listed
          ? `Goal ${a.goal} names article ${a.article}, which is not marked prioritised; mark the article prioritised or check the reference.`
          : `Goal ${a.goal} names article ${a.article}, which is missing from the articles table; add the article and mark it prioritised, or correct the reference.`,
    },
  ),
  TIME_ACTIVITY_NO_DATES: entry(
    "warning",
    {
      sv: "En aktivitet saknar start- eller slutdatum.",
      en: "An activity lacks a start or end date.",
    },
    {
      sv: (a: { readonly activity: string; readonly missing: "start" | "end" }) =>
        a.missing === "end"
          ? `Aktiviteten ${a.activity} saknar slutdatum; fyll i när den ska vara klar.`
          : `Aktiviteten ${a.activity} saknar startdatum; fyll i när den börjar.`,
      en: (a) =>
        a.missing === "end"
          ? `Activity ${a.activity} has no end date; fill in when it is to be finished.`
          : `Activity ${a.activity} has no start date; fill in when it starts.`,
    },
  ),
  TIME_ACTIVITY_END_BEFORE_START: entry(
    "error",
    { sv: "En aktivitet slutar innan den börjar.", en: "An activity ends before it starts." },
    {
      sv: (a: { readonly activity: string; readonly start: IsoDate; readonly end: IsoDate }) =>
        `Aktiviteten ${a.activity} slutar ${a.end} men börjar ${a.start}; rätta start- eller slutdatumet.`,
      en: (a) => `Activity ${a.activity} ends ${a.end} but starts ${a.start}; correct the start or end date.`,
    },
  ),
  TIME_ACTIVITY_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En aktivitet börjar före eller slutar efter planperioden.",
      en: "An activity starts before or ends after the plan period.",
    },
    {
      sv: (a: {
        readonly activity: string;
        readonly side: "start" | "end";
        readonly date: IsoDate;
        readonly planDate: IsoDate;
      }) =>
        a.side === "end"
          ? `Aktiviteten ${a.activity} slutar ${a.date}, efter planperiodens slut ${a.planDate}; flytta slutdatumet eller ändra planperioden.`
          : `Aktiviteten ${a.activity} börjar ${a.date}, före planperiodens start ${a.planDate}; flytta startdatumet eller ändra planperioden.`,
      en: (a) =>
        a.side === "end"
          ? `Activity ${a.activity} ends ${a.date}, after the plan period ends on ${a.planDate}; move the end date or change the plan period.`
          : `Activity ${a.activity} starts ${a.date}, before the plan period starts on ${a.planDate}; move the start date or change the plan period.`,
    },
  ),
  TIME_ACTIVITY_OVERDUE: entry(
    "warning",
    {
      sv: "En aktivitets slutdatum har passerat och den är varken genomförd eller avbruten.",
      en: "An activity's end date has passed and it is neither done nor cancelled.",
    },
    {
      sv: (a: { readonly activity: string; readonly end: IsoDate }) =>
        `Aktiviteten ${a.activity} skulle vara klar ${a.end} men är varken genomförd eller avbruten; rapportera status eller flytta slutdatumet.`,
      en: (a) =>
        `Activity ${a.activity} was due ${a.end} but is neither done nor cancelled; report its status or move the end date.`,
    },
  ),
  TIME_PERIOD_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En periods brytdatum ligger utanför planperioden.",
      en: "A period's cut-off lies outside the plan period.",
    },
    {
      sv: (a: { readonly period: string; readonly cutoff: IsoDate }) =>
        `Perioden ${a.period} har brytdatum ${a.cutoff}, utanför planperioden; rätta brytdatumet eller planperioden.`,
      en: (a) =>
        `Period ${a.period} has the cut-off ${a.cutoff}, outside the plan period; correct the cut-off or the plan period.`,
    },
  ),
  FOLLOWUP_MISSING: entry(
    "warning",
    {
      sv: "En påbörjad aktivitet saknar uppföljning för en period vars brytdatum har passerat.",
      en: "A started activity has no follow-up for a period whose cut-off has passed.",
    },
    {
      sv: (a: { readonly activity: string; readonly period: string; readonly sheet: string }) =>
        `Aktiviteten ${a.activity} saknar uppföljning för ${a.period}; lägg till en rad med periodens status på bladet ${a.sheet}.`,
      en: (a) =>
        `Activity ${a.activity} has no follow-up for ${a.period}; add a row with its status for that period on the sheet ${a.sheet}.`,
    },
  ),
  FOLLOWUP_DUPLICATE: entry(
    "error",
    {
      sv: "Samma aktivitet är uppföljd två gånger för samma period.",
      en: "The same activity is reported twice for the same period.",
    },
    {
      sv: (a: { readonly activity: string; readonly period: string; readonly firstRow: number }) =>
        `Aktiviteten ${a.activity} är redan uppföljd för ${a.period} på rad ${n(a.firstRow)}; slå ihop raderna eller ta bort dubbletten.`,
      en: (a) =>
        `Activity ${a.activity} is already reported for ${a.period} on row ${n(a.firstRow)}; merge the rows or remove the duplicate.`,
    },
  ),
  RESOURCE_ACTIVITY_NONE: entry(
    "warning",
    {
      sv: "En aktivitet saknar både budget och resurser.",
      en: "An activity has neither a budget nor resources.",
    },
    {
      sv: (a: { readonly activity: string }) =>
        `Aktiviteten ${a.activity} saknar både budget och resurser; ange en budget eller beskriv resurserna.`,
      en: (a) =>
        `Activity ${a.activity} has neither a budget nor resources; give a budget or describe the resources.`,
    },
  ),
  RESOURCE_OVER_BUDGET: entry(
    "warning",
    {
      sv: "En aktivitets prognos eller utfall överstiger budgeten.",
      en: "An activity's forecast or outcome exceeds its budget.",
    },
    {
      sv: (a: OverBudget) =>
        `${a.column === "outcome" ? "Utfallet" : "Prognosen"} för aktiviteten ${a.activity} vid ${a.period} (${formatMoney(a.amount, "sv", a.currency)}) överstiger budgeten (${formatMoney(a.budget, "sv", a.currency)}); se över budgeten eller kostnaderna.`,
      en: (a) =>
        `The ${a.column === "outcome" ? "outcome" : "forecast"} of activity ${a.activity} at ${a.period} (${formatMoney(a.amount, "en", a.currency)}) exceeds its budget (${formatMoney(a.budget, "en", a.currency)}); review the budget or the costs.`,
    },
  ),
  RESOURCE_NEGATIVE: entry(
    "error",
    {
      sv: "En budget, ett utfall eller en prognos är negativ.",
      en: "A budget, outcome or forecast is negative.",
    },
    {
      sv: (a: CellPlace & { readonly amount: number; readonly currency: string }) =>
        `Beloppet i «${a.header}» på ${where(a, "sv")} är negativt (${formatMoney(a.amount, "sv", a.currency)}); rätta beloppet.`,
      en: (a) =>
        `The amount in «${a.header}» on ${where(a, "en")} is negative (${formatMoney(a.amount, "en", a.currency)}); correct the amount.`,
    },
  ),
};

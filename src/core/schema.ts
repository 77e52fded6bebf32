/**
 * The plan workbook's seven tables (workbook.md), in one place: table names, sheet
 * names and headers in both languages, value types, required columns and choice
 * lists. Every reader and writer takes its names from here.
 */
import type { Bilingual, Lang } from "./language";

export type TableName =
  "Plan" | "Articles" | "Goals" | "Activities" | "Periods" | "FollowUp" | "IndicatorValues";

/** How a column's cells are read and formatted. */
export type ColumnType =
  | "text" // free text
  | "id" // text, unique in its table
  | "ref" // text naming an ID or period of another table
  | "date" // a calendar date (Excel serial in cells)
  | "number" // a number
  | "money" // a number of currency units
  | "integer" // a whole number (article numbers in the Articles table)
  | "articles" // one or more article references ("11, 14", "Art. 2 och 5")
  | "choice"; // one value of a choice list

export type ChoiceListName = "status" | "periodType" | "direction" | "assessment" | "yesNo";

export type ColumnSpec = {
  readonly key: string;
  readonly header: Bilingual;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly choices?: ChoiceListName;
};

export type TableSpec = {
  readonly name: TableName;
  readonly sheet: Bilingual;
  readonly columns: readonly ColumnSpec[];
};

const col = (
  key: string,
  sv: string,
  en: string,
  type: ColumnType,
  required = false,
  choices?: ChoiceListName,
): ColumnSpec =>
  choices
    ? { key, header: { sv, en }, type, required, choices }
    : { key, header: { sv, en }, type, required };

/** The choice lists; the first label of each language is the one written. */
export const CHOICES: Readonly<Record<ChoiceListName, readonly { value: string; sv: string; en: string }[]>> =
  {
    status: [
      { value: "notStarted", sv: "Ej påbörjad", en: "Not started" },
      { value: "inProgress", sv: "Pågår", en: "In progress" },
      { value: "done", sv: "Genomförd", en: "Done" },
      { value: "delayed", sv: "Försenad", en: "Delayed" },
      { value: "cancelled", sv: "Avbruten", en: "Cancelled" },
    ],
    periodType: [
      { value: "interim", sv: "Delår", en: "Interim" },
      { value: "annual", sv: "Helår", en: "Annual" },
    ],
    direction: [
      { value: "increase", sv: "Öka", en: "Increase" },
      { value: "decrease", sv: "Minska", en: "Decrease" },
      { value: "closeGap", sv: "Utjämna", en: "Close gap" },
    ],
    assessment: [
      { value: "met", sv: "Uppfyllt", en: "Met" },
      { value: "partlyMet", sv: "Delvis uppfyllt", en: "Partly met" },
      { value: "notMet", sv: "Ej uppfyllt", en: "Not met" },
    ],
    yesNo: [
      { value: "yes", sv: "Ja", en: "Yes" },
      { value: "no", sv: "Nej", en: "No" },
    ],
  };

export type Status = "notStarted" | "inProgress" | "done" | "delayed" | "cancelled";
export type PeriodType = "interim" | "annual";
export type Direction = "increase" | "decrease" | "closeGap";
export type Assessment = "met" | "partlyMet" | "notMet";

/** The keys of the Plan table (key / value rows). */
export type PlanKey =
  | "organisation"
  | "planName"
  | "signed"
  | "adopted"
  | "periodStart"
  | "periodEnd"
  | "currency"
  | "charterVersion";

export type PlanKeySpec = {
  readonly key: PlanKey;
  readonly label: Bilingual;
  readonly type: "text" | "date" | "version";
  readonly required: boolean;
};

/** The rows of the Plan table, in the order a new workbook lists them. */
export const PLAN_KEYS: readonly PlanKeySpec[] = [
  { key: "organisation", label: { sv: "Organisation", en: "Organisation" }, type: "text", required: true },
  { key: "planName", label: { sv: "Planens namn", en: "Plan name" }, type: "text", required: false },
  { key: "signed", label: { sv: "Undertecknad", en: "Signed" }, type: "date", required: true },
  { key: "adopted", label: { sv: "Antagen", en: "Adopted" }, type: "date", required: false },
  { key: "periodStart", label: { sv: "Planperiod start", en: "Period start" }, type: "date", required: true },
  { key: "periodEnd", label: { sv: "Planperiod slut", en: "Period end" }, type: "date", required: true },
  { key: "currency", label: { sv: "Valuta", en: "Currency" }, type: "text", required: false },
  {
    key: "charterVersion",
    label: { sv: "Deklarationens version", en: "Charter version" },
    type: "version",
    required: false,
  },
];

/** The seven tables in workbook order (also the order findings are sorted by sheet). */
export const TABLES: readonly TableSpec[] = [
  {
    name: "Plan",
    sheet: { sv: "Plan", en: "Plan" },
    columns: [col("key", "Uppgift", "Field", "text", true), col("value", "Värde", "Value", "text")],
  },
  {
    name: "Articles",
    sheet: { sv: "Artiklar", en: "Articles" },
    columns: [
      col("article", "Artikel", "Article", "integer", true),
      col("title", "Rubrik", "Title", "text"),
      col("area", "Område", "Area", "text"),
      col("prioritised", "Prioriterad", "Prioritised", "choice", false, "yesNo"),
      col("rationale", "Motivering", "Rationale", "text"),
    ],
  },
  {
    name: "Goals",
    sheet: { sv: "Mål", en: "Goals" },
    columns: [
      col("id", "Mål-ID", "Goal ID", "id", true),
      col("articles", "Artikel", "Article", "articles", true),
      col("goal", "Mål", "Goal", "text", true),
      col("indicator", "Indikator", "Indicator", "text"),
      col("unit", "Enhet", "Unit", "text"),
      col("baseline", "Utgångsvärde", "Baseline", "number"),
      col("target", "Målvärde", "Target", "number"),
      col("direction", "Riktning", "Direction", "choice", false, "direction"),
      col("responsible", "Ansvarig", "Responsible", "text"),
    ],
  },
  {
    name: "Activities",
    sheet: { sv: "Aktiviteter", en: "Activities" },
    columns: [
      col("id", "Aktivitet-ID", "Activity ID", "id", true),
      col("goalId", "Mål-ID", "Goal ID", "ref", true),
      col("activity", "Aktivitet", "Activity", "text", true),
      col("responsible", "Ansvarig", "Responsible", "text"),
      col("start", "Start", "Start", "date"),
      col("end", "Slut", "End", "date"),
      col("budget", "Budget", "Budget", "money"),
      col("resources", "Resurser", "Resources", "text"),
      col("timeframe", "Tidplan", "Timeframe", "text"),
    ],
  },
  {
    name: "Periods",
    sheet: { sv: "Perioder", en: "Periods" },
    columns: [
      col("period", "Period", "Period", "id", true),
      col("type", "Typ", "Type", "choice", true, "periodType"),
      col("cutoff", "Brytdatum", "Cut-off", "date", true),
    ],
  },
  {
    name: "FollowUp",
    sheet: { sv: "Uppföljning", en: "Follow-up" },
    columns: [
      col("period", "Period", "Period", "ref", true),
      col("activityId", "Aktivitet-ID", "Activity ID", "ref", true),
      col("status", "Status", "Status", "choice", true, "status"),
      col("outcome", "Utfall", "Outcome", "money"),
      col("forecast", "Prognos", "Forecast", "money"),
      col("comment", "Kommentar", "Comment", "text"),
    ],
  },
  {
    name: "IndicatorValues",
    sheet: { sv: "Indikatorer", en: "Indicators" },
    columns: [
      col("period", "Period", "Period", "ref", true),
      col("goalId", "Mål-ID", "Goal ID", "ref", true),
      col("women", "Kvinnor", "Women", "number"),
      col("men", "Män", "Men", "number"),
      col("total", "Totalt", "Total", "number"),
      col("assessment", "Bedömning", "Assessment", "choice", false, "assessment"),
      col("comment", "Kommentar", "Comment", "text"),
    ],
  },
];

/** The spec of one table. */
export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`Unknown table ${name}`);
  return spec;
}

/** A table's headers in one language, in schema order. */
export function headersOf(name: TableName, lang: Lang): string[] {
  return tableSpec(name).columns.map((c) => c.header[lang]);
}

/** The label of a choice value in a language. @example choiceLabel("status", "done", "sv") === "Genomförd" */
export function choiceLabel(list: ChoiceListName, value: string, lang: Lang): string {
  const item = CHOICES[list].find((c) => c.value === value);
  return item ? item[lang] : value;
}

/** The name of the hidden sheet holding validation lists. */
export const LISTS_SHEET: Readonly<Record<Lang, string>> = { sv: "Listor", en: "Lists" };

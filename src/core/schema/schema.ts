/**
 * The plan workbook's seven tables (docs/workbook.md), in one place: table names, sheet
 * names and headers in both languages, value types, required columns, the choice list
 * of each choice column (../choices) and the Plan table's keys. Every reader and
 * writer takes its names from here.
 */
import type { ChoiceListName } from "../choices";
import type { Bilingual, Lang } from "../language";

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
  | "nationalGoals" // one or more national sub-goals 1–6 ("1, 5", "Jämställd hälsa")
  | "choice"; // one value of a choice list

/**
 * A column of a table; `key` is how the code names it, in any language. `T` and `C`
 * keep a column's type and choice list in the type, so that a row's value types
 * follow from the schema (../plan/plan.types.ts, RowOf).
 */
export type ColumnSpec<
  K extends string = string,
  T extends ColumnType = ColumnType,
  C extends ChoiceListName = ChoiceListName,
> = {
  readonly key: K;
  readonly header: Bilingual;
  readonly type: T;
  readonly required: boolean;
  readonly choices?: C;
};

export type TableSpec<N extends TableName = TableName, K extends string = string> = {
  readonly name: N;
  readonly sheet: Bilingual;
  readonly columns: readonly ColumnSpec<K>[];
};

function col<K extends string, T extends Exclude<ColumnType, "choice">>(
  key: K,
  sv: string,
  en: string,
  type: T,
  required?: boolean,
): ColumnSpec<K, T, never>;
function col<K extends string, C extends ChoiceListName>(
  key: K,
  sv: string,
  en: string,
  type: "choice",
  required: boolean,
  choices: C,
): ColumnSpec<K, "choice", C>;
function col(
  key: string,
  sv: string,
  en: string,
  type: ColumnType,
  required = false,
  choices?: ChoiceListName,
): ColumnSpec {
  return choices
    ? { key, header: { sv, en }, type, required, choices }
    : { key, header: { sv, en }, type, required };
}

/** A table's spec, its columns kept one by one in the type (each column's key, type and choices). */
const table = <
  N extends TableName,
  const Cs extends readonly ColumnSpec<string, ColumnType, ChoiceListName>[],
>(
  name: N,
  sheet: Bilingual,
  columns: Cs,
): { readonly name: N; readonly sheet: Bilingual; readonly columns: Cs } => ({ name, sheet, columns });

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

/** A Plan row's label in a language ("Valuta" for currency), or the key itself when it names no Plan row. */
export const planKeyLabel = (key: string, lang: Lang): string =>
  PLAN_KEYS.find((k) => k.key === key)?.label[lang] ?? key;

/** The seven tables in workbook order (also the order findings are sorted by sheet). */
export const TABLES = [
  table("Plan", { sv: "Plan", en: "Plan" }, [
    col("key", "Uppgift", "Field", "text", true),
    col("value", "Värde", "Value", "text"),
  ]),
  table("Articles", { sv: "Artiklar", en: "Articles" }, [
    col("article", "Artikel", "Article", "integer", true),
    col("title", "Rubrik", "Title", "text"),
    col("area", "Område", "Area", "text"),
    col("prioritised", "Prioriterad", "Prioritised", "choice", false, "yesNo"),
    col("rationale", "Motivering", "Rationale", "text"),
  ]),
  table("Goals", { sv: "Mål", en: "Goals" }, [
    col("id", "Mål-ID", "Goal ID", "id", true),
    col("articles", "Artikel", "Article", "articles", true),
    col("goal", "Mål", "Goal", "text", true),
    col("indicator", "Indikator", "Indicator", "text"),
    col("unit", "Enhet", "Unit", "text"),
    col("baseline", "Utgångsvärde", "Baseline", "number"),
    col("target", "Målvärde", "Target", "number"),
    col("direction", "Riktning", "Direction", "choice", false, "direction"),
    col("responsible", "Ansvarig", "Responsible", "text"),
    col("nationalGoals", "Nationellt delmål", "National sub-goal", "nationalGoals"),
    col("regionalGoal", "Regionalt mål", "Regional goal", "text"),
  ]),
  table("Activities", { sv: "Aktiviteter", en: "Activities" }, [
    col("id", "Aktivitet-ID", "Activity ID", "id", true),
    col("goalId", "Mål-ID", "Goal ID", "ref", true),
    col("activity", "Aktivitet", "Activity", "text", true),
    col("responsible", "Ansvarig", "Responsible", "text"),
    col("start", "Start", "Start", "date"),
    col("end", "Slut", "End", "date"),
    col("budget", "Budget", "Budget", "money"),
    col("resources", "Resurser", "Resources", "text"),
    col("timeframe", "Tidplan", "Timeframe", "text"),
  ]),
  table("Periods", { sv: "Perioder", en: "Periods" }, [
    col("period", "Period", "Period", "id", true),
    col("type", "Typ", "Type", "choice", true, "periodType"),
    col("cutoff", "Brytdatum", "Cut-off", "date", true),
  ]),
  table("FollowUp", { sv: "Uppföljning", en: "Follow-up" }, [
    col("period", "Period", "Period", "ref", true),
    col("activityId", "Aktivitet-ID", "Activity ID", "ref", true),
    col("status", "Status", "Status", "choice", true, "status"),
    col("outcome", "Utfall", "Outcome", "money"),
    col("forecast", "Prognos", "Forecast", "money"),
    col("comment", "Kommentar", "Comment", "text"),
    col("action", "Åtgärd", "Action", "text"),
  ]),
  table("IndicatorValues", { sv: "Indikatorer", en: "Indicators" }, [
    col("period", "Period", "Period", "ref", true),
    col("goalId", "Mål-ID", "Goal ID", "ref", true),
    col("women", "Kvinnor", "Women", "number"),
    col("men", "Män", "Men", "number"),
    col("total", "Totalt", "Total", "number"),
    col("assessment", "Bedömning", "Assessment", "choice", false, "assessment"),
    col("comment", "Kommentar", "Comment", "text"),
    col("action", "Åtgärd", "Action", "text"),
  ]),
] as const;

/**
 * Columns added to the schema after workbooks were in use (issue 29): a table without
 * them reads and checks as before, and set-up adds the missing ones at the end of an
 * existing table (docs/workbook.md "Writing rules"). New tables have them at their end.
 */
export const LATER_COLUMNS: readonly { readonly table: TableName; readonly key: string }[] = [
  { table: "Goals", key: "nationalGoals" },
  { table: "Goals", key: "regionalGoal" },
  { table: "FollowUp", key: "action" },
  { table: "IndicatorValues", key: "action" },
];

/** True for a column of LATER_COLUMNS. */
export function isLaterColumn(table: TableName, key: string): boolean {
  return LATER_COLUMNS.some((c) => c.table === table && c.key === key);
}

/** The spec of one table, with its column keys. */
export type TableSpecOf<T extends TableName> = Extract<(typeof TABLES)[number], { readonly name: T }>;

/** The key of a column of a table: `ColumnKey<"Activities">` is "id" | "goalId" | "activity" | … */
export type ColumnKey<T extends TableName> = TableSpecOf<T>["columns"][number]["key"];

/** A number (a column's index) for each present column of a table, by key. */
export type ColumnIndex<T extends TableName> = { readonly [K in ColumnKey<T>]?: number };

/** The spec of one table. */
export function tableSpec<T extends TableName>(name: T): TableSpecOf<T> {
  const spec = TABLES.find((t): t is TableSpecOf<T> => t.name === name);
  if (!spec) throw new Error(`Unknown table ${name}`);
  return spec;
}

/** A table's columns, in schema order, with their keys typed. */
export function tableColumns<T extends TableName>(table: T): readonly ColumnSpec<ColumnKey<T>>[] {
  // A generic table's columns are one of the tables' column lists; their keys are ColumnKey<T>.
  const columns: readonly ColumnSpec[] = tableSpec(table).columns;
  return columns as readonly ColumnSpec<ColumnKey<T>>[];
}

/** A column's spec by its key. */
export function columnSpec<T extends TableName>(table: T, key: ColumnKey<T>): ColumnSpec<ColumnKey<T>> {
  const spec = tableColumns(table).find((c) => c.key === key);
  if (!spec) throw new Error(`Unknown column ${table}.${key}`);
  return spec;
}

/** A column's header in a language. @example columnHeader("Activities", "end", "sv") === "Slut" */
export function columnHeader<T extends TableName>(table: T, key: ColumnKey<T>, lang: Lang): string {
  return columnSpec(table, key).header[lang];
}

/** A table's headers in one language, in schema order. */
export function headersOf(name: TableName, lang: Lang): string[] {
  return tableSpec(name).columns.map((c) => c.header[lang]);
}

/**
 * The set-up of a new plan workbook, renderer-neutral (docs/workbook.md "Writing
 * rules"): one TableTemplate per table and the hidden lists sheet. Sheet names,
 * headers and labels all come from the schema.
 */
import type { CellFormat } from "../cells";
import { AREAS, articlesOf, articleTitle } from "../charter";
import { isoFromParts, isoParts, type IsoDate } from "../dates";
import type { Lang } from "../language";
import { choiceLabel, type ChoiceListName, CHOICES, LISTS_SHEET } from "../choices";
import { headersOf, PLAN_KEYS, planKeyLabel, type TableName, TABLES, type TableSpec } from "../schema";
import { type CharterVersion, planTableRows, tableRow } from "../plan";
import type { ListColumn, ListsTemplate, TableTemplate, ValidationSource } from "./template.types";
import { colourRules, formatOfColumn, widthOfColumn } from "./templateStyle";

/** The plan period and Charter version a new workbook starts with (all optional). */
export type TemplateOptions = {
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  version?: CharterVersion | undefined;
};

type Row = readonly (string | number | null)[];

/** The workbook names of the lists sheet's ranges, one per choice list and the article numbers. */
export const LIST_NAMES: Readonly<Record<ChoiceListName | "articles", string>> = {
  status: "CEMR_Status",
  periodType: "CEMR_PeriodType",
  direction: "CEMR_Direction",
  assessment: "CEMR_Assessment",
  yesNo: "CEMR_YesNo",
  articles: "CEMR_Articles",
};

/** The workbook name of the list a validation source draws on, or null for a table column. */
export function listNameOf(source: ValidationSource): string | null {
  if (source.kind === "choice") return LIST_NAMES[source.list];
  if (source.kind === "articles") return LIST_NAMES.articles;
  return null;
}

/** Reference columns and the table column (by key) whose values they name. */
const REFERENCES: Readonly<Record<string, Extract<ValidationSource, { kind: "column" }>>> = {
  goalId: { kind: "column", table: "Goals", column: "id" },
  activityId: { kind: "column", table: "Activities", column: "id" },
  period: { kind: "column", table: "Periods", column: "period" },
};

function validationsOf(spec: TableSpec): TableTemplate["validations"] {
  const out: { column: number; source: ValidationSource }[] = [];
  spec.columns.forEach((column, index) => {
    if (column.choices) out.push({ column: index, source: { kind: "choice", list: column.choices } });
    else if (column.type === "articles") out.push({ column: index, source: { kind: "articles" } });
    else if (column.type === "ref") {
      const target = REFERENCES[column.key];
      if (target) out.push({ column: index, source: target });
    }
  });
  return out;
}

function planRows(lang: Lang, options: TemplateOptions): Row[] {
  const { from, to, version } = options;
  return planTableRows(
    { currency: "SEK", charterVersion: version ?? 2006, periodStart: from ?? null, periodEnd: to ?? null },
    lang,
  );
}

/** Dates and the version in the Plan table's value column get their own formats. */
function planCellFormats(): { row: number; column: number; format: CellFormat }[] {
  const out: { row: number; column: number; format: CellFormat }[] = [];
  PLAN_KEYS.forEach((k, row) => {
    if (k.type === "date") out.push({ row, column: 1, format: "date" });
    if (k.type === "version") out.push({ row, column: 1, format: "integer" });
  });
  return out;
}

function articleRows(lang: Lang, version: CharterVersion): Row[] {
  return articlesOf(version).map((a) => {
    const area = AREAS.find((x) => x.id === a.area);
    const record = { article: a.number, title: articleTitle(a.number, lang), area: area ? area[lang] : null };
    return tableRow("Articles", { ...record, prioritised: false }, lang);
  });
}

/**
 * The default reporting periods: for every year of the plan period a "Delår YYYY"
 * at 31 August and a "Helår YYYY" at 31 December; none without both dates.
 */
export function defaultPeriodRows(lang: Lang, from?: IsoDate, to?: IsoDate): Row[] {
  if (!from || !to || from > to) return [];
  const rows: Row[] = [];
  for (let year = isoParts(from).year; year <= isoParts(to).year; year++) {
    for (const [type, month, day] of [
      ["interim", 8, 31],
      ["annual", 12, 31],
    ] as const) {
      const period = `${choiceLabel("periodType", type, lang)} ${year}`;
      rows.push(tableRow("Periods", { period, type, cutoff: isoFromParts(year, month, day) }, lang));
    }
  }
  return rows;
}

function template(
  spec: TableSpec,
  lang: Lang,
  rows: Row[],
  extra?: TableTemplate["cellFormats"],
): TableTemplate {
  const base: TableTemplate = {
    name: spec.name,
    sheet: spec.sheet[lang],
    lang,
    headers: headersOf(spec.name, lang),
    formats: spec.columns.map(formatOfColumn),
    rows,
    validations: validationsOf(spec),
    colours: colourRules(spec, lang),
    widths: spec.columns.map((c) => widthOfColumn(c, lang)),
    formattedRows: Math.max(rows.length, 1),
  };
  return extra ? { ...base, cellFormats: extra } : base;
}

/** The templates of all seven tables, in workbook order, for a new plan workbook. */
export function planTemplates(lang: Lang, options: TemplateOptions = {}): TableTemplate[] {
  const version = options.version ?? 2006;
  return TABLES.map((spec) => {
    switch (spec.name) {
      case "Plan":
        return template(spec, lang, planRows(lang, options), planCellFormats());
      case "Articles":
        return template(spec, lang, articleRows(lang, version));
      case "Periods":
        return template(spec, lang, defaultPeriodRows(lang, options.from, options.to));
      default:
        return template(spec, lang, []);
    }
  });
}

/** The header of a list on the lists sheet: that of the first column using it. */
function listHeader(list: ChoiceListName | "articles", lang: Lang): string {
  for (const spec of TABLES) {
    const column = spec.columns.find((c) =>
      list === "articles" ? c.type === "articles" : c.choices === list,
    );
    if (column) return column.header[lang];
  }
  return LIST_NAMES[list];
}

/** The hidden lists sheet: one column per choice list (labels in `lang`) and the article numbers. */
export function listsTemplate(lang: Lang, version: CharterVersion): ListsTemplate {
  const choiceLists = Object.keys(CHOICES) as ChoiceListName[];
  const columns: ListColumn[] = choiceLists.map((list) => ({
    name: LIST_NAMES[list],
    header: listHeader(list, lang),
    values: CHOICES[list].map((c) => c[lang]),
  }));
  columns.push({
    name: LIST_NAMES.articles,
    header: listHeader("articles", lang),
    values: articlesOf(version).map((a) => a.number),
  });
  return { sheet: LISTS_SHEET[lang], columns };
}

/**
 * The lists sheet an adapter adds with some tables: their language, and the
 * Charter version of the Plan template among them, else 2022 so no article
 * number is refused (the checks flag articles outside the plan's version).
 */
export function listsTemplateFor(tables: readonly TableTemplate[]): ListsTemplate | null {
  const first = tables[0];
  if (!first) return null;
  const versionLabel = planKeyLabel("charterVersion", first.lang);
  const plan = tables.find((t) => t.name === "Plan");
  const row = plan?.rows.find((r) => r[0] === versionLabel);
  const version: CharterVersion = row?.[1] === 2006 ? 2006 : 2022;
  return listsTemplate(first.lang, version);
}

/** The template of one table (as in planTemplates). */
export function planTemplate(name: TableName, lang: Lang, options: TemplateOptions = {}): TableTemplate {
  const found = planTemplates(lang, options).find((t) => t.name === name);
  if (!found) throw new Error(`Unknown table ${name}`);
  return found;
}

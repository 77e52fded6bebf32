/**
 * A hand-out as plan tables (the same templates as a new plan, with the unit's rows)
 * and the sheet protection that leaves only the cells to fill in open. The two
 * tables to fill in show the activity's or goal's text beside its ID and, to the
 * right, the last earlier report; the reader ignores those extra columns.
 */
import type { Bilingual, Lang } from "../language";
import { listsTemplate, planTemplates } from "../template";
import type { SheetProtection } from "../template";
import { type ColumnKey, tableColumns, type TableName } from "../schema";
import { planTableRows, shownValue, type TableRecord, tableRow } from "../plan";
import type { CellFormat } from "../cells";
import type { TableTemplate } from "../template";
import { ANSWER_FIELDS, ID_FIELD } from "./answers";
import type { AnswerTable, Handout, HandoutRow } from "./collect.types";
import { identityRows } from "./identity";

type Cell = string | number | null;

/** The reference columns of the tables to fill in: header, the field shown, format. */
const PREVIOUS: {
  readonly [T in AnswerTable]: readonly {
    header: Bilingual;
    field: ColumnKey<T> | null;
    format: CellFormat;
  }[];
} = {
  FollowUp: [
    { header: { sv: "Föregående period", en: "Previous period" }, field: null, format: "text" },
    { header: { sv: "Föregående status", en: "Previous status" }, field: "status", format: "text" },
    { header: { sv: "Föregående utfall", en: "Previous outcome" }, field: "outcome", format: "money" },
    { header: { sv: "Föregående prognos", en: "Previous forecast" }, field: "forecast", format: "money" },
    { header: { sv: "Föregående kommentar", en: "Previous comment" }, field: "comment", format: "text" },
  ],
  IndicatorValues: [
    { header: { sv: "Föregående period", en: "Previous period" }, field: null, format: "text" },
    { header: { sv: "Föregående kvinnor", en: "Previous women" }, field: "women", format: "number" },
    { header: { sv: "Föregående män", en: "Previous men" }, field: "men", format: "number" },
    { header: { sv: "Föregående totalt", en: "Previous total" }, field: "total", format: "number" },
    {
      header: { sv: "Föregående bedömning", en: "Previous assessment" },
      field: "assessment",
      format: "text",
    },
    { header: { sv: "Föregående kommentar", en: "Previous comment" }, field: "comment", format: "text" },
  ],
};

/** The text column placed right after the ID. */
const NAME_HEADER: Readonly<Record<AnswerTable, Bilingual>> = {
  FollowUp: { sv: "Aktivitet", en: "Activity" },
  IndicatorValues: { sv: "Mål", en: "Goal" },
};

/** A list with the name column after the ID (period and ID come first) and the reference columns last. */
const withNameColumn = <V>(list: readonly V[], name: V, tail: readonly V[]): V[] => [
  ...list.slice(0, 2),
  name,
  ...list.slice(2),
  ...tail,
];

/** A row to fill in: the table's row for the period and ID, the name beside the ID, the last report to the right. */
function answerRow<T extends AnswerTable>(table: T, r: HandoutRow, lang: Lang): Cell[] {
  const record: TableRecord<AnswerTable> = { period: r.period, [ID_FIELD[table]]: r.id, ...r.values };
  const row = tableRow<AnswerTable>(table, record, lang);
  const { previous } = r;
  const reference = PREVIOUS[table].map((p) =>
    previous === null
      ? null
      : p.field === null
        ? previous.period
        : shownValue(table, p.field, previous.values[p.field] ?? null, lang),
  );
  return withNameColumn(row, r.name, reference);
}

/** The template of a table to fill in: the name column after the ID, the reference columns last. */
function answerTemplate(
  base: TableTemplate,
  table: AnswerTable,
  rows: readonly HandoutRow[],
  lang: Lang,
): TableTemplate {
  const shift = (c: number): number => (c < 2 ? c : c + 1);
  const at = withNameColumn;
  const previous = PREVIOUS[table];
  return {
    ...base,
    headers: at(
      base.headers,
      NAME_HEADER[table][lang],
      previous.map((p) => p.header[lang]),
    ),
    formats: at(
      base.formats,
      "text",
      previous.map((p) => p.format),
    ),
    widths: at(
      base.widths,
      40,
      previous.map((p) => (p.field === "comment" ? 40 : 18)),
    ),
    rows: rows.map((r) => answerRow(table, r, lang)),
    validations: base.validations.map((v) => ({ ...v, column: shift(v.column) })),
    colours: base.colours.map((c) => ({ ...c, column: shift(c.column) })),
    formattedRows: Math.max(rows.length, 1),
  };
}

/** The plan's facts, then the hand-out's identity (which master, period and responsible). */
const planRows = (h: Handout): Cell[][] => [
  ...planTableRows(h.facts, h.lang),
  ...identityRows(h.identity, h.lang),
];

/** The seven tables of a hand-out, in workbook order, in the hand-out's language. */
export function handoutTemplates(h: Handout): TableTemplate[] {
  const lang = h.lang;
  const rows: Partial<Record<TableName, Cell[][]>> = {
    Plan: planRows(h),
    Articles: h.articles.map((a) => tableRow("Articles", a, lang)),
    Goals: h.goals.map((g) => tableRow("Goals", g, lang)),
    Activities: h.activities.map((a) => tableRow("Activities", a, lang)),
    Periods: h.periods.map((p) => tableRow("Periods", p, lang)),
  };
  return planTemplates(lang).map((t) => {
    if (t.name === "FollowUp") return answerTemplate(t, "FollowUp", h.followUp, lang);
    if (t.name === "IndicatorValues") return answerTemplate(t, "IndicatorValues", h.indicators, lang);
    const body = rows[t.name] ?? [];
    return { ...t, rows: body, formattedRows: Math.max(body.length, 1) };
  });
}

/** The editable columns of a table to fill in: its answer fields, after the name column. */
function editableColumns<T extends AnswerTable>(table: T): number[] {
  const keys = tableColumns(table).map((c) => c.key);
  const fields: readonly ColumnKey<T>[] = ANSWER_FIELDS[table];
  return fields.map((f) => keys.indexOf(f) + 1);
}

/** Every sheet of a hand-out protected; open only the answer cells of the two tables to fill in. */
export function handoutProtection(h: Handout): SheetProtection[] {
  const sheets: SheetProtection[] = planTemplates(h.lang, {}).map((t) =>
    t.name === "FollowUp" || t.name === "IndicatorValues"
      ? { sheet: t.sheet, editable: { table: t.name, columns: editableColumns(t.name) } }
      : { sheet: t.sheet },
  );
  return [...sheets, { sheet: listsTemplate(h.lang, h.facts.charterVersion).sheet }];
}

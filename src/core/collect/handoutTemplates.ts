/**
 * A hand-out as plan tables (the same templates as a new plan, with the unit's rows)
 * and the sheet protection that leaves only the cells to fill in open. The two
 * tables to fill in show the activity's or goal's text beside its ID and, to the
 * right, the last earlier report; the reader ignores those extra columns.
 */
import { isoToSerial, type IsoDate } from "../dates";
import type { Bilingual, Lang } from "../language";
import { listsTemplate, planTemplates } from "../planTemplate";
import type { SheetProtection } from "../protection.types";
import { PLAN_KEYS, choiceLabel, tableSpec, type PlanKey } from "../schema";
import type { CellFormat, TableTemplate } from "../template.types";
import { ANSWER_FIELDS } from "./answers";
import type { AnswerTable, AnswerValues, Handout, HandoutRow } from "./collect.types";
import { identityRows } from "./identity";

type Cell = string | number | null;

const serial = (d: IsoDate | null): number | null => (d === null ? null : isoToSerial(d));

/** The reference columns of the tables to fill in: header, the field shown, format. */
const PREVIOUS: Readonly<
  Record<AnswerTable, readonly { header: Bilingual; field: string | null; format: CellFormat }[]>
> = {
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

/** A value as shown: status and assessment as labels in the hand-out's language. */
function label(field: string, value: Cell, lang: Lang): Cell {
  if (typeof value !== "string") return value;
  if (field === "status") return choiceLabel("status", value, lang);
  if (field === "assessment") return choiceLabel("assessment", value, lang);
  return value;
}

function answerRow(r: HandoutRow, lang: Lang): Cell[] {
  const fill = (values: AnswerValues): Cell[] =>
    ANSWER_FIELDS[r.table].map((f) => label(f, values[f] ?? null, lang));
  const previous = PREVIOUS[r.table].map((p) =>
    r.previous === null
      ? null
      : p.field === null
        ? r.previous.period
        : label(p.field, r.previous.values[p.field] ?? null, lang),
  );
  return [r.period, r.id, r.name, ...fill(r.values), ...previous];
}

/** The template of a table to fill in: the name column after the ID, the reference columns last. */
function answerTemplate(
  base: TableTemplate,
  table: AnswerTable,
  rows: readonly HandoutRow[],
  lang: Lang,
): TableTemplate {
  const shift = (c: number): number => (c < 2 ? c : c + 1);
  const at = <T>(list: readonly T[], extra: T, tail: readonly T[]): T[] => [
    ...list.slice(0, 2),
    extra,
    ...list.slice(2),
    ...tail,
  ];
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
    rows: rows.map((r) => answerRow(r, lang)),
    validations: base.validations.map((v) => ({ ...v, column: shift(v.column) })),
    colours: base.colours.map((c) => ({ ...c, column: shift(c.column) })),
    formattedRows: Math.max(rows.length, 1),
  };
}

function planRows(h: Handout): Cell[][] {
  const f = h.facts;
  const values: Record<PlanKey, Cell> = {
    organisation: f.organisation,
    planName: f.planName,
    signed: serial(f.signed),
    adopted: serial(f.adopted),
    periodStart: serial(f.periodStart),
    periodEnd: serial(f.periodEnd),
    currency: f.currency,
    charterVersion: f.charterVersion,
  };
  return [...PLAN_KEYS.map((k) => [k.label[h.lang], values[k.key]]), ...identityRows(h.identity, h.lang)];
}

/** The seven tables of a hand-out, in workbook order, in the hand-out's language. */
export function handoutTemplates(h: Handout): TableTemplate[] {
  const lang = h.lang;
  const yesNo = (v: boolean | null): Cell =>
    v === null ? null : choiceLabel("yesNo", v ? "yes" : "no", lang);
  const rows: Record<string, Cell[][]> = {
    Plan: planRows(h),
    Articles: h.articles.map((a) => [a.article, a.title, a.area, yesNo(a.prioritised), a.rationale]),
    Goals: h.goals.map((g) => [
      g.id,
      g.articles.join(", "),
      g.goal,
      g.indicator,
      g.unit,
      g.baseline,
      g.target,
      g.direction === null ? null : choiceLabel("direction", g.direction, lang),
      g.responsible,
    ]),
    Activities: h.activities.map((a) => [
      a.id,
      a.goalId,
      a.activity,
      a.responsible,
      serial(a.start),
      serial(a.end),
      a.budget,
      a.resources,
      a.timeframe,
    ]),
    Periods: h.periods.map((p) => [
      p.period,
      p.type === null ? null : choiceLabel("periodType", p.type, lang),
      serial(p.cutoff),
    ]),
  };
  const version = h.facts.charterVersion;
  return planTemplates(lang, { version }).map((t) => {
    if (t.name === "FollowUp") return answerTemplate(t, "FollowUp", h.followUp, lang);
    if (t.name === "IndicatorValues") return answerTemplate(t, "IndicatorValues", h.indicators, lang);
    const body = rows[t.name] ?? [];
    return { ...t, rows: body, formattedRows: Math.max(body.length, 1) };
  });
}

/** The editable columns of a table to fill in: its answer fields, after the name column. */
function editableColumns(table: AnswerTable): number[] {
  const keys = tableSpec(table).columns.map((c) => c.key);
  return ANSWER_FIELDS[table].map((f) => keys.indexOf(f) + 1);
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

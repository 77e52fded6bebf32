/**
 * The values a unit fills in: taken from read rows, compared, keyed, and turned
 * back into cells in the master's column order.
 */
import type { FollowUpRow, IndicatorValueRow, TableInfo } from "../plan.types";
import type { Lang } from "../language";
import { normaliseText } from "../readValues";
import { choiceLabel, tableSpec } from "../schema";
import type { AnswerTable, AnswerValues } from "./collect.types";

/** The columns a unit fills in, per table, in schema order. */
export const ANSWER_FIELDS: Readonly<Record<AnswerTable, readonly string[]>> = {
  FollowUp: ["status", "outcome", "forecast", "comment"],
  IndicatorValues: ["women", "men", "total", "assessment", "comment"],
};

/** The ID column of each answer table. */
export const ID_FIELD: Readonly<Record<AnswerTable, "activityId" | "goalId">> = {
  FollowUp: "activityId",
  IndicatorValues: "goalId",
};

/** The filled-in values of a follow-up row. */
export function followUpValues(r: FollowUpRow): AnswerValues {
  return { status: r.status, outcome: r.outcome, forecast: r.forecast, comment: r.comment };
}

/** The filled-in values of an indicator row. */
export function indicatorValues(r: IndicatorValueRow): AnswerValues {
  return { women: r.women, men: r.men, total: r.total, assessment: r.assessment, comment: r.comment };
}

/** All fields null: a row ready to fill. */
export function emptyValues(table: AnswerTable): AnswerValues {
  return Object.fromEntries(ANSWER_FIELDS[table].map((f) => [f, null]));
}

/** True when the unit filled in nothing. */
export function isUnanswered(table: AnswerTable, values: AnswerValues): boolean {
  return ANSWER_FIELDS[table].every((f) => (values[f] ?? null) === null);
}

/** True when two answers say the same (comments compared as a person reads them). */
export function sameValues(table: AnswerTable, a: AnswerValues, b: AnswerValues): boolean {
  return ANSWER_FIELDS[table].every((f) => {
    const x = a[f] ?? null;
    const y = b[f] ?? null;
    if (typeof x === "string" && typeof y === "string")
      return x.replace(/\s+/g, " ").trim() === y.replace(/\s+/g, " ").trim();
    return x === y;
  });
}

/** An ID or period as compared: trimmed, any case, any spaces. */
export function idKey(text: string): string {
  return normaliseText(text);
}

/** The key of a row: the same for the same table, period and ID in any file. */
export function answerKey(table: AnswerTable, period: string, id: string): string {
  return `${table}|${idKey(period)}|${idKey(id)}`;
}

/** A value as written to a cell: choices as labels in the workbook's language. */
function cellOf(
  table: AnswerTable,
  field: string,
  value: string | number | null,
  lang: Lang,
): string | number | null {
  if (value === null || typeof value === "number") return value;
  if (table === "FollowUp" && field === "status") return choiceLabel("status", value, lang);
  if (table === "IndicatorValues" && field === "assessment") return choiceLabel("assessment", value, lang);
  return value;
}

/**
 * A row in a table's current column order (its full width). Columns the row does
 * not set are `undefined` with `keep`, so an update leaves them alone; else null.
 */
export function rowCells(
  info: TableInfo,
  table: AnswerTable,
  fields: Readonly<Record<string, string | number | null>>,
  lang: Lang,
  keep: boolean,
): (string | number | null | undefined)[] {
  const width = info.lastCol - info.firstCol + 1;
  const out: (string | number | null | undefined)[] = Array.from({ length: width }, () =>
    keep ? undefined : null,
  );
  for (const column of tableSpec(table).columns) {
    const col = info.columns[column.key];
    if (col === undefined || !(column.key in fields)) continue;
    out[col - info.firstCol] = cellOf(table, column.key, fields[column.key] ?? null, lang);
  }
  return out;
}

/**
 * The values a unit fills in: taken from read rows, compared and keyed (schemaRows.ts
 * turns them back into cells in the master's column order).
 */
import type { Lang } from "../language";
import { columnHeader, type ColumnKey } from "../schema";
import { type FollowUpRow, type IndicatorValueRow, shownValue } from "../plan";
import { normaliseText } from "../read";
import type { AnswerTable, AnswerValues } from "./collect.types";

/** The columns a unit fills in, per table, in schema order. */
export const ANSWER_FIELDS: { readonly [T in AnswerTable]: readonly ColumnKey<T>[] } = {
  FollowUp: ["status", "outcome", "forecast", "comment"],
  IndicatorValues: ["women", "men", "total", "assessment", "comment"],
};

/** The ID column of each answer table. */
export const ID_FIELD: Readonly<Record<AnswerTable, "activityId" | "goalId">> = {
  FollowUp: "activityId",
  IndicatorValues: "goalId",
};

/** The values of a row's answer fields, by key. */
function answerValues<T extends AnswerTable>(
  table: T,
  r: { readonly [K in ColumnKey<T>]: string | number | null },
): AnswerValues {
  const fields: readonly ColumnKey<T>[] = ANSWER_FIELDS[table];
  return Object.fromEntries(fields.map((f) => [f, r[f]]));
}

/** The filled-in values of a follow-up row. */
export const followUpValues = (r: FollowUpRow): AnswerValues => answerValues("FollowUp", r);

/** The filled-in values of an indicator row. */
export const indicatorValues = (r: IndicatorValueRow): AnswerValues => answerValues("IndicatorValues", r);

/** All fields null: a row ready to fill. */
export function emptyValues(table: AnswerTable): AnswerValues {
  // Stryker disable next-line ArrayDeclaration: a missing field and a null one read alike, as `values[f] ?? null` everywhere (test/mutation/equivalent.md)
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
    // Read values are trimmed already (readText): only the spaces inside differ.
    if (typeof x === "string" && typeof y === "string")
      return x.replace(/\s+/g, " ") === y.replace(/\s+/g, " ");
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

/**
 * A unit's filled-in values in words, as the workbook shows them: "Status Pågår;
 * Utfall 12000" (headers and choice labels in `lang`); "" when nothing is filled in.
 */
export function answerWords<T extends AnswerTable>(table: T, values: AnswerValues, lang: Lang): string {
  const fields: readonly ColumnKey<T>[] = ANSWER_FIELDS[table];
  return fields
    .flatMap((f) => {
      const value = values[f] ?? null;
      return value === null ? [] : [`${columnHeader(table, f, lang)} ${shownValue(table, f, value, lang)}`];
    })
    .join("; ");
}

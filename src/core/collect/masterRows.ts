/**
 * The master's side of writing a collect: its answer tables, the rows it holds now
 * by key, the planned rows that no longer match it, and a planned row's cells in
 * the master table's own column order.
 */
import { rowInTable, type Plan, type TableInfo } from "../plan";
import { answerKey, followUpValues, ID_FIELD, indicatorValues, sameValues } from "./answers";
import type { AnswerRow, AnswerTable, AnswerValues, CollectRows } from "./collect.types";

/** Where an answer table lies in the master. */
export const answerTableInfo = (plan: Plan, table: AnswerTable): TableInfo =>
  table === "FollowUp" ? plan.followUp.table : plan.indicatorValues.table;

/** The master's rows now, by key: sheet row and values (the first row of a key). */
export function masterRows(plan: Plan): Map<string, { row: number; values: AnswerValues }> {
  const map = new Map<string, { row: number; values: AnswerValues }>();
  const add = (
    table: AnswerTable,
    period: string | null,
    id: string | null,
    row: number,
    values: AnswerValues,
  ): void => {
    if (period && id && !map.has(answerKey(table, period, id)))
      map.set(answerKey(table, period, id), { row, values });
  };
  for (const r of plan.followUp.rows) add("FollowUp", r.period, r.activityId, r.row, followUpValues(r));
  for (const r of plan.indicatorValues.rows)
    add("IndicatorValues", r.period, r.goalId, r.row, indicatorValues(r));
  return map;
}

/** The planned rows the master no longer matches: an appended key now exists, or a replaced row moved or changed. */
export function staleRows(plan: Plan, rows: CollectRows): AnswerRow[] {
  const now = masterRows(plan);
  return [
    ...rows.append.filter((a) => now.has(a.key)),
    ...rows.update.filter((a) => {
      const m = now.get(a.key);
      return !m || m.row !== a.masterRow || a.before === null || !sameValues(a.table, m.values, a.before);
    }),
  ];
}

/**
 * A planned row's cells in the master table's column order: a new row whole (period,
 * ID and answers), a replaced row with only its answers (`keep`: other cells kept).
 */
export function answerCells(plan: Plan, a: AnswerRow, keep: boolean): ReturnType<typeof rowInTable> {
  return rowInTable(
    answerTableInfo(plan, a.table),
    keep ? a.after : { period: a.period, [ID_FIELD[a.table]]: a.id, ...a.after },
    plan.lang,
    keep,
  );
}

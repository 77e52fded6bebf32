/** IDs and references: duplicated IDs, references to unknown goals, activities and periods. */
import type { Finding } from "./findings.types";
import type { ColumnKey, TableName } from "../schema";
import type { TableInfo } from "../plan";
import { cellAt, finding, hasColumns, type CheckContext } from "./context";

type Keyed = { readonly row: number; readonly key: string | null };

function duplicates<T extends TableName>(
  table: TableInfo<T>,
  column: ColumnKey<T>,
  rows: readonly Keyed[],
): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  for (const r of rows) {
    if (r.key === null) continue;
    const firstRow = first.get(r.key);
    if (firstRow === undefined) {
      first.set(r.key, r.row);
      continue;
    }
    const at = cellAt(table, r.row, column);
    if (at) out.push(finding("ID_DUPLICATE", at, [r.key], { id: r.key, row: r.row, firstRow }));
  }
  return out;
}

function goalRefs(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  if (!hasColumns(plan.goals.table, "id")) return [];
  const out: Finding[] = [];
  const sources = [
    plan.activities.rows.map((a) => ({
      table: plan.activities.table,
      row: a.row,
      id: a.id,
      goalId: a.goalId,
    })),
    plan.indicatorValues.rows.map((v) => ({
      table: plan.indicatorValues.table,
      row: v.row,
      id: null,
      goalId: v.goalId,
    })),
  ];
  for (const list of sources) {
    for (const r of list) {
      if (r.goalId === null || index.goalsById.has(r.goalId)) continue;
      const at = cellAt(r.table, r.row, "goalId");
      const refs = r.id === null ? [r.goalId] : [r.id, r.goalId];
      if (at) out.push(finding("REF_UNKNOWN_GOAL", at, refs, { id: r.id, row: r.row, goalId: r.goalId }));
    }
  }
  return out;
}

function activityAndPeriodRefs(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const out: Finding[] = [];
  const checkActivities = hasColumns(plan.activities.table, "id");
  const checkPeriods = hasColumns(plan.periods.table, "period");
  for (const f of plan.followUp.rows) {
    if (checkActivities && f.activityId !== null && !index.activitiesById.has(f.activityId)) {
      const at = cellAt(plan.followUp.table, f.row, "activityId");
      if (at)
        out.push(
          finding("REF_UNKNOWN_ACTIVITY", at, [f.activityId], { row: f.row, activityId: f.activityId }),
        );
    }
    if (checkPeriods && f.period !== null && !index.periodsByName.has(f.period)) {
      const at = cellAt(plan.followUp.table, f.row, "period");
      if (at) out.push(finding("REF_UNKNOWN_PERIOD", at, [f.period], { row: f.row, period: f.period }));
    }
  }
  if (!checkPeriods) return out;
  for (const v of plan.indicatorValues.rows) {
    if (v.period === null || index.periodsByName.has(v.period)) continue;
    const at = cellAt(plan.indicatorValues.table, v.row, "period");
    if (at) out.push(finding("REF_UNKNOWN_PERIOD", at, [v.period], { row: v.row, period: v.period }));
  }
  return out;
}

function followUpDuplicates(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  for (const f of ctx.plan.followUp.rows) {
    if (f.period === null || f.activityId === null) continue;
    const key = `${f.period}\u0000${f.activityId}`;
    const firstRow = first.get(key);
    if (firstRow === undefined) {
      first.set(key, f.row);
      continue;
    }
    const at = cellAt(ctx.plan.followUp.table, f.row, "activityId");
    const args = { activity: f.activityId, period: f.period, firstRow };
    if (at) out.push(finding("FOLLOWUP_DUPLICATE", at, [f.activityId, f.period], args));
  }
  return out;
}

/** ID_DUPLICATE, REF_UNKNOWN_GOAL, REF_UNKNOWN_ACTIVITY, REF_UNKNOWN_PERIOD and FOLLOWUP_DUPLICATE. */
export function checkIds(ctx: CheckContext): Finding[] {
  const { plan } = ctx;
  return [
    ...duplicates(
      plan.goals.table,
      "id",
      plan.goals.rows.map((g) => ({ row: g.row, key: g.id })),
    ),
    ...duplicates(
      plan.activities.table,
      "id",
      plan.activities.rows.map((a) => ({ row: a.row, key: a.id })),
    ),
    ...duplicates(
      plan.periods.table,
      "period",
      plan.periods.rows.map((p) => ({ row: p.row, key: p.period })),
    ),
    ...goalRefs(ctx),
    ...activityAndPeriodRefs(ctx),
    ...followUpDuplicates(ctx),
  ];
}

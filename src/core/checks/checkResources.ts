/** Resources (Principle 6): budgets, outcomes and forecasts. */
import type { Finding } from "./findings.types";
import { columnHeader, type ColumnKey, type TableName } from "../schema";
import { type TableInfo } from "../plan";
import { cellAt, finding, isUnreadable, type CheckContext } from "./context";
import { latestAsOf } from "./planIndex";

function negative<T extends TableName>(
  ctx: CheckContext,
  table: TableInfo<T>,
  row: number,
  key: ColumnKey<T>,
  value: number | null,
  refs: string[],
  id: string | null,
): Finding[] {
  if (value === null || !(value < 0)) return [];
  const at = cellAt(table, row, key);
  if (!at) return [];
  const args = {
    id,
    row,
    header: columnHeader(table.name, key, ctx.plan.lang),
    amount: value,
    currency: ctx.plan.facts.currency,
  };
  return [finding("RESOURCE_NEGATIVE", at, refs, args)];
}

function overBudget(ctx: CheckContext, id: string, budget: number): Finding[] {
  const latest = latestAsOf(ctx.index, id, ctx.refDate);
  if (!latest) return [];
  const { row } = latest;
  const period = row.period;
  if (period === null) return [];
  const over =
    row.forecast !== null && row.forecast > budget
      ? { key: "forecast" as const, amount: row.forecast }
      : row.outcome !== null && row.outcome > budget
        ? { key: "outcome" as const, amount: row.outcome }
        : null;
  if (!over) return [];
  const at = cellAt(ctx.plan.followUp.table, row.row, over.key);
  if (!at) return [];
  const args = {
    activity: id,
    period,
    column: over.key,
    amount: over.amount,
    budget,
    currency: ctx.plan.facts.currency,
  };
  return [finding("RESOURCE_OVER_BUDGET", at, [id, period], args)];
}

/** RESOURCE_ACTIVITY_NONE, RESOURCE_OVER_BUDGET and RESOURCE_NEGATIVE. */
export function checkResources(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const activities = plan.activities.table;
  const out: Finding[] = [];
  for (const a of plan.activities.rows) {
    out.push(...negative(ctx, activities, a.row, "budget", a.budget, a.id === null ? [] : [a.id], a.id));
    if (a.id === null) continue;
    const budgetAt = cellAt(activities, a.row, "budget");
    if (budgetAt && a.budget === null && a.resources === null && !isUnreadable(ctx, budgetAt)) {
      out.push(finding("RESOURCE_ACTIVITY_NONE", budgetAt, [a.id], { activity: a.id }));
    }
    // No budget, nothing to exceed; a duplicated ID is judged at its first row.
    if (a.budget !== null && index.activitiesById.get(a.id) === a)
      out.push(...overBudget(ctx, a.id, a.budget));
  }
  const followUp = plan.followUp.table;
  for (const f of plan.followUp.rows) {
    const refs = [f.activityId, f.period].filter((r): r is string => r !== null);
    out.push(...negative(ctx, followUp, f.row, "outcome", f.outcome, refs, null));
    out.push(...negative(ctx, followUp, f.row, "forecast", f.forecast, refs, null));
  }
  return out;
}

/** Activity and period dates against each other, the plan period and the reference date. */
import type { Finding } from "./findings.types";
import type { ActivityRow } from "../plan";
import { cellAt, finding, hasColumns, isUnreadable, type CheckContext } from "./context";
import { isClosed, latestAsOf } from "./planIndex";

type PlanPeriod = { readonly start: string; readonly end: string } | null;

function activityDates(
  ctx: CheckContext,
  a: ActivityRow & { readonly id: string },
  period: PlanPeriod,
): Finding[] {
  const table = ctx.plan.activities.table;
  const startAt = cellAt(table, a.row, "start");
  const endAt = cellAt(table, a.row, "end");
  const activity = a.id;
  const refs = [a.id];
  const out: Finding[] = [];
  // "Empty" means nothing in the cell; an unreadable date has its own finding.
  if (startAt && a.start === null && !isUnreadable(ctx, startAt)) {
    out.push(finding("TIME_ACTIVITY_NO_DATES", startAt, refs, { activity, missing: "start" }));
  } else if (endAt && a.end === null && !isUnreadable(ctx, endAt)) {
    out.push(finding("TIME_ACTIVITY_NO_DATES", endAt, refs, { activity, missing: "end" }));
  }
  if (endAt && a.start !== null && a.end !== null && a.end < a.start) {
    out.push(
      finding("TIME_ACTIVITY_END_BEFORE_START", endAt, refs, { activity, start: a.start, end: a.end }),
    );
  }
  if (period && startAt && a.start !== null && a.start < period.start) {
    const args = { activity, side: "start", date: a.start, planDate: period.start } as const;
    out.push(finding("TIME_ACTIVITY_OUTSIDE_PLAN", startAt, refs, args));
  } else if (period && endAt && a.end !== null && a.end > period.end) {
    const args = { activity, side: "end", date: a.end, planDate: period.end } as const;
    out.push(finding("TIME_ACTIVITY_OUTSIDE_PLAN", endAt, refs, args));
  }
  return out;
}

function overdue(ctx: CheckContext, a: ActivityRow & { readonly id: string }): Finding[] {
  const endAt = cellAt(ctx.plan.activities.table, a.row, "end");
  if (!endAt || a.end === null || !(a.end < ctx.refDate)) return [];
  // No follow-up yet counts as not done.
  const latest = latestAsOf(ctx.index, a.id, ctx.refDate, (r) => r.status !== null);
  if (latest && isClosed(latest.row.status)) return [];
  return [finding("TIME_ACTIVITY_OVERDUE", endAt, [a.id], { activity: a.id, end: a.end })];
}

/** The TIME_* codes. Activities and periods without their ID are left to VALUE_REQUIRED. */
export function checkTimeframes(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const { periodStart, periodEnd } = plan.facts;
  const period: PlanPeriod =
    periodStart !== null && periodEnd !== null && periodStart <= periodEnd
      ? { start: periodStart, end: periodEnd }
      : null;
  // Without a follow-up table no status can be known; TABLE_MISSING says so once.
  const judgeOverdue = hasColumns(plan.followUp.table, "period", "activityId", "status");
  const out: Finding[] = [];
  for (const a of plan.activities.rows) {
    if (a.id === null) continue;
    const activity = { ...a, id: a.id };
    out.push(...activityDates(ctx, activity, period));
    // Status is kept by ID: a duplicated ID is judged at its first row only.
    if (judgeOverdue && index.activitiesById.get(a.id) === a) out.push(...overdue(ctx, activity));
  }
  if (!period) return out;
  for (const p of plan.periods.rows) {
    if (p.period === null || p.cutoff === null || (p.cutoff >= period.start && p.cutoff <= period.end))
      continue;
    const at = cellAt(plan.periods.table, p.row, "cutoff");
    if (at)
      out.push(finding("TIME_PERIOD_OUTSIDE_PLAN", at, [p.period], { period: p.period, cutoff: p.cutoff }));
  }
  return out;
}

/** Follow-up due: every started, still open activity is reported at every passed cut-off. */
import type { IsoDate } from "../dates";
import type { Finding } from "./findings.types";
import { tableSpec } from "../schema";
import { cellAt, finding, hasColumns, type CheckContext } from "./context";
import { isClosed } from "./planIndex";

type DuePeriod = { readonly name: string; readonly cutoff: IsoDate; readonly row: number };

/** The periods whose cut-off is on or before the reference date, by cut-off. */
function duePeriods(ctx: CheckContext): DuePeriod[] {
  const out: DuePeriod[] = [];
  for (const [name, p] of ctx.index.periodsByName) {
    if (p.cutoff !== null && p.cutoff <= ctx.refDate) out.push({ name, cutoff: p.cutoff, row: p.row });
  }
  return out.sort((a, b) => (a.cutoff < b.cutoff ? -1 : a.cutoff > b.cutoff ? 1 : a.row - b.row));
}

/** FOLLOWUP_MISSING, at the activity's ID cell; an activity without a start date is not judged. */
export function checkFollowUp(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  if (!hasColumns(plan.followUp.table, "period", "activityId") || !hasColumns(plan.activities.table, "id"))
    return [];
  const periods = duePeriods(ctx);
  if (periods.length === 0) return [];
  const reported = new Set<string>();
  // The earliest cut-off at which each activity was reported Done or Cancelled.
  const closedAt = new Map<string, IsoDate>();
  for (const f of plan.followUp.rows) {
    if (f.period === null || f.activityId === null) continue;
    reported.add(`${f.period}\u0000${f.activityId}`);
    const cutoff = index.periodsByName.get(f.period)?.cutoff ?? null;
    if (cutoff === null || !isClosed(f.status)) continue;
    const earlier = closedAt.get(f.activityId);
    if (earlier === undefined || cutoff < earlier) closedAt.set(f.activityId, cutoff);
  }
  const sheetName = plan.followUp.table.sheet ?? tableSpec("FollowUp").sheet[plan.lang];
  const out: Finding[] = [];
  for (const [id, a] of index.activitiesById) {
    if (a.start === null) continue;
    const at = cellAt(plan.activities.table, a.row, "id");
    if (!at) continue;
    const closed = closedAt.get(id);
    for (const p of periods) {
      if (a.start > p.cutoff || (closed !== undefined && closed < p.cutoff)) continue;
      if (reported.has(`${p.name}\u0000${id}`)) continue;
      out.push(
        finding("FOLLOWUP_MISSING", at, [id, p.name], { activity: id, period: p.name, sheet: sheetName }),
      );
    }
  }
  return out;
}

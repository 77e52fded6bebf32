/**
 * DEVIATION_ACTION_MISSING (docs/findings.md): a deviation (src/core/deviation: delayed,
 * overdue, over budget; not met, worse than the baseline) on a follow-up or indicator
 * row without an action: neither its Åtgärd cell nor its comment states one. Only where
 * the table has the Åtgärd column, at that cell: a plan without the column checks as
 * before, and set-up adds the column (docs/workbook.md).
 */
import { activityDeviations, hasAction, indicatorDeviations } from "../deviation";
import { columnHeader } from "../schema";
import type { Finding } from "./findings.types";
import { cellAt, finding, type CheckContext } from "./context";

function followUpFindings(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const header = columnHeader("FollowUp", "action", plan.lang);
  const out: Finding[] = [];
  for (const f of plan.followUp.rows) {
    const at = cellAt(plan.followUp.table, f.row, "action");
    if (!at) break;
    const id = f.activityId;
    if (id === null || f.status === null || hasAction(f)) continue;
    const activity = index.activitiesById.get(id);
    const cutoff = f.period === null ? null : (index.periodsByName.get(f.period)?.cutoff ?? null);
    const facts = {
      status: f.status,
      end: activity?.end ?? null,
      budget: activity?.budget ?? null,
      outcome: f.outcome,
      forecast: f.forecast,
    };
    const deviations = activityDeviations(facts, cutoff);
    if (deviations.length === 0) continue;
    const period = f.period ?? "";
    const args = { of: "activity", id, period, deviations, header } as const;
    out.push(finding("DEVIATION_ACTION_MISSING", at, [id, period], args));
  }
  return out;
}

function indicatorFindings(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const header = columnHeader("IndicatorValues", "action", plan.lang);
  const out: Finding[] = [];
  for (const v of plan.indicatorValues.rows) {
    const at = cellAt(plan.indicatorValues.table, v.row, "action");
    if (!at) break;
    const id = v.goalId;
    const goal = id === null ? undefined : index.goalsById.get(id);
    if (id === null || !goal || hasAction(v)) continue;
    const deviations = indicatorDeviations({
      women: v.women,
      men: v.men,
      total: v.total,
      assessment: v.assessment,
      direction: goal.direction,
      baseline: goal.baseline,
      target: goal.target,
    });
    if (deviations.length === 0) continue;
    const period = v.period ?? "";
    const args = { of: "goal", id, period, deviations, header } as const;
    out.push(finding("DEVIATION_ACTION_MISSING", at, [id, period], args));
  }
  return out;
}

/** DEVIATION_ACTION_MISSING on follow-up and indicator rows, at their Åtgärd cell. */
export function checkActions(ctx: CheckContext): Finding[] {
  return [...followUpFindings(ctx), ...indicatorFindings(ctx)];
}

/**
 * A goal's value and assessment at a cut-off (docs/reports.md): the latest indicator row,
 * the value by direction, and the assessment rules with the manual Bedömning first.
 */
import type { IsoDate } from "../dates";
import { type GoalRow, type IndicatorValueRow, type Plan } from "../plan";
import { periodCutoffs } from "../periods";
import { uniqueSorted } from "./activityState";
import { assessValue, gapOf, judgedValue } from "../deviation";
import type { AssessmentSource, GoalAssessment, GoalSummary } from "./summary.types";

/** True when an indicator row holds a measurement or an assessment (not only a comment). */
function hasContent(row: IndicatorValueRow): boolean {
  return row.women !== null || row.men !== null || row.total !== null || row.assessment !== null;
}

/**
 * The latest indicator row of a goal as of a cut-off; rows of unknown periods and
 * rows holding only a comment are skipped; of two at the same cut-off the first counts.
 */
export function latestIndicatorRow(
  rows: readonly IndicatorValueRow[],
  cutoffs: ReadonlyMap<string, IsoDate>,
  goalId: string,
  cutoff: IsoDate,
): { row: IndicatorValueRow; period: string } | null {
  let best: { row: IndicatorValueRow; period: string; cutoff: IsoDate } | null = null;
  for (const row of rows) {
    if (row.goalId?.trim() !== goalId || !hasContent(row)) continue;
    const period = row.period?.trim() ?? "";
    const at = cutoffs.get(period);
    if (at === undefined || at > cutoff) continue;
    if (best === null || at > best.cutoff) best = { row, period, cutoff: at };
  }
  return best ? { row: best.row, period: best.period } : null;
}

/** One goal as of a cut-off. */
export function goalSummary(
  goal: GoalRow & { readonly id: string },
  rows: readonly IndicatorValueRow[],
  cutoffs: ReadonlyMap<string, IsoDate>,
  cutoff: IsoDate,
): GoalSummary {
  const latest = latestIndicatorRow(rows, cutoffs, goal.id, cutoff);
  const women = latest?.row.women ?? null;
  const men = latest?.row.men ?? null;
  const total = latest?.row.total ?? null;
  const gap = gapOf(women, men);
  const value = judgedValue(goal.direction, total, gap);
  const manual = latest?.row.assessment ?? null;
  // The same rule as the checks' deviations (src/core/deviation).
  const computed = assessValue(goal.direction, value, goal.baseline, goal.target);
  const assessment: GoalAssessment = manual ?? computed;
  const source: AssessmentSource =
    manual !== null ? "manual" : computed === "notAssessed" ? "none" : "computed";
  return {
    id: goal.id,
    articles: uniqueSorted(goal.articles),
    goal: goal.goal,
    indicator: goal.indicator,
    unit: goal.unit,
    direction: goal.direction,
    baseline: goal.baseline,
    target: goal.target,
    responsible: goal.responsible,
    measuredAt: latest?.period ?? null,
    women,
    men,
    total,
    gap,
    value,
    assessment,
    assessmentSource: source,
    comment: latest?.row.comment ?? null,
  };
}

/** Indicator rows grouped by Goal ID (trimmed), in sheet order. */
function indicatorRowsByGoal(rows: readonly IndicatorValueRow[]): ReadonlyMap<string, IndicatorValueRow[]> {
  const map = new Map<string, IndicatorValueRow[]>();
  for (const row of rows) {
    const id = row.goalId?.trim();
    if (!id) continue;
    const list = map.get(id);
    if (list) list.push(row);
    else map.set(id, [row]);
  }
  return map;
}

/** Every goal with an ID (the first row of a duplicated ID) as of the cut-off. */
export function goalSummaries(plan: Plan, cutoff: IsoDate): GoalSummary[] {
  const cutoffs = periodCutoffs(plan);
  // Grouped once, so the summary stays linear in goals + indicator rows (not their product).
  const rowsByGoal = indicatorRowsByGoal(plan.indicatorValues.rows);
  const seen = new Set<string>();
  const out: GoalSummary[] = [];
  for (const g of plan.goals.rows) {
    const id = g.id?.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push(goalSummary({ ...g, id }, rowsByGoal.get(id) ?? [], cutoffs, cutoff));
  }
  return out;
}

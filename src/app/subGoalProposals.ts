/**
 * Set-up's proposal of national sub-goals (docs/workbook.md "Writing rules"): for each
 * goal whose Nationellt delmål cell is empty, OUR proposal from its articles
 * (docs/domain.md); written only after the user confirms, and only into cells that are
 * still empty when written. Nothing is filled in silently.
 */
import { nationalGoalsCell, proposeNationalGoals, type NationalGoalNumber } from "../core/nationalGoals";
import type { GoalRow, Plan } from "../core/plan";
import { readPlan } from "../core/read";
import type { WorkbookPort } from "./ports";

export type SubGoalProposal = {
  readonly goalId: string;
  /** 0-based sheet row of the goal. */
  readonly row: number;
  readonly articles: readonly number[];
  readonly goals: readonly NationalGoalNumber[];
};

/** True when the goal's sub-goal cell is empty (nothing read, nothing not understood). */
const emptyCell = (g: GoalRow): boolean =>
  g.nationalGoals.length === 0 && g.nationalGoalTextsNotUnderstood.length === 0;

/** The proposals of a read plan: goals with an ID, an empty sub-goal cell and a proposal; none without the column. */
export function subGoalProposals(plan: Plan): SubGoalProposal[] {
  if (plan.goals.table.columns.nationalGoals === undefined) return [];
  return plan.goals.rows.flatMap((g) => {
    const goalId = g.id;
    const goals = proposeNationalGoals(g.articles);
    return goalId && emptyCell(g) && goals.length > 0
      ? [{ goalId, row: g.row, articles: g.articles, goals }]
      : [];
  });
}

/** The proposals for the workbook as it is now. */
export async function proposeSubGoals(port: WorkbookPort): Promise<SubGoalProposal[]> {
  return subGoalProposals(readPlan(await port.read()));
}

/**
 * Writes the confirmed proposals into the sub-goal cells that are still empty and
 * still hold the same goal (the workbook is read again first); the number written.
 */
export async function writeSubGoals(
  port: WorkbookPort,
  confirmed: readonly SubGoalProposal[],
): Promise<number> {
  const plan = readPlan(await port.read());
  const { table } = plan.goals;
  const col = table.columns.nationalGoals;
  if (col === undefined || !port.updateRows || table.found !== "table") return 0;
  const updates = confirmed.flatMap((p) => {
    const g = plan.goals.rows.find((r) => r.row === p.row);
    if (!g || g.id !== p.goalId || !emptyCell(g)) return [];
    const values: (string | undefined)[] = Array.from(
      { length: table.lastCol - table.firstCol + 1 },
      () => undefined,
    );
    values[col - table.firstCol] = nationalGoalsCell(p.goals);
    return [{ table: "Goals", row: p.row, values }];
  });
  if (updates.length > 0) await port.updateRows(updates);
  return updates.length;
}

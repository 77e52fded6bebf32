/**
 * Goals and the national gender-equality sub-goals (docs/findings.md): a sub-goal cell
 * not understood, one written in the old numbering, and a goal without a sub-goal
 * (with OUR proposal from its articles). Only when the Goals table has the column: a
 * plan without it checks as before.
 */
import { columnHeader } from "../schema";
import { proposeNationalGoals } from "../nationalGoals";
import type { Finding } from "./findings.types";
import { cellAt, finding, type CheckContext } from "./context";

/** NATIONAL_GOAL_UNKNOWN, NATIONAL_GOAL_OLD_NUMBERING and NATIONAL_GOAL_NONE at the goal's sub-goal cell. */
export function checkNationalGoals(ctx: CheckContext): Finding[] {
  const { plan } = ctx;
  const header = columnHeader("Goals", "nationalGoals", plan.lang);
  const out: Finding[] = [];
  for (const g of plan.goals.rows) {
    const at = cellAt(plan.goals.table, g.row, "nationalGoals");
    if (!at) break;
    const own = g.id === null ? [] : [g.id];
    const place = { id: g.id, row: g.row };
    for (const text of g.nationalGoalTextsNotUnderstood)
      out.push(finding("NATIONAL_GOAL_UNKNOWN", at, own, { ...place, header, text }));
    for (const old of g.nationalGoalsOldNumbering)
      out.push(finding("NATIONAL_GOAL_OLD_NUMBERING", at, [...own, String(old.read)], { ...place, ...old }));
    if (g.id === null || g.nationalGoals.length > 0 || g.nationalGoalTextsNotUnderstood.length > 0) continue;
    const proposal = proposeNationalGoals(g.articles);
    const refs = [...own, ...proposal.map(String)];
    out.push(finding("NATIONAL_GOAL_NONE", at, refs, { ...place, header, articles: g.articles, proposal }));
  }
  return out;
}

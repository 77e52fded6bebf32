/** Article coverage: priorities, goals for them, activities and indicators for goals. */
import { isArticleOf } from "../charter";
import type { Finding } from "./findings.types";
import type { GoalRow } from "../plan";
import { cellAt, finding, hasColumns, isUnreadable, type CheckContext } from "./context";

function priorities(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const table = plan.articles.table;
  if (!hasColumns(table, "article", "prioritised")) return [];
  const version = plan.facts.charterVersion;
  const prioritised = [...index.prioritised.entries()].filter(([n]) => isArticleOf(n, version));
  if (prioritised.length === 0)
    return [finding("COVERAGE_NO_PRIORITY", { sheet: table.sheet, cell: null }, [], {})];
  if (!hasColumns(plan.goals.table, "id", "articles")) return [];
  const out: Finding[] = [];
  for (const [n, row] of prioritised) {
    if (index.goalsByArticle.has(n)) continue;
    const at = cellAt(table, row.row, "prioritised");
    if (at) out.push(finding("COVERAGE_ARTICLE_NO_GOAL", at, [String(n)], { article: String(n) }));
  }
  return out;
}

function indicator(ctx: CheckContext, g: GoalRow & { readonly id: string }): Finding[] {
  const table = ctx.plan.goals.table;
  if (g.indicator === null) {
    const at = cellAt(table, g.row, "indicator");
    return at
      ? [finding("COVERAGE_GOAL_NO_INDICATOR", at, [g.id], { goal: g.id, missing: "indicator" })]
      : [];
  }
  const at = cellAt(table, g.row, "target");
  if (g.target !== null || !at || isUnreadable(ctx, at)) return [];
  return [finding("COVERAGE_GOAL_NO_INDICATOR", at, [g.id], { goal: g.id, missing: "target" })];
}

function notPrioritised(ctx: CheckContext, g: GoalRow & { readonly id: string }): Finding[] {
  const { plan, index } = ctx;
  const at = cellAt(plan.goals.table, g.row, "articles");
  if (!at || !hasColumns(plan.articles.table, "article", "prioritised")) return [];
  const out: Finding[] = [];
  for (const n of new Set(g.articles)) {
    // Numbers outside the version are ARTICLE_UNKNOWN; they cannot be prioritised.
    if (!isArticleOf(n, plan.facts.charterVersion) || index.prioritised.has(n)) continue;
    const article = String(n);
    const listed = index.articleRows.has(n);
    out.push(finding("COVERAGE_GOAL_NOT_PRIORITISED", at, [g.id, article], { goal: g.id, article, listed }));
  }
  return out;
}

/** The COVERAGE_* codes. Goals without an ID are left to VALUE_REQUIRED. */
export function checkCoverage(ctx: CheckContext): Finding[] {
  const { plan, index } = ctx;
  const out = priorities(ctx);
  const judgeActivities = hasColumns(plan.activities.table, "goalId");
  for (const g of plan.goals.rows) {
    if (g.id === null) continue;
    const goal = { ...g, id: g.id };
    // A duplicated ID is judged once, at its first row (the others are ID_DUPLICATE).
    if (judgeActivities && index.goalsById.get(g.id) === g && !index.activitiesByGoal.has(g.id)) {
      const at = cellAt(plan.goals.table, g.row, "id");
      if (at) out.push(finding("COVERAGE_GOAL_NO_ACTIVITY", at, [g.id], { goal: g.id }));
    }
    out.push(...indicator(ctx, goal), ...notPrioritised(ctx, goal));
  }
  return out;
}

/**
 * Turning a loose list into goals and activities (import.md "Rules"): blank article
 * and goal cells continue the value above, identical goals under one article are
 * one goal, IDs continue existing ones, and every cell not understood is listed.
 */
import { a1, isBlank, type CellValue, type RawRange } from "../cells";
import { normaliseText, readArticleRefs, readNumber, readText } from "../readValues";
import { activityDates } from "./activityDates";
import { goalArticles } from "./goalArticles";
import type {
  ImportedActivity,
  ImportedGoal,
  ImportOptions,
  ImportResult,
  ImportWarning,
  NotUnderstood,
  NotUnderstoodReason,
} from "./import.types";
import { IdNumbering } from "./numbering";
import type { PlanPeriod } from "./parseTimeframe";
import { checkedMapping } from "./mapping";
import { recogniseColumns, type ImportMeaning } from "./recogniseColumns";

type GoalDraft = {
  id: string;
  articles: number[];
  goal: string;
  indicator: string | null;
  target: number | null;
  cell: string;
};
/** The goal rows below continue: a real goal, or one without article whose rows are listed. */
type Current = { kind: "goal"; goal: GoalDraft } | { kind: "noArticle" };

/** Imports a loose list (a range whose first non-empty row holds headers); never throws. */
export function importList(range: RawRange, options: ImportOptions): ImportResult {
  const recognised = recogniseColumns(range);
  const warnings: ImportWarning[] = [];
  const notUnderstood: NotUnderstood[] = [];
  const numbering = new IdNumbering(options.existingGoalIds ?? [], options.existingActivityIds ?? []);
  const base = {
    sheet: range.sheet,
    headers: recognised.headers,
    numbering: { continuedAfter: numbering.continuedAfter, firstGoalId: null },
  };
  if (recognised.headerRow === null) {
    warnings.push({ code: "NO_HEADER_ROW", cell: null, text: null });
    return { ...base, mapping: {}, goals: [], activities: [], notUnderstood, warnings };
  }
  const width = Math.max(0, ...range.values.map((r) => r.length));
  const mapping = checkedMapping(options.mapping ?? recognised.mapping, width, warnings);
  if (!options.mapping) {
    for (const h of recognised.unrecognised)
      warnings.push({ code: "HEADER_NOT_RECOGNISED", cell: h.cell, text: h.text });
  }
  for (const m of ["article", "goal", "activity"] as const) {
    if (mapping[m] === undefined) warnings.push({ code: "COLUMN_NOT_FOUND", cell: null, text: m });
  }
  const plan: PlanPeriod | undefined =
    options.from && options.to ? { start: options.from, end: options.to } : undefined;

  const goals: GoalDraft[] = [];
  const activities: ImportedActivity[] = [];
  const byKey = new Map<string, GoalDraft>();
  let articles: number[] = [];
  let current: Current | null = null;

  for (let r = recognised.headerRow + 1; r < range.values.length; r++) {
    const row = range.values[r] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    const at = (m: ImportMeaning): { value: CellValue; cell: string } | null => {
      const c = mapping[m];
      return c === undefined ? null : { value: row[c] ?? null, cell: a1(range.top + r, range.left + c) };
    };
    const text = (m: ImportMeaning): string | null => {
      const c = at(m);
      return c ? readText(c.value) : null;
    };
    const cellOf = (...ms: ImportMeaning[]): string => {
      for (const m of ms) {
        const c = at(m);
        if (c) return c.cell;
      }
      return a1(range.top + r, range.left);
    };
    const list = (cell: string, t: string, reason: NotUnderstoodReason): void => {
      notUnderstood.push({ sheet: range.sheet, cell, text: t, reason });
    };

    const articleCell = at("article");
    const rowHasArticle = articleCell !== null && !isBlank(articleCell.value);
    if (articleCell && rowHasArticle) {
      const refs = readArticleRefs(articleCell.value);
      if (refs.notUnderstood.length > 0) list(articleCell.cell, readText(articleCell.value) ?? "", "article");
      // A new article starts a new group: the goal above belongs to the old one.
      if (refs.articles.join(",") !== articles.join(",")) current = null;
      articles = refs.articles;
    }

    const goalText = text("goal");
    if (goalText !== null) {
      const named = goalArticles(goalText);
      if (named.articles.length > 0 && mapping.article === undefined) articles = named.articles;
      const goalArticleList = named.articles.length > 0 ? named.articles : articles;
      if (goalArticleList.length === 0) {
        current = { kind: "noArticle" };
        list(cellOf("article", "goal"), goalText, "noArticle");
      } else {
        const key = `${[...goalArticleList].sort((x, y) => x - y).join(",")}|${normaliseText(named.goal)}`;
        let goal = byKey.get(key);
        if (!goal) {
          goal = {
            id: numbering.goalId(),
            articles: goalArticleList,
            goal: named.goal,
            indicator: null,
            target: null,
            cell: cellOf("goal"),
          };
          byKey.set(key, goal);
          goals.push(goal);
        }
        current = { kind: "goal", goal };
      }
    }

    if (current?.kind === "goal") addGoalDetails(current.goal, at("indicator"), at("target"), warnings, list);

    const activityText = text("activity");
    if (activityText !== null) {
      if (current === null) list(cellOf("activity"), activityText, "noGoal");
      else if (current.kind === "noArticle") list(cellOf("activity"), activityText, "noArticle");
      else {
        const dates = activityDates(at("timeframe"), at("start"), at("end"), plan);
        for (const p of dates.problems) list(p.cell, p.text, p.reason);
        const budgetCell = at("budget");
        const budget = budgetCell ? readNumber(budgetCell.value) : null;
        if (budgetCell && budget && !budget.ok) list(budgetCell.cell, budget.text, "budget");
        activities.push({
          id: numbering.activityId(current.goal.id),
          goalId: current.goal.id,
          activity: activityText,
          responsible: text("responsible"),
          start: dates.start,
          end: dates.end,
          budget: budget?.ok ? budget.value : null,
          resources: text("resources"),
          timeframe: dates.timeframe,
          cell: cellOf("activity"),
        });
      }
    } else {
      // Details without an activity: perhaps the tail of a cell split over two
      // rows. Listed rather than pinned on the activity above or on the goal.
      const detail = (["responsible", "timeframe", "start", "end", "budget", "resources"] as const)
        .map((m) => ({ m, c: at(m) }))
        .find((x) => x.c !== null && !isBlank(x.c.value));
      if (detail?.c) list(detail.c.cell, readText(detail.c.value) ?? "", "noActivity");
    }
  }

  const importedGoals: ImportedGoal[] = goals.map((g) => ({ ...g }));
  if (numbering.continuedAfter !== null && goals.length > 0) {
    warnings.push({ code: "NUMBERING_CONTINUED", cell: null, text: numbering.continuedAfter });
  }
  return {
    ...base,
    numbering: { continuedAfter: numbering.continuedAfter, firstGoalId: goals[0]?.id ?? null },
    mapping,
    goals: importedGoals,
    activities,
    notUnderstood,
    warnings,
  };
}

/** The first indicator and target given on a goal's rows; a later, different one is a warning. */
function addGoalDetails(
  goal: GoalDraft,
  indicator: { value: CellValue; cell: string } | null,
  target: { value: CellValue; cell: string } | null,
  warnings: ImportWarning[],
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): void {
  const ind = indicator ? readText(indicator.value) : null;
  if (indicator && ind !== null) {
    if (goal.indicator === null) goal.indicator = ind;
    else if (normaliseText(goal.indicator) !== normaliseText(ind)) {
      warnings.push({ code: "GOAL_DETAIL_DIFFERS", cell: indicator.cell, text: ind });
    }
  }
  if (!target || isBlank(target.value)) return;
  const n = readNumber(target.value);
  if (!n.ok) list(target.cell, n.text, "target");
  else if (n.value !== null) {
    if (goal.target === null) goal.target = n.value;
    else if (goal.target !== n.value)
      warnings.push({ code: "GOAL_DETAIL_DIFFERS", cell: target.cell, text: String(n.value) });
  }
}

/**
 * Making goals and activities from records (docs/import.md "Rules"), whichever shape they
 * were read from: a blank article or goal continues the value above, identical goals
 * under one article are one goal, IDs continue existing ones, amounts and timeframe
 * words are read, and everything not understood is listed with its cell.
 */
import { isBlank } from "../cells";
import { normaliseText, readArticleRefs, readText } from "../read";
import { activityDates } from "./activityDates";
import { readAmount, resourcesAmount } from "./amounts";
import { goalArticles } from "./goalArticles";
import { addGoalDetails, addGoalLinks, nationalHeading, type GoalDraft } from "./goalLinks";
import type { NationalGoalNumber } from "../nationalGoals";
import type {
  ImportedActivity,
  ImportedGoal,
  ImportReading,
  ImportWarning,
  NotUnderstood,
  NotUnderstoodReason,
} from "./import.types";
import type { IdNumbering } from "./numbering";
import type { PlanPeriod } from "./parseTimeframe";
import type { LineDraft, SourceField, SourceRecord } from "./sourceRecords";

/** The records below continue: a real goal, or one without article whose activities are listed. */
type Current = { kind: "goal"; goal: GoalDraft } | { kind: "noArticle" };

export type BuildContext = {
  readonly sheet: string;
  readonly plan: PlanPeriod | undefined;
  readonly numbering: IdNumbering;
  /** The source names articles apart from goal texts: a goal's own article then holds for it alone. */
  readonly articleSource: boolean;
};

export type BuiltPlan = {
  readonly goals: ImportedGoal[];
  readonly activities: ImportedActivity[];
  readonly notUnderstood: NotUnderstood[];
  readonly readings: ImportReading[];
  readonly warnings: ImportWarning[];
};

/** An amount written plainly in kronor, as the Budget column holds it. */
const PLAIN_KRONOR =
  /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?:\s*(?:kr|kronor|:-))?\.?$|^\d+(?:,\d+)?(?:\s*(?:kr|kronor|:-))?\.?$/iu;

const text = (f: SourceField | undefined): string | null => (f ? readText(f.value) : null);

/** Makes goals and activities from records, and sets each record's lines' role and IDs. */
export function buildPlan(
  records: readonly SourceRecord[],
  lines: LineDraft[],
  ctx: BuildContext,
): BuiltPlan {
  const out: BuiltPlan = { goals: [], activities: [], notUnderstood: [], readings: [], warnings: [] };
  const byKey = new Map<string, GoalDraft>();
  const goals: GoalDraft[] = [];
  let articles: number[] = [];
  let current: Current | null = null;
  /** The national sub-goals of the last sub-goal heading: they hold for the goals below it. */
  let national: NationalGoalNumber[] = [];

  for (const rec of records) {
    const f = rec.fields;
    let listedWhole = false;
    let listedAny = false;
    const list = (cell: string, t: string, reason: NotUnderstoodReason, whole = false): void => {
      out.notUnderstood.push({ sheet: ctx.sheet, cell, text: t, reason });
      listedAny = true;
      if (whole) listedWhole = true;
    };
    const ids: string[] = [];
    let role: LineDraft["role"] = "notUnderstood";

    if (f.article) {
      const refs = readArticleRefs(f.article.value);
      if (refs.notUnderstood.length > 0) list(f.article.cell, readText(f.article.value) ?? "", "article");
      // A new article starts a new group: the goal above belongs to the old one.
      if (refs.articles.join(",") !== articles.join(",")) current = null;
      articles = refs.articles;
      if (refs.articles.length > 0) role = "heading";
    }

    const goalText = text(f.goal);
    const heading = goalText === null ? null : nationalHeading(rec.goalNumbering, goalText);
    if (f.goal && heading) {
      national = heading;
      current = null;
      role = "heading";
    } else if (f.goal && goalText !== null) {
      const named = goalArticles(goalText);
      if (named.articles.length > 0 && !ctx.articleSource) articles = named.articles;
      const goalArticleList = named.articles.length > 0 ? named.articles : articles;
      if (goalArticleList.length === 0) {
        current = { kind: "noArticle" };
        list(f.article?.cell ?? f.goal.cell, goalText, "noArticle", true);
      } else {
        const key = `${[...goalArticleList].sort((x, y) => x - y).join(",")}|${normaliseText(named.goal)}`;
        let goal = byKey.get(key);
        if (!goal) {
          goal = {
            id: ctx.numbering.goalId(),
            numbering: rec.goalNumbering,
            articles: goalArticleList,
            goal: named.goal,
            indicator: null,
            target: null,
            nationalGoals: national,
            regionalGoal: null,
            cell: f.goal.cell,
          };
          byKey.set(key, goal);
          goals.push(goal);
        }
        current = { kind: "goal", goal };
        ids.push(goal.id);
        role = "goal";
      }
    }

    if (current?.kind === "goal") {
      addGoalDetails(current.goal, f.indicator, f.target, out.warnings, list);
      addGoalLinks(current.goal, f.nationalGoals, f.regionalGoal, list);
      // A row or line with only the goal's indicator or target adds to the goal above.
      if (role === "notUnderstood" && (f.indicator || f.target || f.nationalGoals || f.regionalGoal)) {
        role = "part";
        ids.push(current.goal.id);
      }
    }

    const activityText = text(f.activity);
    if (f.activity && activityText !== null) {
      if (current === null) list(f.activity.cell, activityText, "noGoal", true);
      else if (current.kind === "noArticle") list(f.activity.cell, activityText, "noArticle", true);
      else {
        const activity = makeActivity(rec, activityText, current.goal.id, ctx, out, list);
        out.activities.push(activity);
        ids.push(activity.id);
        role = "activity";
      }
    } else {
      // Details without an activity: perhaps the tail of a cell split over two
      // rows. Listed rather than pinned on the activity above or on the goal.
      const detail = (["responsible", "timeframe", "start", "end", "budget", "resources"] as const)
        .map((m) => f[m])
        .find((x) => x !== undefined && !isBlank(x.value));
      if (detail) list(detail.cell, readText(detail.value) ?? "", "noActivity", role !== "goal");
    }

    // Nothing taken and nothing listed yet (only columns that are not imported): listed as such.
    if (role === "notUnderstood" && !listedAny)
      list(lines[rec.line]?.cell ?? "", lines[rec.line]?.text ?? "", "noData", true);
    const finalRole = listedWhole && ids.length === 0 ? "notUnderstood" : role;
    for (const l of [rec.line, ...rec.moreLines]) {
      const line = lines[l];
      if (!line) continue;
      line.ids = ids;
      line.role = l === rec.line ? finalRole : "part";
    }
  }

  out.goals.push(...goals.map(({ ownNational: _own, ...g }) => ({ ...g })));
  return out;
}

/** One activity: its dates from the timeframe words, its budget from the amount written. */
function makeActivity(
  rec: SourceRecord,
  activityText: string,
  goalId: string,
  ctx: BuildContext,
  out: BuiltPlan,
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): ImportedActivity {
  const f = rec.fields;
  const dates = activityDates(f.timeframe ?? null, f.start ?? null, f.end ?? null, ctx.plan);
  for (const p of dates.problems) list(p.cell, p.text, p.reason);
  if (f.timeframe && dates.timeframe && dates.how && dates.how !== "span") {
    out.readings.push({
      kind: "timeframe",
      cell: f.timeframe.cell,
      text: dates.timeframe,
      how: dates.how,
      start: dates.start,
      end: dates.end,
    });
  }
  const { budget, moreResources } = readBudget(f.budget, out.readings, list);
  let resources = text(f.resources);
  let finalBudget = budget;
  if (finalBudget === null && f.resources) {
    // Resources that are one amount in kronor ("Resurser: 50 tkr") are the budget.
    const amount = resourcesAmount(f.resources.value);
    if (amount) {
      finalBudget = amount.kronor;
      resources = null;
      out.readings.push({
        kind: "amount",
        cell: f.resources.cell,
        text: amount.text,
        kronor: amount.kronor,
        from: "resources",
        unitHeader: null,
      });
    }
  }
  const allResources = [resources, ...moreResources].filter((r): r is string => r !== null && r !== "");
  return {
    id: ctx.numbering.activityId(goalId),
    numbering: rec.activityNumbering,
    goalId,
    activity: activityText,
    responsible: text(f.responsible),
    start: dates.start,
    end: dates.end,
    budget: finalBudget,
    resources: allResources.length > 0 ? allResources.join("; ") : null,
    timeframe: dates.timeframe,
    cell: f.activity?.cell ?? "",
  };
}

/**
 * The budget in kronor, and texts that belong in Resurser: words without a number
 * ("inom befintlig ram") quietly, amounts per year and anything unclear listed.
 */
function readBudget(
  field: SourceField | undefined,
  readings: ImportReading[],
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): { budget: number | null; moreResources: string[] } {
  if (!field) return { budget: null, moreResources: [] };
  const r = readAmount(field.value, field.unit ?? null);
  switch (r.kind) {
    case "blank":
      return { budget: null, moreResources: [] };
    case "amount":
      // "25 000 kr" needs no explaining; "50 tkr", "SEK 50,000" and "ca 75 000 kr" do.
      if (r.scaled || (typeof field.value === "string" && !PLAIN_KRONOR.test(r.text))) {
        readings.push({
          kind: "amount",
          cell: field.cell,
          text: r.text,
          kronor: r.kronor,
          from: "budget",
          unitHeader: typeof field.value === "number" && r.scaled ? (field.unit?.header ?? null) : null,
        });
      }
      return { budget: r.kronor, moreResources: [] };
    case "words":
      readings.push({ kind: "toResources", cell: field.cell, text: r.text });
      return { budget: null, moreResources: [r.text] };
    case "unclear":
      list(field.cell, r.text, r.why === "perYear" ? "perYear" : "budget");
      return { budget: null, moreResources: [r.text] };
  }
}

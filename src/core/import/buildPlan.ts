/**
 * Making goals and activities from records (docs/import.md "Rules"), whichever shape they
 * were read from: a blank article or goal continues the value above, identical goals
 * under one article are one goal, IDs continue existing ones, amounts and timeframe
 * words are read, and everything not understood is listed with its cell.
 */
import { isBlank } from "../cells";
import { normaliseText, readArticleRefs, readText } from "../read";
import { goalArticles } from "./goalArticles";
import { makeActivity } from "./makeActivity";
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

const text = (f: SourceField | undefined): string | null => (f ? readText(f.value) : null);

/** What the records read so far leave for the next: the goals, and the article, goal and national sub-goals that continue. */
type BuildState = {
  readonly byKey: Map<string, GoalDraft>;
  readonly goals: GoalDraft[];
  articles: number[];
  current: Current | null;
  /** The national sub-goals of the last sub-goal heading: they hold for the goals below it. */
  national: NationalGoalNumber[];
};

type ListNotUnderstood = (cell: string, text: string, reason: NotUnderstoodReason, whole?: boolean) => void;

/** What one record gave: its role, the IDs of what it made, and how its cells were listed. */
type RecordTake = {
  ids: string[];
  role: LineDraft["role"];
  listedWhole: boolean;
  listedAny: boolean;
  readonly list: ListNotUnderstood;
};

/** Makes goals and activities from records, and sets each record's lines' role and IDs. */
export function buildPlan(
  records: readonly SourceRecord[],
  lines: LineDraft[],
  ctx: BuildContext,
): BuiltPlan {
  const out: BuiltPlan = { goals: [], activities: [], notUnderstood: [], readings: [], warnings: [] };
  const state: BuildState = { byKey: new Map(), goals: [], articles: [], current: null, national: [] };
  for (const rec of records) takeRecord(rec, lines, ctx, out, state);
  out.goals.push(...state.goals.map(({ ownNational: _own, ...g }) => ({ ...g })));
  return out;
}

/** One record: its article, goal, goal details and activity, then its lines' role and IDs. */
function takeRecord(
  rec: SourceRecord,
  lines: LineDraft[],
  ctx: BuildContext,
  out: BuiltPlan,
  state: BuildState,
): void {
  const f = rec.fields;
  const take: RecordTake = {
    ids: [],
    role: "notUnderstood",
    listedWhole: false,
    listedAny: false,
    list: (cell, t, reason, whole = false) => {
      out.notUnderstood.push({ sheet: ctx.sheet, cell, text: t, reason });
      take.listedAny = true;
      if (whole) take.listedWhole = true;
    },
  };
  const { list } = take;

  if (f.article) {
    const refs = readArticleRefs(f.article.value);
    if (refs.notUnderstood.length > 0) list(f.article.cell, readText(f.article.value) ?? "", "article");
    // A new article starts a new group: the goal above belongs to the old one.
    if (refs.articles.join(",") !== state.articles.join(",")) state.current = null;
    state.articles = refs.articles;
    if (refs.articles.length > 0) take.role = "heading";
  }

  takeGoal(rec, ctx, state, take);

  const current = state.current;
  if (current?.kind === "goal") {
    addGoalDetails(current.goal, f.indicator, f.target, out.warnings, list);
    addGoalLinks(current.goal, f.nationalGoals, f.regionalGoal, list);
    // A row or line with only the goal's indicator or target adds to the goal above.
    if (take.role === "notUnderstood" && (f.indicator || f.target || f.nationalGoals || f.regionalGoal)) {
      take.role = "part";
      take.ids.push(current.goal.id);
    }
  }

  takeActivity(rec, ctx, out, current, take);

  // Nothing taken and nothing listed yet (only columns that are not imported): listed as such.
  if (take.role === "notUnderstood" && !take.listedAny)
    list(lines[rec.line]?.cell ?? "", lines[rec.line]?.text ?? "", "noData", true);
  const finalRole = take.listedWhole && take.ids.length === 0 ? "notUnderstood" : take.role;
  for (const l of [rec.line, ...rec.moreLines]) {
    const line = lines[l];
    if (!line) continue;
    line.ids = take.ids;
    line.role = l === rec.line ? finalRole : "part";
  }
}

/** The record's goal text: a sub-goal heading, or a goal under its articles (one goal per articles and text). */
function takeGoal(rec: SourceRecord, ctx: BuildContext, state: BuildState, take: RecordTake): void {
  const f = rec.fields;
  const goalText = text(f.goal);
  const heading = goalText === null ? null : nationalHeading(rec.goalNumbering, goalText);
  if (f.goal && heading) {
    state.national = heading;
    state.current = null;
    take.role = "heading";
  } else if (f.goal && goalText !== null) {
    const named = goalArticles(goalText);
    if (named.articles.length > 0 && !ctx.articleSource) state.articles = named.articles;
    const goalArticleList = named.articles.length > 0 ? named.articles : state.articles;
    if (goalArticleList.length === 0) {
      state.current = { kind: "noArticle" };
      take.list(f.article?.cell ?? f.goal.cell, goalText, "noArticle", true);
    } else {
      const key = `${[...goalArticleList].sort((x, y) => x - y).join(",")}|${normaliseText(named.goal)}`;
      let goal = state.byKey.get(key);
      if (!goal) {
        goal = {
          id: ctx.numbering.goalId(),
          numbering: rec.goalNumbering,
          articles: goalArticleList,
          goal: named.goal,
          indicator: null,
          target: null,
          nationalGoals: state.national,
          regionalGoal: null,
          cell: f.goal.cell,
        };
        state.byKey.set(key, goal);
        state.goals.push(goal);
      }
      state.current = { kind: "goal", goal };
      take.ids.push(goal.id);
      take.role = "goal";
    }
  }
}

/** The record's activity under the current goal, or its details listed when it has none. */
function takeActivity(
  rec: SourceRecord,
  ctx: BuildContext,
  out: BuiltPlan,
  current: Current | null,
  take: RecordTake,
): void {
  const f = rec.fields;
  const { list } = take;
  const activityText = text(f.activity);
  if (f.activity && activityText !== null) {
    if (current === null) list(f.activity.cell, activityText, "noGoal", true);
    else if (current.kind === "noArticle") list(f.activity.cell, activityText, "noArticle", true);
    else {
      const activity = makeActivity(rec, activityText, current.goal.id, ctx, out.readings, list);
      out.activities.push(activity);
      take.ids.push(activity.id);
      take.role = "activity";
    }
  } else {
    // Details without an activity: perhaps the tail of a cell split over two
    // rows. Listed rather than pinned on the activity above or on the goal.
    const detail = (["responsible", "timeframe", "start", "end", "budget", "resources"] as const)
      .map((m) => f[m])
      .find((x) => x !== undefined && !isBlank(x.value));
    if (detail) list(detail.cell, readText(detail.value) ?? "", "noActivity", take.role !== "goal");
  }
}

/**
 * Reading the whole plan workbook into a Plan (plan.types.ts): every table located
 * and typed, every problem recorded at its cell. Never throws on any workbook.
 */
import type { RawWorkbook } from "../cells";
import type { Lang } from "../language";
import { locateTable } from "./locateTable";
import { matchTable, problemAt, type MatchedTable } from "./matchTable";
import { columnHeader, type ColumnKey, type TableName, TABLES } from "../schema";
import {
  type ActivityRow,
  type ArticleRow,
  type FollowUpRow,
  type GoalRow,
  type IndicatorValueRow,
  type PeriodRow,
  type Plan,
  type ReadProblem,
  type TableRead,
} from "../plan";
import { readPlanFacts } from "./readPlanFacts";
import { readRows, structureProblems, tableInfo, type RowReader } from "./readTable";

/** The workbook's language: English when more sheet names and headers are English than Swedish. */
function languageOf(tables: readonly MatchedTable[]): Lang {
  const sv = tables.reduce((n, t) => n + t.votes.sv, 0);
  const en = tables.reduce((n, t) => n + t.votes.en, 0);
  return en > sv ? "en" : "sv";
}

const articleRow = (r: RowReader<"Articles">): ArticleRow => {
  const prioritised = r.choice("prioritised");
  return {
    row: r.row,
    article: r.integer("article"),
    title: r.text("title"),
    area: r.text("area"),
    prioritised: prioritised === null ? null : prioritised === "yes",
    rationale: r.text("rationale"),
  };
};

const goalRow = (r: RowReader<"Goals">): GoalRow => {
  const id = r.text("id");
  const refs = r.articles("articles");
  const national = r.nationalGoals("nationalGoals");
  return {
    row: r.row,
    id,
    articles: refs.articles,
    articleTextsNotUnderstood: refs.notUnderstood,
    goal: r.text("goal"),
    indicator: r.text("indicator"),
    unit: r.text("unit"),
    baseline: r.number("baseline"),
    target: r.number("target"),
    direction: r.choice("direction"),
    responsible: r.text("responsible"),
    nationalGoals: national.goals,
    nationalGoalTextsNotUnderstood: national.notUnderstood,
    nationalGoalsOldNumbering: national.oldNumbering,
    regionalGoal: r.text("regionalGoal"),
  };
};

const activityRow = (r: RowReader<"Activities">): ActivityRow => ({
  row: r.row,
  id: r.text("id"),
  goalId: r.text("goalId"),
  activity: r.text("activity"),
  responsible: r.text("responsible"),
  start: r.date("start"),
  end: r.date("end"),
  budget: r.number("budget"),
  resources: r.text("resources"),
  timeframe: r.text("timeframe"),
});

const periodRow = (r: RowReader<"Periods">): PeriodRow => ({
  row: r.row,
  period: r.text("period"),
  type: r.choice("type"),
  cutoff: r.date("cutoff"),
});

const followUpRow = (r: RowReader<"FollowUp">): FollowUpRow => ({
  row: r.row,
  period: r.text("period"),
  activityId: r.text("activityId"),
  status: r.choice("status"),
  outcome: r.number("outcome"),
  forecast: r.number("forecast"),
  comment: r.text("comment"),
  action: r.text("action"),
});

const indicatorValueRow = (r: RowReader<"IndicatorValues">): IndicatorValueRow => ({
  row: r.row,
  period: r.text("period"),
  goalId: r.text("goalId"),
  women: r.number("women"),
  men: r.number("men"),
  total: r.number("total"),
  assessment: r.choice("assessment"),
  comment: r.text("comment"),
  action: r.text("action"),
});

/**
 * The plan of a workbook: facts, typed rows and the problems met, in sheet (schema)
 * order, then row, then column.
 */
export function readPlan(raw: RawWorkbook): Plan {
  const matched = new Map<TableName, MatchedTable>();
  for (const spec of TABLES) matched.set(spec.name, matchTable(spec, locateTable(raw, spec.name)));
  const lang = languageOf([...matched.values()]);
  // The map holds each table under its own name.
  const get = <T extends TableName>(name: T): MatchedTable<T> =>
    matched.get(name) as unknown as MatchedTable<T>;
  const problems: ReadProblem[] = [];
  const structure = <T extends TableName>(t: MatchedTable<T>): void => {
    problems.push(...structureProblems(t, lang));
  };

  const planTable = get("Plan");
  structure(planTable);
  // Without its value column the Plan table says nothing, though the schema marks only the key required.
  if (planTable.located && planTable.columns.value === undefined) {
    const header = columnHeader("Plan", "value", lang);
    problems.push(problemAt(planTable, "COLUMN_MISSING", null, { column: "value", header }));
  }
  const facts = readPlanFacts(planTable, lang, problems);

  const table = <R, T extends TableName>(
    name: T,
    rowIdKey: ColumnKey<T>,
    build: (r: RowReader<T>) => R,
  ): TableRead<R, T> => {
    const t = get(name);
    structure(t);
    return { table: tableInfo(t), rows: readRows<R, T>(t, lang, rowIdKey, problems, build) };
  };
  const articles = table("Articles", "article", articleRow);
  const goals = table("Goals", "id", goalRow);
  const activities = table("Activities", "id", activityRow);
  const periods = table("Periods", "period", periodRow);
  const followUp = table("FollowUp", "activityId", followUpRow);
  const indicatorValues = table("IndicatorValues", "goalId", indicatorValueRow);
  return {
    lang,
    facts,
    planTable: tableInfo(planTable),
    articles,
    goals,
    activities,
    periods,
    followUp,
    indicatorValues,
    problems,
  };
}

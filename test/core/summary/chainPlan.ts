/**
 * The sample plan (samplePlan.ts) linked along the chain of governance: goals with their
 * national sub-goals (M5 with none, sub-goals 3 and 4 untouched), a regional goal, and
 * actions on some deviations, in a Goals table that has the National sub-goal column.
 */
import { proposeNationalGoals } from "../../../src/core/nationalGoals";
import type { Plan } from "../../../src/core/plan/plan.types";
import { buildPlan, type PlanInput } from "../fixtures/summaryPlanBuilder";
import { SAMPLE } from "./samplePlan";

const SUB_GOALS: Record<string, { nationalGoals: (1 | 2 | 3 | 4 | 5 | 6)[]; regionalGoal?: string }> = {
  M1: { nationalGoals: [1], regionalGoal: "Jämn representation i länets beslutande organ" },
  M2: { nationalGoals: [2] },
  M3: { nationalGoals: [5] },
  M4: { nationalGoals: [6] },
  M5: { nationalGoals: [] },
};

export const CHAIN: PlanInput = {
  ...SAMPLE,
  goals: (SAMPLE.goals ?? []).map((g) => ({ ...g, ...SUB_GOALS[g.id ?? ""] })),
  followUp: (SAMPLE.followUp ?? []).map((f) =>
    f.activityId === "A2" && f.period === "Helår 2019"
      ? { ...f, action: "Upphandla ny konsult före mars 2020." }
      : f,
  ),
  indicators: [
    ...(SAMPLE.indicators ?? []).filter(
      (v) => !(v.goalId === "M4" || (v.goalId === "M5" && v.period === "Delår 2019")),
    ),
    // Fewer cases than at the baseline (10): worse than the baseline, with an action.
    { period: "Helår 2019", goalId: "M4", total: 8, action: "Ny överenskommelse med kvinnojouren" },
    // 45 against the target 50: not met; the comment states the action.
    {
      period: "Delår 2019",
      goalId: "M5",
      women: 45,
      men: 55,
      total: 45,
      comment: "Valberedningen ska föreslå fler kvinnor",
    },
  ],
};

/** A plan with the chain's columns; `columns: false` gives the same rows without them (an older plan). */
export function chainPlan(extra: Partial<PlanInput> = {}, columns = true): Plan {
  const plan = buildPlan({ ...CHAIN, ...extra });
  if (!columns) return plan;
  const table = {
    ...plan.goals.table,
    columns: { ...plan.goals.table.columns, nationalGoals: 9, regionalGoal: 10 },
  };
  return { ...plan, goals: { ...plan.goals, table } };
}

/**
 * A plan read from a workbook as after set-up and the user's confirmation: the Goals table
 * has the National sub-goal column, each goal the sub-goals proposed from its articles (a
 * goal with none stays without), and every other delayed follow-up row an action.
 */
export function linkAlongChain(plan: Plan): Plan {
  const goals = plan.goals.rows.map((g) => ({ ...g, nationalGoals: proposeNationalGoals(g.articles) }));
  let delayed = 0;
  const followUp = plan.followUp.rows.map((f) =>
    f.status === "delayed" && delayed++ % 2 === 0 ? { ...f, action: "Ny tidplan beslutas i nämnden" } : f,
  );
  const columns = { ...plan.goals.table.columns, nationalGoals: plan.goals.table.lastCol + 1 };
  return {
    ...plan,
    goals: { ...plan.goals, table: { ...plan.goals.table, columns }, rows: goals },
    followUp: { ...plan.followUp, rows: followUp },
  };
}

/**
 * A plan as it was read before issue 29: the Goals, Follow-up and Indicators tables
 * without the later columns (LATER_COLUMNS) and its rows without their values, so that
 * a linked example plan stands for one written before the columns existed.
 */
export function writtenBefore(plan: Plan): Plan {
  const { nationalGoals: _n, regionalGoal: _r, ...goalColumns } = plan.goals.table.columns;
  const { action: _f, ...followUpColumns } = plan.followUp.table.columns;
  const { action: _v, ...indicatorColumns } = plan.indicatorValues.table.columns;
  return {
    ...plan,
    goals: {
      table: { ...plan.goals.table, columns: goalColumns },
      rows: plan.goals.rows.map((g) => ({
        ...g,
        nationalGoals: [],
        nationalGoalTextsNotUnderstood: [],
        nationalGoalsOldNumbering: [],
        regionalGoal: null,
      })),
    },
    followUp: {
      table: { ...plan.followUp.table, columns: followUpColumns },
      rows: plan.followUp.rows.map((f) => ({ ...f, action: null })),
    },
    indicatorValues: {
      table: { ...plan.indicatorValues.table, columns: indicatorColumns },
      rows: plan.indicatorValues.rows.map((v) => ({ ...v, action: null })),
    },
  };
}

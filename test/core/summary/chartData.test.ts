/**
 * The figures behind the follow-up charts: worked out by hand on the sample plan, and
 * the same numbers as the summary sheet's chart tables in every period and language.
 */
import { summaryChartData } from "../../../src/core/summary/chartData";
import { chartTableNames } from "../../../src/core/summary/layout/charts";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryLayout } from "../../../src/core/summary/summaryLayout";
import type { Summary } from "../../../src/core/summary/summary.types";
import type { LayoutTable } from "../../../src/core/sheetLayout/sheetLayout.types";
import { buildPlan, PERIODS_2018_2020 } from "../fixtures/summaryPlanBuilder";
import { samplePlan } from "./samplePlan";

function summaryOf(periodName: string, plan = samplePlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

describe("summaryChartData", () => {
  const data = summaryChartData(summaryOf("Helår 2019"));

  it("counts activities by state per article with activities, an activity under each of its goal's articles", () => {
    expect(data.states).toEqual(["notStarted", "inProgress", "done", "delayed", "unreported"]);
    const brief = data.status.map((a) => [
      a.article,
      Object.fromEntries(Object.entries(a.counts).filter(([, n]) => n > 0)),
    ]);
    expect(brief).toEqual([
      [2, { done: 1, notStarted: 1 }],
      [11, { delayed: 1 }],
      [14, { delayed: 1, inProgress: 1 }],
      [22, { unreported: 1 }],
    ]);
  });

  it("counts every activity once in the total, whatever its articles", () => {
    // A2 (delayed) serves a goal of articles 11 and 14: twice per article, once in the total.
    const delayedPerArticle = data.status.reduce((n, a) => n + a.counts.delayed, 0);
    expect([delayedPerArticle, data.statusTotal.delayed]).toEqual([2, 1]);
    expect(Object.values(data.statusTotal).reduce((a, b) => a + b, 0)).toBe(5);
    expect(data.totalStates).toEqual(["notStarted", "inProgress", "done", "delayed", "unreported"]);
  });

  it("sums budget, outcome and forecast per article, a missing forecast counting the budget", () => {
    expect(data.money).toEqual([
      // A1 (forecast 95 000) and A5 (no forecast: its budget 80 000).
      { article: 2, budget: 180000, outcome: 90000, forecast: 175000 },
      { article: 11, budget: 200000, outcome: 120000, forecast: 230000 },
      // A2 and A3 (no budget, forecast 20 000).
      { article: 14, budget: 200000, outcome: 130000, forecast: 250000 },
      { article: 22, budget: 50000, outcome: 0, forecast: 50000 },
    ]);
    expect(data.moneyTotal).toEqual({ budget: 430000, outcome: 220000, forecast: 475000 });
  });

  it("gives women and men of each measured goal with its target and the value the target is met by", () => {
    expect(data.gender).toEqual([
      { goalId: "M1", unit: null, direction: "increase", women: 4, men: 6, value: 40, target: 45 },
      { goalId: "M2", unit: null, direction: "closeGap", women: 32, men: 33.5, value: 1.5, target: 2 },
      { goalId: "M3", unit: null, direction: "decrease", women: 97, men: 93, value: 95, target: 90 },
      { goalId: "M5", unit: null, direction: "increase", women: 45, men: 55, value: 45, target: 50 },
    ]);
  });

  it("is empty for a period before anything happened", () => {
    const empty = summaryChartData(summaryOf("Delår 2018", buildPlan({ periods: PERIODS_2018_2020 })));
    expect([empty.status, empty.money, empty.gender, empty.states]).toEqual([[], [], [], []]);
  });
});

/** A chart table's rows as plain values. */
function values(table: LayoutTable | undefined): (string | number | null)[][] {
  if (!table) throw new Error("no such table");
  return table.rows.map((r) => r.map((c) => c.v));
}

describe("the summary sheet's chart tables", () => {
  it.each([
    ["Delår 2019", "sv"],
    ["Helår 2019", "sv"],
    ["Helår 2019", "en"],
    ["Helår 2020", "en"],
  ] as const)("hold the chart data's figures (%s, %s)", (period, lang) => {
    const summary = summaryOf(period);
    const data = summaryChartData(summary);
    const layout = summaryLayout(summary, lang, "2021-01-15");
    const names = chartTableNames(period);
    const table = (name: string) => layout.tables.find((t) => t.name === name);
    // "Art." in both languages.
    const art = "Art.";
    expect(values(table(names.status))).toEqual(
      data.status.map((a) => [`${art} ${a.article}`, ...data.states.map((st) => a.counts[st])]),
    );
    expect(values(table(names.budget))).toEqual(
      data.money.map((a) => [`${art} ${a.article}`, a.budget, a.outcome]),
    );
    expect(values(table(names.gender))).toEqual(data.gender.map((g) => [g.goalId, g.women, g.men]));
    expect(data.status.length + data.gender.length).toBeGreaterThan(0);
  });
});

import type { Finding } from "../../../src/core/checks/findings.types";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryJson } from "../../../src/core/summary/summaryJson";
import { samplePlan } from "./samplePlan";

const OVERDUE: Finding = {
  code: "TIME_ACTIVITY_OVERDUE",
  severity: "warning",
  sheet: "Aktiviteter",
  cell: "F4",
  refs: ["A3"],
  args: { activity: "A3", end: "2019-03-31" },
};

function jsonOf(periodName: string, findings: readonly Finding[] = []) {
  const s = summarise(samplePlan(), periodName, findings);
  if (s === null) throw new Error(`no period ${periodName}`);
  // Through text and back, as the command line prints it.
  return JSON.parse(JSON.stringify(summaryJson(s, "sv"))) as Record<string, unknown> &
    ReturnType<typeof summaryJson>;
}

describe("summaryJson", () => {
  it("has the fixed fields of docs/reports.md", () => {
    const json = jsonOf("Helår 2019");
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["period", "activities", "budget", "articles", "goals", "findings"]),
    );
    expect(json.period).toEqual({ name: "Helår 2019", type: "annual", cutoff: "2019-12-31" });
    expect(json.activities.total).toBe(5);
    expect(json.activities.byStatus).toEqual({
      notStarted: 1,
      inProgress: 1,
      done: 1,
      delayed: 1,
      cancelled: 0,
      unreported: 1,
    });
    expect(json.budget).toMatchObject({
      budget: 430000,
      outcome: 220000,
      forecast: 475000,
      deviation: -45000,
    });
  });

  it("types an interim period as interim", () => {
    expect(jsonOf("Delår 2019").period.type).toBe("interim");
  });

  it("lists articles with their goals, activities, done count and money", () => {
    const json = jsonOf("Helår 2019");
    expect(json.articles.map((a) => a.article)).toEqual([2, 11, 14, 22]);
    expect(json.articles[0]).toEqual({
      article: 2,
      prioritised: true,
      goals: 2,
      activities: 2,
      done: 1,
      budget: 180000,
      outcome: 90000,
    });
    expect(json.articles[3]).toMatchObject({
      article: 22,
      prioritised: false,
      goals: 1,
      activities: 1,
      done: 0,
    });
  });

  it("gives goals with women, men, total and gap, null where absent", () => {
    const json = jsonOf("Helår 2019");
    expect(json.goals.find((g) => g.id === "M2")).toMatchObject({
      id: "M2",
      articles: [11, 14],
      assessment: "met",
      women: 32,
      men: 33.5,
      total: 32.8,
      gap: 1.5,
    });
    expect(json.goals.find((g) => g.id === "M4")).toMatchObject({
      id: "M4",
      articles: [22],
      assessment: "notAssessed",
      women: null,
      men: null,
      total: 12,
      gap: null,
    });
    expect(json.goals.find((g) => g.id === "M3")?.manual).toBe(true);
  });

  it("holds the findings passed in, as docs/findings.md's JSON with their messages", () => {
    expect(jsonOf("Helår 2019", [OVERDUE]).findings).toEqual([
      {
        code: "TIME_ACTIVITY_OVERDUE",
        severity: "warning",
        sheet: "Aktiviteter",
        cell: "F4",
        message:
          "Aktiviteten A3 skulle vara klar 2019-03-31 men är varken genomförd eller avbruten; rapportera status eller flytta slutdatumet.",
        refs: ["A3"],
      },
    ]);
  });

  it("uses null for absent per-activity numbers", () => {
    const a4 = jsonOf("Delår 2019").activities.items.find((a) => a.id === "A4");
    expect(a4).toEqual({
      id: "A4",
      goal: "M4",
      status: "unreported",
      budget: 50000,
      outcome: null,
      forecast: 50000,
      deviation: 0,
      responsible: "Individ- och familjeomsorgen",
    });
  });
});

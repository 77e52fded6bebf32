import {
  activityDeviations,
  hasAction,
  indicatorDeviations,
  isOverBudget,
  statesAnAction,
} from "../../../src/core/deviation";

const activity = {
  status: "inProgress" as const,
  end: "2025-12-31" as const,
  budget: 100_000,
  outcome: 40_000,
  forecast: 95_000,
};

describe("activity deviations", () => {
  it("finds none for an activity on time and within budget", () => {
    expect(activityDeviations(activity, "2025-08-31")).toEqual([]);
  });

  it("finds delayed, overdue and over budget together, in that order", () => {
    expect(activityDeviations({ ...activity, status: "delayed", forecast: 120_000 }, "2026-04-30")).toEqual([
      "delayed",
      "overdue",
      "overBudget",
    ]);
  });

  it("does not call a done or cancelled activity overdue, nor judge overdue without a cut-off", () => {
    expect(activityDeviations({ ...activity, status: "done" }, "2026-04-30")).toEqual([]);
    expect(activityDeviations({ ...activity, status: "cancelled" }, "2026-04-30")).toEqual([]);
    expect(activityDeviations(activity, null)).toEqual([]);
  });

  it("is over budget by the outcome or the reported forecast, never without a budget", () => {
    expect(isOverBudget({ budget: 50_000, outcome: 50_001, forecast: null })).toBe(true);
    expect(isOverBudget({ budget: 50_000, outcome: 50_000, forecast: 50_000 })).toBe(false);
    expect(isOverBudget({ budget: null, outcome: 900_000, forecast: 900_000 })).toBe(false);
  });
});

describe("indicator deviations", () => {
  const goal = { direction: "increase" as const, baseline: 38, target: 50, assessment: null };

  it("finds none when the value is better than the baseline (partly met)", () => {
    expect(indicatorDeviations({ ...goal, women: null, men: null, total: 44 })).toEqual([]);
  });

  it("finds not met and worse than the baseline when the value fell", () => {
    expect(indicatorDeviations({ ...goal, women: null, men: null, total: 35 })).toEqual([
      "notMet",
      "worseThanBaseline",
    ]);
  });

  it("takes the manual assessment before the computed one", () => {
    expect(indicatorDeviations({ ...goal, women: null, men: null, total: 44, assessment: "notMet" })).toEqual(
      ["notMet"],
    );
    expect(indicatorDeviations({ ...goal, women: null, men: null, total: 35, assessment: "met" })).toEqual([
      "worseThanBaseline",
    ]);
  });

  it("judges Utjämna by the gap between women and men", () => {
    const closeGap = {
      direction: "closeGap" as const,
      baseline: 10,
      target: 2,
      assessment: null,
      total: null,
    };
    expect(indicatorDeviations({ ...closeGap, women: 30, men: 42 })).toEqual(["notMet", "worseThanBaseline"]);
    expect(indicatorDeviations({ ...closeGap, women: 38, men: 42 })).toEqual([]);
  });
});

describe("an action", () => {
  it.each([
    "Åtgärd: ny upphandling i höst",
    "Förseningen åtgärdas under våren",
    "Vi kommer att anställa en samordnare",
    "Förvaltningen planerar att göra om enkäten",
    "Utbildningen ska genomföras i mars",
    "Action: a new call for tenders",
    "We will repeat the survey",
  ])("is stated by the comment %j", (comment) => {
    expect(statesAnAction(comment)).toBe(true);
  });

  it.each([
    "Försenad på grund av sjukdom",
    "Skatteverket dröjde",
    "Delayed by staff shortage",
    "Vaskade beslut",
  ])("is not stated by %j", (comment) => {
    expect(statesAnAction(comment)).toBe(false);
  });

  it("is there when the Åtgärd cell is filled in, whatever the comment", () => {
    expect(hasAction({ action: "Ny tidplan beslutad", comment: null })).toBe(true);
    expect(hasAction({ action: "  ", comment: "Försenad" })).toBe(false);
    expect(hasAction({ action: null, comment: null })).toBe(false);
  });
});

import { summarise } from "../../../src/core/summary/summarise";
import type { Summary } from "../../../src/core/summary/summary.types";
import { buildPlan, PERIODS_2018_2020 } from "../fixtures/summaryPlanBuilder";
import { SAMPLE, samplePlan } from "./samplePlan";

function mustSummarise(periodName: string, plan = samplePlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

function activity(s: Summary, id: string) {
  const a = s.activities.find((x) => x.id === id);
  if (!a) throw new Error(`no activity ${id}`);
  return a;
}

function goal(s: Summary, id: string) {
  const g = s.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
}

describe("summarise: the period", () => {
  it("returns null for a period the plan does not have", () => {
    expect(summarise(samplePlan(), "Tertial 1 2019", [])).toBeNull();
  });

  it("finds a period by name ignoring surrounding spaces and case", () => {
    expect(summarise(samplePlan(), "  helår 2019 ", [])?.period).toEqual({
      name: "Helår 2019",
      type: "annual",
      cutoff: "2019-12-31",
    });
  });

  it("carries the plan's organisation, name and currency", () => {
    const s = mustSummarise("Delår 2019");
    expect([s.organisation, s.planName, s.currency]).toEqual([
      "Sundsvalls kommun",
      "Handlingsplan för jämställdhet 2018–2020",
      "SEK",
    ]);
  });
});

describe("summarise: activity state at the cut-off", () => {
  it("keeps a Done reported at an earlier period at a later one (Done stays done)", () => {
    const a1 = activity(mustSummarise("Helår 2019"), "A1");
    expect([a1.state, a1.reportedAt, a1.outcome, a1.forecast]).toEqual(["done", "Delår 2019", 90000, 95000]);
  });

  it("ignores follow-up rows of periods whose cut-off is after this one", () => {
    const a2 = activity(mustSummarise("Delår 2019"), "A2");
    expect([a2.state, a2.outcome]).toEqual(["inProgress", 50000]);
  });

  it("counts an activity with no follow-up row yet as unreported", () => {
    const s = mustSummarise("Delår 2019");
    expect(activity(s, "A4").state).toBe("unreported");
    expect(activity(s, "A5").state).toBe("unreported");
  });

  it("counts activities by status, unreported included", () => {
    expect(mustSummarise("Helår 2019").byStatus).toEqual({
      notStarted: 1,
      inProgress: 1,
      done: 1,
      delayed: 1,
      cancelled: 0,
      unreported: 1,
    });
    expect(mustSummarise("Delår 2019").byStatus).toEqual({
      notStarted: 0,
      inProgress: 2,
      done: 1,
      delayed: 0,
      cancelled: 0,
      unreported: 2,
    });
  });

  it("takes a blank outcome in the latest row as blank, without falling back to an earlier row", () => {
    const plan = buildPlan({
      periods: PERIODS_2018_2020,
      goals: [{ id: "M1", articles: [2] }],
      activities: [{ id: "A1", goalId: "M1", budget: 100000 }],
      followUp: [
        { period: "Delår 2019", activityId: "A1", status: "inProgress", outcome: 40000 },
        { period: "Helår 2019", activityId: "A1", status: "done" },
      ],
    });
    const a1 = activity(mustSummarise("Helår 2019", plan), "A1");
    expect([a1.state, a1.outcome]).toEqual(["done", null]);
  });

  it("lets the first of two rows for the same period count", () => {
    const plan = buildPlan({
      periods: PERIODS_2018_2020,
      activities: [{ id: "A1", budget: 1000 }],
      followUp: [
        { period: "Delår 2019", activityId: "A1", status: "inProgress" },
        { period: "Delår 2019", activityId: "A1", status: "done" },
      ],
    });
    expect(activity(mustSummarise("Delår 2019", plan), "A1").state).toBe("inProgress");
  });
});

describe("summarise: money", () => {
  it("counts a missing forecast as the budget and gives deviation = budget − forecast", () => {
    const s = mustSummarise("Delår 2019");
    const a2 = activity(s, "A2");
    expect([a2.forecastReported, a2.forecast, a2.deviation]).toEqual([null, 200000, 0]);
    const a1 = activity(s, "A1");
    expect(a1.deviation).toBe(100000 - 95000);
  });

  it("gives a negative deviation for a forecast over budget", () => {
    expect(activity(mustSummarise("Helår 2019"), "A2").deviation).toBe(200000 - 230000);
  });

  it("sums budgets counting a missing budget as 0, and totals the deviation from the sums", () => {
    // Budgets 100 000 + 200 000 + (none) + 50 000 + 80 000; forecasts 95 000 + 230 000 + 20 000 + 50 000 (budget) + 80 000 (budget).
    expect(mustSummarise("Helår 2019").budget).toEqual({
      budget: 430000,
      outcome: 90000 + 120000 + 10000 + 0,
      forecast: 95000 + 230000 + 20000 + 50000 + 80000,
      deviation: 430000 - 475000,
      withoutBudget: 1,
    });
  });

  it("leaves the deviation of an activity without a budget empty", () => {
    expect(activity(mustSummarise("Helår 2019"), "A3").deviation).toBeNull();
  });
});

describe("summarise: articles", () => {
  it("lists every prioritised article and every article with a goal, in order", () => {
    const s = mustSummarise("Helår 2019");
    expect(s.articles.map((a) => [a.article, a.prioritised])).toEqual([
      [2, true],
      [11, true],
      [14, true],
      [22, false],
    ]);
  });

  it("counts an activity under a goal with two articles once under each", () => {
    const s = mustSummarise("Helår 2019");
    const art11 = s.articles.find((a) => a.article === 11);
    const art14 = s.articles.find((a) => a.article === 14);
    expect(art11).toMatchObject({ goals: 1, activities: 1, budget: 200000, outcome: 120000 });
    // Article 14: M2 (with A2) and M3 (with A3, no budget).
    expect(art14).toMatchObject({ goals: 2, activities: 2, budget: 200000, outcome: 120000 + 10000 });
    expect(art14?.byStatus.delayed).toBe(1);
    expect(art14?.byStatus.inProgress).toBe(1);
  });

  it("gives an article's done count and money from its activities", () => {
    const art2 = mustSummarise("Helår 2019").articles.find((a) => a.article === 2);
    expect(art2).toMatchObject({ goals: 2, activities: 2, budget: 180000, outcome: 90000 });
    expect(art2?.byStatus.done).toBe(1);
  });
});

describe("summarise: goals", () => {
  it("takes the latest indicator row on or before the cut-off", () => {
    const s = mustSummarise("Helår 2019");
    expect([goal(s, "M1").value, goal(s, "M1").measuredAt]).toEqual([40, "Delår 2019"]);
    expect(goal(mustSummarise("Helår 2018"), "M1").value).toBe(33);
  });

  it("assesses Öka as partly met above the baseline but below the target", () => {
    expect(goal(mustSummarise("Helår 2019"), "M1").assessment).toBe("partlyMet");
  });

  it("judges Utjämna by the gap between women and men, not the total", () => {
    const m2 = goal(mustSummarise("Helår 2019"), "M2");
    expect([m2.gap, m2.value, m2.assessment]).toEqual([1.5, 1.5, "met"]);
  });

  it("lets a manual Bedömning win over the computed assessment", () => {
    const m3 = goal(mustSummarise("Helår 2019"), "M3");
    // Computed: 95 is above the target 90 but below the baseline 120: partly met.
    expect([m3.assessment, m3.assessmentSource]).toEqual(["met", "manual"]);
  });

  it("does not assess a goal without a target", () => {
    expect(goal(mustSummarise("Helår 2019"), "M4").assessment).toBe("notAssessed");
  });

  it("assesses a goal without a baseline as met or not met only", () => {
    const m5 = goal(mustSummarise("Helår 2019"), "M5");
    expect([m5.value, m5.assessment]).toEqual([45, "notMet"]);
  });

  it("does not assess a goal with no value yet", () => {
    const m2 = goal(mustSummarise("Delår 2019"), "M2");
    expect([m2.value, m2.assessment, m2.assessmentSource]).toEqual([null, "notAssessed", "none"]);
  });

  it("counts goals by assessment", () => {
    expect(mustSummarise("Helår 2019").byAssessment).toEqual({
      met: 2,
      partlyMet: 1,
      notMet: 1,
      notAssessed: 1,
    });
  });

  it("assesses Minska by the total against target and baseline", () => {
    const plan = samplePlan({
      indicators: [
        { period: "Delår 2019", goalId: "M3", total: 100 },
        { period: "Helår 2019", goalId: "M3", total: 88 },
        { period: "Helår 2018", goalId: "M3", total: 130 },
      ],
    });
    expect(goal(mustSummarise("Delår 2019", plan), "M3").assessment).toBe("partlyMet");
    expect(goal(mustSummarise("Helår 2019", plan), "M3").assessment).toBe("met");
    expect(goal(mustSummarise("Helår 2018", plan), "M3").assessment).toBe("notMet");
  });
});

describe("summarise: deviations", () => {
  it("lists delayed, overdue, missing follow-ups and overruns with who is responsible", () => {
    const s = mustSummarise("Helår 2019");
    expect(s.deviations.map((d) => [d.kind, d.activityId, d.responsible])).toEqual([
      ["delayed", "A2", "HR-chef"],
      ["overdue", "A3", "Socialchef"],
      ["followUpMissing", "A3", "Socialchef"],
      ["followUpMissing", "A4", "Individ- och familjeomsorgen"],
      ["overBudget", "A2", "HR-chef"],
    ]);
  });

  it("does not ask for a follow-up of an activity not yet started or already done", () => {
    const missing = mustSummarise("Delår 2019").deviations.filter((d) => d.kind === "followUpMissing");
    expect(missing.map((d) => d.activityId)).toEqual(["A4"]);
  });

  it("counts an end date on the cut-off itself as not overdue", () => {
    expect(activity(mustSummarise("Helår 2019"), "A4").overdue).toBe(false);
  });

  it("adds missing follow-ups reported as findings for this period", () => {
    const s = summarise(samplePlan(), "Helår 2019", [
      {
        code: "FOLLOWUP_MISSING",
        severity: "warning",
        sheet: "Aktiviteter",
        cell: "A6",
        refs: ["A5", "Helår 2019"],
        args: { activity: "A5", period: "Helår 2019", sheet: "Uppföljning" },
      },
      {
        code: "FOLLOWUP_MISSING",
        severity: "warning",
        sheet: "Aktiviteter",
        cell: "A2",
        refs: ["A1", "Delår 2018"],
        args: { activity: "A1", period: "Delår 2018", sheet: "Uppföljning" },
      },
    ]);
    const missing = s?.deviations.filter((d) => d.kind === "followUpMissing").map((d) => d.activityId);
    expect(missing).toEqual(["A3", "A4", "A5"]);
  });
});

describe("summarise: annual summaries", () => {
  it("gives no change for an interim period", () => {
    expect(mustSummarise("Delår 2019").change).toBeNull();
  });

  it("gives the change since the previous annual period", () => {
    const c = mustSummarise("Helår 2019").change;
    expect(c?.previous).toEqual({ name: "Helår 2018", cutoff: "2018-12-31" });
    expect(c?.done).toEqual({ before: 0, now: 1 });
    expect(c?.outcome).toEqual({ before: 0, now: 220000 });
    expect(c?.goalsMet).toEqual({ before: 0, now: 2 });
    expect(c?.goals.find((g) => g.id === "M1")).toEqual({
      id: "M1",
      before: 33,
      now: 40,
      assessmentBefore: "partlyMet",
      assessmentNow: "partlyMet",
    });
  });

  it("has no previous annual period for the first year", () => {
    expect(mustSummarise("Helår 2018").change).toBeNull();
  });

  it("sums up the whole plan only for the last annual period", () => {
    expect(mustSummarise("Helår 2019").wholePlan).toBeNull();
    const plan = samplePlan({
      followUp: [
        { period: "Delår 2019", activityId: "A1", status: "done", outcome: 90000 },
        { period: "Helår 2020", activityId: "A2", status: "done", outcome: 210000 },
        { period: "Helår 2020", activityId: "A3", status: "cancelled", outcome: 10000 },
        { period: "Helår 2020", activityId: "A4", status: "inProgress", outcome: 45000 },
      ],
      indicators: [...(SAMPLE.indicators ?? []), { period: "Helår 2020", goalId: "M4", total: 8 }],
    });
    const w = mustSummarise("Helår 2020", plan).wholePlan;
    expect(w).toMatchObject({
      start: "2018-01-01",
      end: "2020-12-31",
      activities: 5,
      done: 2,
      cancelled: 1,
      budget: 430000,
      outcome: 90000 + 210000 + 10000 + 45000,
      goals: 5,
    });
    expect(w?.notDone.map((a) => a.id)).toEqual(["A4", "A5"]);
    // Comparable: M1 (30 → 40, Öka: improved), M2 (gap 8 → 1.5, improved), M3 (120 → 95, Minska: improved),
    // M4 (10 → 8, Öka: not improved); M5 has no baseline.
    expect([w?.goalsComparable, w?.goalsImproved]).toEqual([4, 3]);
  });

  it("does not sum up the plan at an annual period before the plan's last year", () => {
    const plan = buildPlan({ periods: PERIODS_2018_2020.slice(0, 4) });
    expect(mustSummarise("Helår 2019", plan).wholePlan).toBeNull();
  });
});

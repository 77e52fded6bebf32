import { goalSummaries } from "../../../src/core/summary/goalValue";
import { buildPlan } from "../fixtures/summaryPlanBuilder";

const periods = [
  { period: "Helår 2018", type: "annual" as const, cutoff: "2018-12-31" },
  { period: "Helår 2019", type: "annual" as const, cutoff: "2019-12-31" },
];

describe("goal values from indicator rows grouped by goal", () => {
  it("takes each goal's own latest row when the rows of many goals are interleaved", () => {
    const plan = buildPlan({
      periods,
      goals: [
        { id: "M1", goal: "Fler kvinnor i ledande befattningar", direction: "increase", target: 50 },
        { id: "M2", goal: "Jämnare fördelning av föreningsbidrag", direction: "increase", target: 50 },
      ],
      indicators: [
        { period: "Helår 2018", goalId: "M2", total: 41 },
        { period: "Helår 2018", goalId: "M1", total: 38 },
        { period: "Helår 2019", goalId: " M2 ", total: 47 },
        { period: "Helår 2019", goalId: "M9", total: 99 },
        { period: "Helår 2019", goalId: "M1", total: 52 },
      ],
    });
    const values = goalSummaries(plan, "2019-12-31").map((g) => [g.id, g.total, g.measuredAt, g.assessment]);
    expect(values).toEqual([
      ["M1", 52, "Helår 2019", "met"],
      ["M2", 47, "Helår 2019", "notMet"],
    ]);
  });

  it("leaves a goal without indicator rows unmeasured", () => {
    const plan = buildPlan({
      periods,
      goals: [{ id: "M3", goal: "Tryggare offentliga miljöer", direction: "increase", target: 70 }],
      indicators: [{ period: "Helår 2019", goalId: "M1", total: 52 }],
    });
    expect(goalSummaries(plan, "2019-12-31").map((g) => [g.id, g.total, g.assessment])).toEqual([
      ["M3", null, "notAssessed"],
    ]);
  });
});

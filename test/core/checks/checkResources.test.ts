import { CLEAN_DATE, codesOf, placed, seedRows } from "./checkFixture";

const BUDGET = 6;
const RESOURCES = 7;
const OUTCOME = 3;
const FORECAST = 4;

describe("RESOURCE_ACTIVITY_NONE", () => {
  it("flags the Budget cell of an activity with neither budget nor resources", () => {
    const t = seedRows();
    t.Activities[1]![BUDGET] = null;
    expect(placed(t, CLEAN_DATE, "RESOURCE_ACTIVITY_NONE")).toEqual([
      { code: "RESOURCE_ACTIVITY_NONE", severity: "warning", sheet: "Aktiviteter", cell: "G3", refs: ["A2"] },
    ]);
  });

  it("accepts a resources text without a budget, and a budget of zero", () => {
    const t = seedRows();
    t.Activities[1]![BUDGET] = null;
    t.Activities[1]![RESOURCES] = "Fritidskonsulentens arbetstid";
    t.Activities[3]![BUDGET] = 0;
    expect(placed(t, CLEAN_DATE, "RESOURCE_ACTIVITY_NONE")).toEqual([]);
  });
});

describe("RESOURCE_OVER_BUDGET", () => {
  it("flags the Prognos cell of the latest follow-up row when the forecast exceeds the budget", () => {
    const t = seedRows();
    t.FollowUp[1]![FORECAST] = 52000;
    t.FollowUp[1]![OUTCOME] = 47000;
    expect(placed(t, CLEAN_DATE, "RESOURCE_OVER_BUDGET")).toEqual([
      {
        code: "RESOURCE_OVER_BUDGET",
        severity: "warning",
        sheet: "Uppföljning",
        cell: "E3",
        refs: ["A2", "Delår 2023"],
      },
    ]);
  });

  it("flags the Utfall cell when only the outcome exceeds the budget", () => {
    const t = seedRows();
    t.FollowUp[1]![OUTCOME] = 46000;
    t.FollowUp[1]![FORECAST] = null;
    expect(placed(t, CLEAN_DATE, "RESOURCE_OVER_BUDGET").map((f) => f.cell)).toEqual(["D3"]);
  });

  it("accepts a forecast equal to the budget", () => {
    const t = seedRows();
    t.FollowUp[1]![FORECAST] = 45000;
    t.FollowUp[1]![OUTCOME] = 45000;
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("judges only the latest row as of the reference date", () => {
    const t = seedRows();
    t.FollowUp.push(["Helår 2023", "A2", "Försenad", 30000, 60000, "Konsult anlitad"]);
    expect(placed(t, CLEAN_DATE, "RESOURCE_OVER_BUDGET")).toEqual([]);
    expect(placed(t, "2024-01-10", "RESOURCE_OVER_BUDGET").map((f) => [f.cell, f.refs])).toEqual([
      ["E6", ["A2", "Helår 2023"]],
    ]);
    t.FollowUp[1]![FORECAST] = 90000;
    t.FollowUp[4]![FORECAST] = 45000;
    expect(placed(t, "2024-01-10", "RESOURCE_OVER_BUDGET")).toEqual([]);
  });

  it("does not judge an activity without a budget", () => {
    const t = seedRows();
    t.Activities[2]![BUDGET] = null;
    t.FollowUp[2]![FORECAST] = 3000000;
    expect(placed(t, CLEAN_DATE, "RESOURCE_OVER_BUDGET")).toEqual([]);
  });
});

describe("RESOURCE_NEGATIVE", () => {
  it("flags a negative budget at its cell", () => {
    const t = seedRows();
    t.Activities[1]![BUDGET] = -45000;
    expect(placed(t, CLEAN_DATE, "RESOURCE_NEGATIVE")).toEqual([
      { code: "RESOURCE_NEGATIVE", severity: "error", sheet: "Aktiviteter", cell: "G3", refs: ["A2"] },
    ]);
  });

  it("flags a negative outcome and forecast written with a Swedish minus sign at their cells", () => {
    const t = seedRows();
    t.FollowUp[0]![OUTCOME] = "−3 000";
    t.FollowUp[0]![FORECAST] = -1;
    expect(placed(t, CLEAN_DATE, "RESOURCE_NEGATIVE")).toEqual([
      {
        code: "RESOURCE_NEGATIVE",
        severity: "error",
        sheet: "Uppföljning",
        cell: "D2",
        refs: ["A1", "Delår 2023"],
      },
      {
        code: "RESOURCE_NEGATIVE",
        severity: "error",
        sheet: "Uppföljning",
        cell: "E2",
        refs: ["A1", "Delår 2023"],
      },
    ]);
  });

  it("accepts amounts of zero", () => {
    const t = seedRows();
    t.FollowUp[0]![OUTCOME] = 0;
    t.FollowUp[0]![FORECAST] = 0;
    expect(placed(t, CLEAN_DATE, "RESOURCE_NEGATIVE")).toEqual([]);
  });
});

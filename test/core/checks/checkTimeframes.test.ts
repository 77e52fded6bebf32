import { serial } from "../fixtures/planWorkbook";
import { CLEAN_DATE, codesOf, placed, seedRows, setFact } from "./checkFixture";

const START = 4;
const END = 5;

describe("TIME_ACTIVITY_NO_DATES", () => {
  it("points at the Start cell when the start is missing, even if the end is missing too", () => {
    const t = seedRows();
    t.Activities[1]![START] = null;
    t.Activities[1]![END] = null;
    expect(placed(t, CLEAN_DATE, "TIME_ACTIVITY_NO_DATES")).toEqual([
      { code: "TIME_ACTIVITY_NO_DATES", severity: "warning", sheet: "Aktiviteter", cell: "E3", refs: ["A2"] },
    ]);
  });

  it("points at the Slut cell when only the end is missing", () => {
    const t = seedRows();
    t.Activities[1]![END] = "";
    expect(placed(t, CLEAN_DATE, "TIME_ACTIVITY_NO_DATES").map((f) => f.cell)).toEqual(["F3"]);
  });

  it("is silent for activities with both dates", () => {
    expect(placed(seedRows(), CLEAN_DATE, "TIME_ACTIVITY_NO_DATES")).toEqual([]);
  });
});

describe("TIME_ACTIVITY_END_BEFORE_START", () => {
  it("flags the Slut cell of an activity that ends before it starts", () => {
    const t = seedRows();
    t.Activities[3]![END] = serial("2023-08-14");
    expect(placed(t, CLEAN_DATE, "TIME_ACTIVITY_END_BEFORE_START")).toEqual([
      {
        code: "TIME_ACTIVITY_END_BEFORE_START",
        severity: "error",
        sheet: "Aktiviteter",
        cell: "F5",
        refs: ["A4"],
      },
    ]);
  });

  it("accepts an activity that starts and ends on the same day", () => {
    const t = seedRows();
    t.Activities[3]![END] = serial("2023-10-15");
    t.Activities[3]![START] = serial("2023-10-15");
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });
});

describe("TIME_ACTIVITY_OUTSIDE_PLAN", () => {
  it("flags the Start cell of an activity starting before the plan period, even if it also ends after", () => {
    const t = seedRows();
    t.Activities[2]![START] = serial("2022-12-31");
    t.Activities[2]![END] = serial("2027-01-01");
    expect(placed(t, CLEAN_DATE, "TIME_ACTIVITY_OUTSIDE_PLAN")).toEqual([
      {
        code: "TIME_ACTIVITY_OUTSIDE_PLAN",
        severity: "warning",
        sheet: "Aktiviteter",
        cell: "E4",
        refs: ["A3"],
      },
    ]);
  });

  it("flags the Slut cell of an activity ending after the plan period", () => {
    const t = seedRows();
    t.Activities[2]![END] = serial("2027-01-01");
    expect(placed(t, CLEAN_DATE, "TIME_ACTIVITY_OUTSIDE_PLAN").map((f) => f.cell)).toEqual(["F4"]);
  });

  it("accepts an activity spanning exactly the plan period", () => {
    const t = seedRows();
    t.Activities[2]![START] = serial("2023-01-01");
    t.Activities[2]![END] = serial("2026-12-31");
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("does not judge activities against a plan period that is invalid", () => {
    const t = seedRows();
    t.Activities[2]![END] = serial("2027-01-01");
    setFact(t.Plan, "Planperiod start", null);
    expect(codesOf(t, CLEAN_DATE)).toEqual(["PLAN_PERIOD_INVALID"]);
  });
});

describe("TIME_ACTIVITY_OVERDUE", () => {
  it("flags the Slut cell the day after the end when the latest status is In progress", () => {
    expect(placed(seedRows(), "2023-12-01", "TIME_ACTIVITY_OVERDUE")).toEqual([
      { code: "TIME_ACTIVITY_OVERDUE", severity: "warning", sheet: "Aktiviteter", cell: "F2", refs: ["A1"] },
    ]);
  });

  it("is silent when the end date equals the reference date", () => {
    expect(placed(seedRows(), "2023-11-30", "TIME_ACTIVITY_OVERDUE")).toEqual([]);
  });

  it("counts an activity with no follow-up at all as not done", () => {
    const t = seedRows();
    t.FollowUp = t.FollowUp.filter((r) => r[1] !== "A1");
    expect(placed(t, "2023-12-01", "TIME_ACTIVITY_OVERDUE").map((f) => f.refs)).toEqual([["A1"]]);
  });

  it("is silent once the latest status as of the reference date is Done or Cancelled", () => {
    const done = seedRows();
    done.FollowUp.push(["Helår 2023", "A1", "Genomförd", 29000, 29000, ""]);
    expect(placed(done, "2024-01-10", "TIME_ACTIVITY_OVERDUE")).toEqual([]);
    const cancelled = seedRows();
    cancelled.FollowUp.push(["Helår 2023", "A1", "Avbruten", 14000, 14000, "Ersätts av ny utredning"]);
    expect(placed(cancelled, "2024-01-10", "TIME_ACTIVITY_OVERDUE")).toEqual([]);
  });

  it("ignores a status reported for a period whose cut-off is after the reference date", () => {
    const t = seedRows();
    t.FollowUp.push(["Helår 2023", "A1", "Genomförd", 29000, 29000, ""]);
    expect(placed(t, "2023-12-30", "TIME_ACTIVITY_OVERDUE").map((f) => f.cell)).toEqual(["F2"]);
  });

  it("is not judged when the workbook has no follow-up table", () => {
    const { FollowUp: _dropped, ...rest } = seedRows();
    expect(placed(rest, "2023-12-01", "TIME_ACTIVITY_OVERDUE")).toEqual([]);
  });

  it("points at the real cell of a table placed away from A1", () => {
    const t = seedRows();
    const moved = { ...t, Activities: { rows: t.Activities, top: 3, left: 1 } };
    expect(placed(moved, "2023-12-01", "TIME_ACTIVITY_OVERDUE").map((f) => f.cell)).toEqual(["G5"]);
  });

  it("takes the latest status by cut-off, not by row", () => {
    const t = seedRows();
    t.FollowUp[0] = ["Helår 2023", "A1", "Pågår", 25000, 30000, "Slutrapport skrivs"];
    t.FollowUp.push(["Delår 2023", "A1", "Genomförd", 12000, 30000, ""]);
    expect(placed(t, "2024-01-10", "TIME_ACTIVITY_OVERDUE").map((f) => f.refs)).toEqual([["A1"]]);
  });
});

describe("TIME_PERIOD_OUTSIDE_PLAN", () => {
  it("flags the Brytdatum cell of a period after the plan period", () => {
    const t = seedRows();
    t.Periods.push(["Helår 2027", "Helår", serial("2027-12-31")]);
    expect(placed(t, CLEAN_DATE, "TIME_PERIOD_OUTSIDE_PLAN")).toEqual([
      {
        code: "TIME_PERIOD_OUTSIDE_PLAN",
        severity: "warning",
        sheet: "Perioder",
        cell: "C6",
        refs: ["Helår 2027"],
      },
    ]);
  });

  it("accepts a cut-off on the plan period's last day", () => {
    const t = seedRows();
    t.Periods.push(["Helår 2026", "Helår", serial("2026-12-31")]);
    expect(placed(t, CLEAN_DATE, "TIME_PERIOD_OUTSIDE_PLAN")).toEqual([]);
  });
});

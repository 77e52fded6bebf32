import { serial } from "../fixtures/planWorkbook";
import { adoptionDeadline } from "../../../src/core/checks/checkPlanDates";
import { CLEAN_DATE, codesOf, messagesOf, placed, seedRows, setFact, type Grid } from "./checkFixture";

/** Seed rows with the plan's signing and adoption dates replaced (null = empty). */
function signedAdopted(signed: string | null, adopted: string | null): ReturnType<typeof seedRows> {
  const t = seedRows();
  setFact(t.Plan, "Undertecknad", signed === null ? null : serial(signed));
  setFact(t.Plan, "Antagen", adopted === null ? null : serial(adopted));
  return t;
}

const withoutKey = (rows: Grid, key: string): Grid => rows.filter((r) => r[0] !== key);

describe("the two-year deadline", () => {
  it("is the same day two years after signing, and 28 February for a signing on 29 February", () => {
    expect(adoptionDeadline("2021-05-10")).toBe("2023-05-10");
    expect(adoptionDeadline("2020-02-29")).toBe("2022-02-28");
  });
});

describe("PLAN_SIGNED_MISSING", () => {
  it("points at the Undertecknad value cell when the signing date is empty", () => {
    expect(placed(signedAdopted(null, "2022-11-28"), CLEAN_DATE, "PLAN_SIGNED_MISSING")).toEqual([
      { code: "PLAN_SIGNED_MISSING", severity: "error", sheet: "Plan", cell: "B4", refs: [] },
    ]);
  });

  it("reports an absent Undertecknad row on the Plan sheet without a cell", () => {
    const t = seedRows();
    t.Plan = withoutKey(t.Plan, "Undertecknad");
    expect(placed(t, CLEAN_DATE, "PLAN_SIGNED_MISSING")).toEqual([
      { code: "PLAN_SIGNED_MISSING", severity: "error", sheet: "Plan", cell: null, refs: [] },
    ]);
  });

  it("does not judge adoption without a signing date", () => {
    const planCodes = codesOf(signedAdopted(null, null), "2030-01-01").filter((c) => c.startsWith("PLAN_"));
    expect(planCodes).toEqual(["PLAN_SIGNED_MISSING"]);
  });
});

describe("PLAN_PERIOD_INVALID", () => {
  it("points at the start when the start is missing and at the end when the end is missing", () => {
    const t = seedRows();
    setFact(t.Plan, "Planperiod start", "");
    expect(placed(t, CLEAN_DATE, "PLAN_PERIOD_INVALID").map((f) => f.cell)).toEqual(["B6"]);
    const u = seedRows();
    setFact(u.Plan, "Planperiod slut", null);
    expect(placed(u, CLEAN_DATE, "PLAN_PERIOD_INVALID")).toEqual([
      { code: "PLAN_PERIOD_INVALID", severity: "error", sheet: "Plan", cell: "B7", refs: [] },
    ]);
  });

  it("points at the end when the plan period ends before it starts", () => {
    const t = seedRows();
    setFact(t.Plan, "Planperiod slut", serial("2022-12-31"));
    expect(placed(t, CLEAN_DATE, "PLAN_PERIOD_INVALID").map((f) => f.cell)).toEqual(["B7"]);
  });

  it("accepts a plan period of a single day", () => {
    const t = seedRows();
    setFact(t.Plan, "Planperiod slut", serial("2023-01-01"));
    expect(placed(t, CLEAN_DATE, "PLAN_PERIOD_INVALID")).toEqual([]);
  });
});

describe("PLAN_ADOPTION_LATE", () => {
  it("warns at Antagen when the plan was adopted the day after the deadline", () => {
    expect(placed(signedAdopted("2021-05-10", "2023-05-11"), CLEAN_DATE, "PLAN_ADOPTION_LATE")).toEqual([
      { code: "PLAN_ADOPTION_LATE", severity: "warning", sheet: "Plan", cell: "B5", refs: [] },
    ]);
  });

  it("accepts adoption on the deadline day itself", () => {
    expect(codesOf(signedAdopted("2021-05-10", "2023-05-10"), CLEAN_DATE)).toEqual([]);
  });

  it("counts a signing on 29 February to 28 February two years later", () => {
    expect(codesOf(signedAdopted("2020-02-29", "2022-02-28"), CLEAN_DATE)).toEqual([]);
    expect(codesOf(signedAdopted("2020-02-29", "2022-03-01"), CLEAN_DATE)).toEqual(["PLAN_ADOPTION_LATE"]);
  });
});

describe("PLAN_ADOPTION_OVERDUE and PLAN_ADOPTION_DUE_SOON", () => {
  const notAdopted = signedAdopted("2021-05-10", null);

  it("is overdue at Antagen the day after the deadline", () => {
    expect(placed(notAdopted, "2023-05-11", "PLAN_ADOPTION_OVERDUE")).toEqual([
      { code: "PLAN_ADOPTION_OVERDUE", severity: "error", sheet: "Plan", cell: "B5", refs: [] },
    ]);
    expect(placed(notAdopted, "2023-05-11", "PLAN_ADOPTION_DUE_SOON")).toEqual([]);
  });

  it("is due soon, not overdue, on the deadline day itself", () => {
    expect(placed(notAdopted, "2023-05-10", "PLAN_ADOPTION_DUE_SOON")).toEqual([
      { code: "PLAN_ADOPTION_DUE_SOON", severity: "info", sheet: "Plan", cell: "B5", refs: [] },
    ]);
    expect(placed(notAdopted, "2023-05-10", "PLAN_ADOPTION_OVERDUE")).toEqual([]);
  });

  it("says the days left in the singular when one is left, and today on the day", () => {
    expect(messagesOf(notAdopted, "2023-05-09", "PLAN_ADOPTION_DUE_SOON")).toEqual([
      "Planen är inte antagen och tvåårsfristen går ut 2023-05-10 (om 1 dag); planera beslutet om att anta planen.",
    ]);
    expect(messagesOf(notAdopted, "2023-05-08", "PLAN_ADOPTION_DUE_SOON", "en")).toEqual([
      "The plan is not adopted and the two-year deadline is 2023-05-10 (in 2 days); schedule the decision to adopt the plan.",
    ]);
    expect(messagesOf(notAdopted, "2023-05-10", "PLAN_ADOPTION_DUE_SOON", "en")[0]).toContain("(today)");
  });

  it("is due soon exactly 90 days before the deadline and silent 91 days before", () => {
    expect(codesOf(notAdopted, "2023-02-09")).toEqual(["PLAN_ADOPTION_DUE_SOON"]);
    expect(codesOf(notAdopted, "2023-02-08")).toEqual([]);
  });

  it("uses 28 February as the deadline of a signing on 29 February", () => {
    const leap = signedAdopted("2020-02-29", null);
    expect(codesOf(leap, "2022-02-28")).toEqual(["PLAN_ADOPTION_DUE_SOON"]);
    expect(codesOf(leap, "2022-03-01")).toEqual(["PLAN_ADOPTION_OVERDUE"]);
  });

  it("says nothing about adoption once the plan is adopted, however late the reference date", () => {
    expect(placed(seedRows(), "2030-06-01", "PLAN_ADOPTION_OVERDUE")).toEqual([]);
  });

  it("reports an overdue plan without an Antagen row on the Plan sheet without a cell", () => {
    const t = seedRows();
    t.Plan = withoutKey(t.Plan, "Antagen");
    expect(placed(t, "2023-06-01", "PLAN_ADOPTION_OVERDUE")).toEqual([
      { code: "PLAN_ADOPTION_OVERDUE", severity: "error", sheet: "Plan", cell: null, refs: [] },
    ]);
  });

  it("does not call an unreadable adoption date missing", () => {
    const t = seedRows();
    setFact(t.Plan, "Antagen", "hösten 2022");
    expect(codesOf(t, "2023-06-01")).toEqual(["VALUE_INVALID_DATE"]);
  });
});

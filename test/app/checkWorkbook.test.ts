import { checkWorkbook } from "../../src/app/checkWorkbook";
import { setUpPlan } from "../../src/app/setUpPlan";
import { articleCoverage } from "../../src/core/checks/coverage";
import { findingCounts } from "../../src/core/checks/findingCounts";
import { planWorkbook } from "../core/fixtures/planWorkbook";
import { CLEAN_DATE, seedRows } from "../core/checks/checkFixture";
import { memoryPort } from "./memoryPort";

describe("checkWorkbook", () => {
  it("reads the workbook through the port and finds nothing in a clean seed plan", async () => {
    const { plan, findings } = await checkWorkbook(memoryPort(planWorkbook(seedRows())), CLEAN_DATE, "sv");
    expect(plan.facts.organisation).toBe("Hallsbergs kommun");
    expect(plan.goals.rows.map((g) => g.id)).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    expect(findings).toEqual([]);
  });

  it("reads the workbook again on every call, so new follow-up rows clear their findings", async () => {
    const port = memoryPort(planWorkbook(seedRows()));
    const before = await checkWorkbook(port, "2024-01-10", "en");
    expect(before.findings.filter((f) => f.code === "FOLLOWUP_MISSING").map((f) => f.refs[0])).toEqual([
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
    ]);
    await port.appendRows([
      {
        table: "FollowUp",
        rows: [
          ["Helår 2023", "A1", "Genomförd", 29500, 29500, "Rapport till kommunstyrelsen"],
          ["Helår 2023", "A2", "Pågår", 21000, 45000, ""],
        ],
      },
    ]);
    const after = await checkWorkbook(port, "2024-01-10", "en");
    expect(after.findings.filter((f) => f.code === "FOLLOWUP_MISSING").map((f) => f.refs[0])).toEqual([
      "A3",
      "A4",
      "A5",
    ]);
    expect(after.findings.map((f) => f.code)).not.toContain("TIME_ACTIVITY_OVERDUE");
  });

  it("checks a workbook just set up: every table there, but nothing signed or prioritised yet", async () => {
    const port = memoryPort();
    await setUpPlan(port, { lang: "sv", from: "2025-01-01", to: "2027-12-31" });
    const { findings } = await checkWorkbook(port, "2025-03-01", "sv");
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.has("TABLE_MISSING")).toBe(false);
    expect(codes.has("PLAN_SIGNED_MISSING")).toBe(true);
    expect(codes.has("COVERAGE_NO_PRIORITY")).toBe(true);
    expect(findings.find((f) => f.code === "COVERAGE_NO_PRIORITY")?.sheet).toBe("Artiklar");
  });

  it("gives the chart's counts, the article coverage and the periods to check as of, from the same read", async () => {
    const rows = seedRows();
    rows.Goals.splice(1, 1); // M2 (article 5) goes: article 5 is prioritised without a goal.
    rows.Periods.push(["Tertial 2024", "Delår", null]); // no cut-off: no date to check as of
    const checked = await checkWorkbook(memoryPort(planWorkbook(rows)), "2024-01-10", "sv");
    expect(checked.counts).toEqual(findingCounts(checked.findings));
    expect(checked.counts.length).toBeGreaterThan(0);
    expect(checked.coverage).toEqual(articleCoverage(checked.plan, "sv"));
    expect(checked.coverage.find((a) => a.number === 5)).toMatchObject({
      prioritised: true,
      state: "noGoal",
    });
    expect(checked.coverage.find((a) => a.number === 11)).toMatchObject({ state: "covered" });
    expect(checked.periods).toEqual([
      { name: "Delår 2023", cutoff: "2023-08-31" },
      { name: "Helår 2023", cutoff: "2023-12-31" },
      { name: "Delår 2024", cutoff: "2024-08-31" },
      { name: "Helår 2024", cutoff: "2024-12-31" },
    ]);
  });
});

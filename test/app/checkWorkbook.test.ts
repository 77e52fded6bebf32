import { checkWorkbook } from "../../src/app/checkWorkbook";
import { setUpPlan } from "../../src/app/setUpPlan";
import { planWorkbook } from "../core/fixtures/planWorkbook";
import { CLEAN_DATE, seedRows } from "../core/checks/checkFixture";
import { memoryPort } from "./memoryPort";

describe("checkWorkbook", () => {
  it("reads the workbook through the port and finds nothing in a clean seed plan", async () => {
    const { plan, findings } = await checkWorkbook(memoryPort(planWorkbook(seedRows())), CLEAN_DATE);
    expect(plan.facts.organisation).toBe("Hallsbergs kommun");
    expect(plan.goals.rows.map((g) => g.id)).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    expect(findings).toEqual([]);
  });

  it("reads the workbook again on every call, so new follow-up rows clear their findings", async () => {
    const port = memoryPort(planWorkbook(seedRows()));
    const before = await checkWorkbook(port, "2024-01-10");
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
    const after = await checkWorkbook(port, "2024-01-10");
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
    const { findings } = await checkWorkbook(port, "2025-03-01");
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.has("TABLE_MISSING")).toBe(false);
    expect(codes.has("PLAN_SIGNED_MISSING")).toBe(true);
    expect(codes.has("COVERAGE_NO_PRIORITY")).toBe(true);
    expect(findings.find((f) => f.code === "COVERAGE_NO_PRIORITY")?.sheet).toBe("Artiklar");
  });
});

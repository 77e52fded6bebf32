import { FINDING_INFO, findingLegend, severityOf } from "../../src/core/findingCodes";
import { findingMessage } from "../../src/core/findingMessages";
import { FINDING_CODES } from "../../src/core/findings.types";

describe("the finding catalog", () => {
  it("lists every code once, in catalog order, with a meaning in both languages", () => {
    const legend = findingLegend();
    expect(legend.map((l) => l.code)).toEqual([...FINDING_CODES]);
    for (const l of legend) {
      expect(l.meaning.sv.trim()).not.toBe("");
      expect(l.meaning.en.trim()).not.toBe("");
      expect(l.meaning.sv).not.toBe(l.meaning.en);
    }
    expect(new Set(legend.map((l) => l.meaning.sv)).size).toBe(FINDING_CODES.length);
  });

  it("gives the severities of findings.md", () => {
    const bySeverity = (s: string): string[] => FINDING_CODES.filter((c) => severityOf(c) === s);
    expect(bySeverity("info")).toEqual(["PLAN_ADOPTION_DUE_SOON", "COVERAGE_GOAL_NOT_PRIORITISED"]);
    expect(bySeverity("warning")).toEqual([
      "PLAN_ADOPTION_LATE",
      "COVERAGE_GOAL_NO_INDICATOR",
      "TIME_ACTIVITY_NO_DATES",
      "TIME_ACTIVITY_OUTSIDE_PLAN",
      "TIME_ACTIVITY_OVERDUE",
      "TIME_PERIOD_OUTSIDE_PLAN",
      "FOLLOWUP_MISSING",
      "RESOURCE_ACTIVITY_NONE",
      "RESOURCE_OVER_BUDGET",
    ]);
    expect(Object.keys(FINDING_INFO)).toHaveLength(FINDING_CODES.length);
  });

  it("writes a message for every code in both languages, naming the row by ID or else by row number", () => {
    for (const code of FINDING_CODES) {
      const sv = findingMessage(code, "sv", {
        id: "A3",
        row: 6,
        period: "Delår 2024",
        article: "11",
        header: "Start",
        text: "x",
      });
      const en = findingMessage(code, "en", {
        id: "A3",
        row: 6,
        period: "Delår 2024",
        article: "11",
        header: "Start",
        text: "x",
      });
      expect(sv).toMatch(/[.]$/);
      expect(en).toMatch(/[.]$/);
      expect(sv).not.toBe(en);
    }
    expect(findingMessage("VALUE_REQUIRED", "sv", { id: null, row: 6, header: "Status" })).toContain("rad 7");
    expect(findingMessage("VALUE_REQUIRED", "en", { id: "A3", row: 6, header: "Status" })).toContain("A3");
  });
});

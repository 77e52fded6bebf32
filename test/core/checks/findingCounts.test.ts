import { findingCounts } from "../../../src/core/checks/findingCounts";
import type { Finding, FindingCode, Severity } from "../../../src/core/checks/findings.types";

const finding = (code: FindingCode, severity: Severity, sheet: string | null, cell: string | null): Finding =>
  ({
    code,
    severity,
    sheet,
    cell,
    refs: [],
    args: {},
  }) as Finding;

describe("findingCounts", () => {
  it("counts findings per sheet and severity, sheets in the order they first occur", () => {
    const findings = [
      finding("PLAN_SIGNED_MISSING", "error", "Plan", "B4"),
      finding("ARTICLE_UNKNOWN", "error", "Mål", "B3"),
      finding("COVERAGE_GOAL_NO_INDICATOR", "info", "Mål", "A5"),
      finding("FOLLOWUP_MISSING", "warning", "Aktiviteter", "A2"),
      finding("FOLLOWUP_MISSING", "warning", "Aktiviteter", "A3"),
      finding("TIME_ACTIVITY_OVERDUE", "warning", "Aktiviteter", "F3"),
      finding("COVERAGE_NO_PRIORITY", "error", null, null),
      finding("VALUE_INVALID_DATE", "error", "Mål", "F7"),
    ];
    expect(findingCounts(findings)).toEqual([
      { sheet: "Plan", counts: { error: 1, warning: 0, info: 0 }, total: 1 },
      { sheet: "Mål", counts: { error: 2, warning: 0, info: 1 }, total: 3 },
      { sheet: "Aktiviteter", counts: { error: 0, warning: 3, info: 0 }, total: 3 },
      { sheet: null, counts: { error: 1, warning: 0, info: 0 }, total: 1 },
    ]);
  });

  it("is empty without findings", () => {
    expect(findingCounts([])).toEqual([]);
  });
});

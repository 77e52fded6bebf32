import { headersOf } from "../../../src/core/schema";
import { CLEAN_DATE, codesOf, placed, seedRows, setFact } from "./checkFixture";

describe("TABLE_MISSING and COLUMN_MISSING", () => {
  it("reports a missing table for the whole workbook, naming the table", () => {
    const t = seedRows();
    const { IndicatorValues: _dropped, ...rest } = t;
    expect(placed(rest, CLEAN_DATE, "TABLE_MISSING")).toEqual([
      { code: "TABLE_MISSING", severity: "error", sheet: null, cell: null, refs: ["IndicatorValues"] },
    ]);
  });

  it("does not report a table that is there as plain cells on its sheet", () => {
    const t = seedRows();
    expect(
      placed(
        { ...t, IndicatorValues: { rows: t.IndicatorValues, as: "sheet" } },
        CLEAN_DATE,
        "TABLE_MISSING",
      ),
    ).toEqual([]);
  });

  it("does not pile coverage findings on goals when the Activities table is missing", () => {
    const { Activities: _dropped, ...rest } = seedRows();
    const codes = codesOf(rest, "2024-09-15");
    expect(codes).toContain("TABLE_MISSING");
    expect(codes).not.toContain("COVERAGE_GOAL_NO_ACTIVITY");
    expect(codes).not.toContain("REF_UNKNOWN_ACTIVITY");
  });

  it("reports a missing required column on its sheet without a cell, and skips checks that need it", () => {
    const t = seedRows();
    const headers = headersOf("Activities", "sv").filter((h) => h !== "Aktivitet" && h !== "Budget");
    const rows = t.Activities.map((r) => r.filter((_, i) => i !== 2 && i !== 6));
    const fixture = { ...t, Activities: { rows, headers } };
    expect(placed(fixture, CLEAN_DATE, "COLUMN_MISSING")).toEqual([
      { code: "COLUMN_MISSING", severity: "error", sheet: "Aktiviteter", cell: null, refs: ["Aktivitet"] },
    ]);
    expect(placed(fixture, CLEAN_DATE, "RESOURCE_ACTIVITY_NONE")).toEqual([]);
  });

  it("does not report columns given in another order or in English", () => {
    const t = seedRows();
    const headers = [
      "Goal ID",
      "Mål",
      "Artikel",
      "Indikator",
      "Enhet",
      "Utgångsvärde",
      "Målvärde",
      "Riktning",
      "Ansvarig",
    ];
    const rows = t.Goals.map((r) => [r[0], r[2], r[1], ...r.slice(3)]);
    expect(codesOf({ ...t, Goals: { rows, headers } }, CLEAN_DATE)).toEqual([]);
  });
});

describe("VALUE_REQUIRED", () => {
  it("reports an empty required cell at that cell, with the row's ID", () => {
    const t = seedRows();
    t.Goals[1]![2] = "";
    expect(placed(t, CLEAN_DATE, "VALUE_REQUIRED")).toEqual([
      { code: "VALUE_REQUIRED", severity: "error", sheet: "Mål", cell: "C3", refs: ["M2"] },
    ]);
  });

  it("does not report an empty optional cell", () => {
    const t = seedRows();
    t.Goals[1]![8] = "";
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("reports a follow-up row without an Activity ID once, not as an unknown activity too", () => {
    const t = seedRows();
    t.FollowUp.push(["Delår 2023", "", "Pågår", 5000, 250000, ""]);
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_REQUIRED"]);
    expect(placed(t, CLEAN_DATE, "VALUE_REQUIRED")).toEqual([
      { code: "VALUE_REQUIRED", severity: "error", sheet: "Uppföljning", cell: "B6", refs: [] },
    ]);
  });
});

describe("VALUE_INVALID_DATE, VALUE_INVALID_NUMBER and VALUE_INVALID_CHOICE", () => {
  it("reports an unreadable date at its cell and not also as a missing date", () => {
    const t = seedRows();
    t.Activities[1]![4] = "31/13 2023";
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_INVALID_DATE"]);
    expect(placed(t, CLEAN_DATE, "VALUE_INVALID_DATE")).toEqual([
      { code: "VALUE_INVALID_DATE", severity: "error", sheet: "Aktiviteter", cell: "E3", refs: ["A2"] },
    ]);
  });

  it("reads a Swedish written date without a finding", () => {
    const t = seedRows();
    t.Activities[1]![4] = "1 mars 2023";
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("reports an unreadable signing date as such, not as a missing one", () => {
    const t = seedRows();
    setFact(t.Plan, "Undertecknad", "våren 2021");
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_INVALID_DATE"]);
    expect(placed(t, CLEAN_DATE, "VALUE_INVALID_DATE")[0]).toMatchObject({ sheet: "Plan", cell: "B4" });
  });

  it("reports an unreadable budget at its cell and not also as a missing budget", () => {
    const t = seedRows();
    t.Activities[3]![6] = "cirka 180 tkr";
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_INVALID_NUMBER"]);
    expect(placed(t, CLEAN_DATE, "VALUE_INVALID_NUMBER")).toEqual([
      { code: "VALUE_INVALID_NUMBER", severity: "error", sheet: "Aktiviteter", cell: "G5", refs: ["A4"] },
    ]);
  });

  it("reads an amount written with spaces and kr without a finding", () => {
    const t = seedRows();
    t.Activities[3]![6] = "180 000 kr";
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("reports a status outside the list at its cell", () => {
    const t = seedRows();
    t.FollowUp[2]![2] = "Klar";
    expect(placed(t, CLEAN_DATE, "VALUE_INVALID_CHOICE")).toEqual([
      { code: "VALUE_INVALID_CHOICE", severity: "error", sheet: "Uppföljning", cell: "C4", refs: ["A3"] },
    ]);
  });

  it("reads a status in lower case or English without a finding", () => {
    const t = seedRows();
    t.FollowUp[2]![2] = "pågår";
    t.FollowUp[3]![2] = "Not started";
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });
});

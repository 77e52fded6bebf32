/**
 * Checks and summaries read only what they need (issue 24, item 6): the plan tables, the
 * sheets named like them, the marker sheet and an import source. Microsoft's resource
 * limits page (office-js-docs-pr, docs/concepts/resource-limits-and-performance-optimization.md)
 * caps one get at 5 million cells and a response at 5 MB on the web; the fake returns null
 * or throws above that (FakeHost.largeGets), so an unrelated 6-million-cell sheet or table
 * would fail every action that read it.
 */
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { previewImport } from "../../../src/app/importList";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { writeSummarySheet } from "../../../src/app/summaryPreview";
import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
import { readWorkbook } from "../../../src/workbook/office/readWorkbook";
import type { FakeExcel } from "../../fakes/fakeExcel";
import { addUserSheet, planWorkbook } from "./planWorkbook";

/** 6 columns × 1,000,000 rows: 6 million cells, above Excel's 5-million-cell get. */
function addBigSheet(fake: FakeExcel, asTable: boolean): void {
  fake.put("Data", "A1", [["Konto", "Ansvar", "Verksamhet", "Aktivitet", "Motpart", "Belopp"]]);
  fake.put("Data", "F1000000", [[125_000]]);
  if (asTable) fake.addTable("Reskontra", "Data", "A1:F1000000");
}

/** A plan workbook set up in full (the plan period 2019), with the user's budget list beside it. */
async function fullPlan(): Promise<FakeExcel> {
  const fake = planWorkbook(12);
  addUserSheet(fake, "Budget", 40);
  await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2019-01-01", to: "2019-12-31" });
  return fake;
}

const kinds = [
  ["a sheet", "null", false],
  ["a sheet", "throw", false],
  ["a table", "null", true],
  ["a table", "throw", true],
] as const;

describe("an unrelated 6-million-cell sheet", () => {
  it.each(kinds)(
    "as %s (Excel answering %s) changes nothing in a check, nor its syncs",
    async (_, gets, asTable) => {
      const plain = await fullPlan();
      const big = await fullPlan();
      addBigSheet(big, asTable);
      big.largeGets = gets;

      const before = [plain.syncCount, big.syncCount];
      const expected = await checkWorkbook(officePort(plain.context()), "2019-10-01", "sv");
      const checked = await checkWorkbook(officePort(big.context()), "2019-10-01", "sv");
      expect(checked.findings).toEqual(expected.findings);
      expect(checked.findings.length).toBeGreaterThan(0);
      expect(checked.plan.followUp.rows).toHaveLength(12);
      expect(big.syncCount - (before[1] ?? 0)).toBe(plain.syncCount - (before[0] ?? 0));
    },
  );

  it.each(kinds)(
    "as %s (Excel answering %s) changes nothing in a summary written, nor its syncs",
    async (_, gets, asTable) => {
      const plain = await fullPlan();
      const big = await fullPlan();
      addBigSheet(big, asTable);
      big.largeGets = gets;

      const before = [plain.syncCount, big.syncCount];
      const options = { replace: false };
      const expected = await writeSummarySheet(
        officePort(plain.context()),
        "Helår 2019",
        "sv",
        "2020-01-10",
        options,
      );
      const written = await writeSummarySheet(
        officePort(big.context()),
        "Helår 2019",
        "sv",
        "2020-01-10",
        options,
      );
      expect(written.result).toEqual({ ok: true, sheet: "Årsbokslut 2019", replaced: false });
      expect(written).toEqual(expected);
      expect(big.values("Årsbokslut 2019", "A1:D30")).toEqual(plain.values("Årsbokslut 2019", "A1:D30"));
      expect(big.syncCount - (before[1] ?? 0)).toBe(plain.syncCount - (before[0] ?? 0));
    },
  );

  it("is not read when a list is imported from another sheet", async () => {
    const big = await fullPlan();
    addBigSheet(big, false);
    big.largeGets = "throw";
    const preview = await previewImport(officePort(big.context()), { sheet: "Budget" }, { lang: "sv" });
    expect(preview.result).toBeDefined();
    expect(preview.missingTables).toEqual([]);
  });

  it("is refused clearly when it is what the user imports from (the rule the fake holds an adapter to)", async () => {
    const big = await fullPlan();
    addBigSheet(big, false);
    for (const gets of ["null", "throw"] as const) {
      big.largeGets = gets;
      // An adapter reading every sheet, as read() did before: the fake's limit stops it.
      const error = await readWorkbook(big.context(), { sheets: ["Data"] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelLimitError);
      expect(error).toMatchObject({ reason: "tooManyCells", target: "Data" });
    }
  });

  it("still counts for where its data lies and its table's name (the writers' state)", async () => {
    const big = await fullPlan();
    addBigSheet(big, true);
    big.largeGets = "throw";
    const { state, raw } = await readWorkbook(big.context());
    expect(raw.sheets.map((s) => s.sheet)).not.toContain("Data");
    expect(raw.tables.map((t) => t.name)).not.toContain("Reskontra");
    expect(state.sheets.find((s) => s.name === "Data")).toMatchObject({ hasData: true, usedRight: 6 });
    // Its place too (no values), for appends to stacked tables (appendShifts.ts).
    expect(state.tables).toContainEqual(
      expect.objectContaining({
        name: "Reskontra",
        sheet: "Data",
        area: { row: 0, col: 0, rows: 1_000_000, cols: 6 },
      }),
    );
  });
});

/**
 * Real Excel's rules that the fake used not to know (the review of the Office
 * adapter): reserved and invalid sheet names, row heights of at most 409 points, the
 * quote prefix eating a leading apostrophe, the errors Excel on the web answers an
 * oversize request with (GeneralException, HTTP 500), gets above 5,000,000 cells that
 * throw instead of returning null, and one undo step per action on ExcelApi 1.20.
 */
import { runExcelAction } from "../../../src/workbook/office/excelRun";
import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
import { readWorkbook } from "../../../src/workbook/office/readWorkbook";
import type { SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";
import { fakeWorkbook, installFakeExcel } from "../../fakes/fakeExcel";
import { addUserSheet, planWorkbook } from "./planWorkbook";
import { summaryLayout } from "./summaryLayout";

/** A small report layout named `name`, with one merged paragraph of `points` height. */
function report(name: string, points = 30): SheetLayout {
  return {
    ...summaryLayout(0, name),
    merges: [{ row: 40, col: 0, rows: 1, cols: 4 }],
    rowHeights: [{ row: 40, points }],
  };
}

describe("sheet names Excel refuses", () => {
  it.each(["History", "history", "Uppföljning januari–april 2021 (alla)", "Del/år"])(
    "are refused in the fake as in Excel: %s",
    async (name) => {
      const context = fakeWorkbook().context();
      context.workbook.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  it("stop a report before anything is written", async () => {
    const fake = planWorkbook(2);
    const before = fake.snapshot();
    for (const name of ["History", "Q1/Q2 2021"]) {
      const refused = officePort(fake.context()).writeSheet(report(name));
      await expect(refused).rejects.toMatchObject({ reason: "sheetNameInvalid", target: name });
    }
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Mål", "Aktiviteter", "Uppföljning"]);
  });
});

describe("row heights", () => {
  it("are written at most 409 points high, which Excel allows, however long the text", async () => {
    const fake = planWorkbook(1);
    await officePort(fake.context()).writeSheet(report("Rapport", 600));
    expect(fake.sheet("Rapport").rowHeights.get(40)).toBe(409);
    const context = fake.context();
    context.workbook.worksheets.getItem("Rapport").getRange("A50").format.rowHeight = 410;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("a leading apostrophe", () => {
  it("is kept in text the add-in writes, though Excel takes the first one as its quote prefix", async () => {
    const fake = planWorkbook(1);
    const comment = "'Kv1 2021' enligt nämndens protokoll";
    await officePort(fake.context()).appendRows([
      { table: "FollowUp", rows: [["Helår 2019", "A1.1", "Pågår", 1_000, 2_000, comment]] },
    ]);
    expect(fake.values("Uppföljning", "F3:F3")).toEqual([[comment]]);
    const raw = await officePort(fake.context()).read();
    expect(raw.tables.find((t) => t.name === "FollowUp")?.values[2]?.[5]).toBe(comment);

    // Written without the extra apostrophe, Excel would drop it (as a user typing it).
    const context = fake.context();
    context.workbook.worksheets.getItem("Uppföljning").getRange("F9").values = [["'07"]];
    await context.sync();
    expect(fake.values("Uppföljning", "F9:F9")).toEqual([["07"]]);
  });
});

describe("what Excel answers an oversize request with", () => {
  it("reads by size when reading everything at once is refused with GeneralException or HTTP 500", async () => {
    const reference = await officePort(planWorkbook(200).context()).read();

    const general = planWorkbook(200);
    general.failOnSync(2, "GeneralException");
    expect(await officePort(general.context()).read()).toEqual(reference);

    const http500 = planWorkbook(200);
    http500.officeJs().bridge.transportFailure = { request: 2, status: 500, code: "GeneralException" };
    expect(await officePort(http500.context()).read()).toEqual(reference);
    expect(http500.syncCount).toBeGreaterThan(3);
  });

  it("reports a large write refused with HTTP 500 as too large; a small write's failure stays what it was", async () => {
    const large = planWorkbook(1);
    large.officeJs().bridge.transportFailure = { request: 3, status: 500, code: "GeneralException" };
    const refused = officePort(large.context()).writeSheet(summaryLayout(20_000));
    await expect(refused).rejects.toBeInstanceOf(ExcelLimitError);
    await expect(refused).rejects.toMatchObject({
      reason: "payloadTooLarge",
      target: "Sammanfattning Helår 2019",
    });

    const small = planWorkbook(1);
    small.failOnSync(3, "GeneralException");
    const failed = officePort(small.context()).writeSheet(summaryLayout(0));
    await expect(failed).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("refuses more than 5,000,000 cells of a sheet it must read clearly whether Excel returns null or throws", async () => {
    for (const largeGets of ["null", "throw"] as const) {
      const fake = planWorkbook(1);
      fake.largeGets = largeGets;
      fake.put("Stort", "A1", [["Start"]]);
      fake.put("Stort", "CZ60000", [["Slut"]]);
      // "Stort" is the import source here: a sheet the read does not need is never read (readScope.test.ts).
      const error = await readWorkbook(fake.context(), { sheets: ["Stort"] }).catch((e: unknown) => e);
      expect([largeGets, error]).toEqual([largeGets, expect.any(ExcelLimitError)]);
      expect(error).toMatchObject({ reason: "tooManyCells", target: "Stort" });
    }
  });
});

describe("undo", () => {
  it("runs an action as no undo group, waiting for a cell edit, at every ExcelApi version", async () => {
    for (const version of ["1.9", "1.20"]) {
      const fake = planWorkbook(1);
      addUserSheet(fake, "Budget", 3);
      const uninstall = installFakeExcel(fake, version);
      const g = globalThis as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } };
      const run = jest.spyOn(g.Excel, "run");
      try {
        await runExcelAction((port) => port.writeSheet(summaryLayout(0)));
        // A summary renames, positions and deletes sheets: never inside a merged undo group (docs/real-excel.md).
        expect(run.mock.calls.map((c) => c[0])).toEqual([{ delayForCellEdit: true }]);
      } finally {
        run.mockRestore();
        uninstall();
      }
    }
  });
});

/**
 * The fake Excel's documented rules (test/fakes/documentedRules.ts, data in
 * test/fakes/msdocs/, from Microsoft's documentation) hold the adapter, and each
 * rule catches a deliberately wrong adapter: a run that merges an undo group around
 * calls Microsoft's undo table marks unsupported, a run that does not wait for a cell
 * edit, a member beyond ExcelApi 1.9 called without isSetSupported, and rows written
 * at places read before rows.add moved a stacked table (newRowRules.test.ts holds the
 * rule that rows a table gains carry no lists or colours unless set). Referee: Microsoft's
 * documentation (office-js-docs-pr, office-js-docs-reference), as copied in msdocs/.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { readSelection, runExcelAction, selectCell } from "../../../src/workbook/office/excelRun";
import { officePort } from "../../../src/workbook/office/officePort";
import { PLATFORMS, supportsUndo, type Platform } from "../../fakes/documentedRules";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";
import { followUpRows, planWorkbook } from "./planWorkbook";
import { summaryLayout } from "./summaryLayout";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function install(fake: FakeExcel, version: string, platform: Platform): FakeExcel {
  uninstall = installFakeExcel(fake, version, { platform });
  return fake;
}

type Run = { run: (...args: unknown[]) => Promise<unknown> };
const excel = (): Run => (globalThis as unknown as { Excel: Run }).Excel;

/** The adapter as it was: the whole action inside one merged undo group (ExcelApi 1.20). */
function wrongMergedAction<T>(action: Parameters<typeof runExcelAction<T>>[0]): Promise<unknown> {
  return excel().run({ mergeUndoGroup: true }, (context: Excel.RequestContext) =>
    action(officePort(context)),
  );
}

/** A summary written, then written again in place of the first (rename, position, delete). */
async function summaryTwice(run: (a: Parameters<typeof runExcelAction>[0]) => Promise<unknown>) {
  await run((port) => port.writeSheet(summaryLayout(0)));
  await run((port) => port.writeSheet(summaryLayout(1), { replace: true }));
}

describe("Microsoft's undo table, per platform (excel-add-ins-undo-capabilities.md)", () => {
  it("holds the rows the adapter's actions meet", () => {
    expect(PLATFORMS.map((p) => supportsUndo("Worksheet.delete", p))).toEqual([false, false, false]);
    expect(PLATFORMS.map((p) => supportsUndo("Worksheet.name", p))).toEqual([true, false, false]);
    expect(PLATFORMS.map((p) => supportsUndo("Worksheet.visibility", p))).toEqual([true, false, false]);
    expect(PLATFORMS.map((p) => supportsUndo("WorksheetProtection.protect", p))).toEqual([
      false,
      false,
      false,
    ]);
    expect(PLATFORMS.map((p) => supportsUndo("Range.values", p))).toEqual([true, true, true]);
  });

  describe.each(PLATFORMS)("Excel on %s with ExcelApi 1.20", (platform) => {
    it("runs set-up, a summary and its replacement, appends and updates without UndoNotSupported", async () => {
      const fake = install(fakeWorkbook(), "1.20", platform);
      await runExcelAction((port) => setUpPlan(port, { lang: "sv", from: "2019-01-01", to: "2019-12-31" }));
      await runExcelAction((port) =>
        port.appendRows([{ table: "FollowUp", rows: [["Delår 2019", "A1.1", "Pågår", 1000, 2000, "ok"]] }]),
      );
      await runExcelAction(async (port) => {
        await port.updateRows?.([{ table: "FollowUp", row: 1, values: [undefined, undefined, "Genomförd"] }]);
      });
      await summaryTwice(runExcelAction);
      expect(fake.values("Uppföljning", "A2:C2")).toEqual([["Delår 2019", "A1.1", "Genomförd"]]);
      expect(fake.model.sheets.map((s) => s.name)).toContain("Sammanfattning Helår 2019");
    });

    it("catches an adapter that merges the whole set-up into one undo group where the table says so", async () => {
      install(fakeWorkbook(), "1.20", platform);
      const setUp = wrongMergedAction((port) => setUpPlan(port, { lang: "sv" }));
      // Set-up renames its staging sheets and hides the lists sheet: undoable on the web only.
      if (platform === "web") await expect(setUp).resolves.toBeTruthy();
      else await expect(setUp).rejects.toMatchObject({ code: "UndoNotSupported" });
    });

    it("catches an adapter that replaces a summary inside one undo group (Worksheet.delete: no platform)", async () => {
      install(planWorkbook(2), "1.20", platform);
      const wrong = summaryTwice(wrongMergedAction);
      await expect(wrong).rejects.toMatchObject({ code: "UndoNotSupported" });
    });
  });
});

describe("cell-edit mode (excel-add-ins-delay-in-cell-edit.md)", () => {
  it("lets every action wait for the user's cell edit to end", async () => {
    const fake = install(planWorkbook(2), "1.9", "windows");
    fake.cellEditing = true;
    await runExcelAction((port) => port.writeSheet(summaryLayout(0)));
    expect(fake.cellEditing).toBe(false);
    expect(fake.model.sheets.map((s) => s.name)).toContain("Sammanfattning Helår 2019");
  });

  it("lets showing a finding's cell and reading the selection wait too", async () => {
    const fake = install(planWorkbook(2), "1.9", "mac");
    fake.cellEditing = true;
    expect(await selectCell("Uppföljning", "C3")).toBe(true);
    fake.cellEditing = true;
    fake.select("Uppföljning", "A1:B2");
    expect((await readSelection())?.range.values).toEqual(fake.values("Uppföljning", "A1:B2"));
  });

  it("catches an adapter whose run does not wait: InvalidOperationInCellEditMode, nothing written", async () => {
    const fake = install(planWorkbook(2), "1.9", "windows");
    fake.cellEditing = true;
    const before = fake.snapshot();
    const wrong = excel().run((context: Excel.RequestContext) =>
      officePort(context).writeSheet(summaryLayout(0)),
    );
    await expect(wrong).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.snapshot()).toEqual(before);
  });

  it("tells the user what to do, in Swedish and English, never Excel's message alone", async () => {
    const fake = install(planWorkbook(2), "1.9", "web");
    fake.failOnSync(1, "InvalidOperationInCellEditMode");
    const error = await runExcelAction((port) => port.read()).catch((e: unknown) => e);
    expect(error).toMatchObject({
      failure: { code: "excelRefused", reason: "InvalidOperationInCellEditMode" },
    });
  });
});

describe("requirement sets (office-js-docs-reference, API set remarks)", () => {
  it("lets the adapter use Table.resize (ExcelApi 1.13) after isSetSupported said yes", async () => {
    const fake = install(planWorkbook(2), "1.13", "web");
    await runExcelAction((port) =>
      port.appendRows([{ table: "FollowUp", rows: followUpRows(3).slice(0, 1) }]),
    );
    expect(fake.calledMembers.has("Table.resize")).toBe(true);
    expect(fake.askedSets).toContainEqual({ name: "ExcelApi", version: "1.13", answer: true });
  });

  it("catches an adapter that calls Table.resize without asking isSetSupported", async () => {
    install(planWorkbook(2), "1.13", "web");
    const wrong = excel().run(async (context: Excel.RequestContext) => {
      const table = context.workbook.tables.getItem("FollowUp");
      table.resize(table.getRange().getResizedRange(1, 0));
      await context.sync();
    });
    await expect(wrong).rejects.toThrow(/Table\.resize needs ExcelApi 1\.13/);
  });

  it("knows the requirement set of every member the adapter called", async () => {
    const fake = install(fakeWorkbook(), "1.13", "mac");
    await runExcelAction((port) => setUpPlan(port, { lang: "en" }));
    await runExcelAction((port) => port.writeSheet(summaryLayout(0)));
    // Each call went through the rule, which refuses a member missing from the data.
    expect(fake.calledMembers.size).toBeGreaterThan(40);
    expect(fake.calledMembers.has("Worksheet.visibility")).toBe(true);
  });
});

/** Two tables of ours stacked on one sheet (FollowUp right above IndicatorValues) and the user's table below. */
function stacked(): FakeExcel {
  const fake = fakeWorkbook("Uppföljning");
  fake.put("Uppföljning", "A1", [
    ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
    ["Delår 2019", "A1.1", "Pågår", 1000, 2000, ""],
  ]);
  fake.addTable("FollowUp", "Uppföljning", "A1:F2");
  fake.put("Uppföljning", "A3", [
    ["Period", "Indikator-ID", "Värde", "Kommentar", "", ""],
    ["Delår 2019", "M1", 41, "", "", ""],
  ]);
  fake.addTable("IndicatorValues", "Uppföljning", "A3:F4");
  fake.put("Uppföljning", "A5", [
    ["Eget", "Summa"],
    ["x", 7],
  ]);
  fake.addTable("Mine", "Uppföljning", "A5:B6");
  return fake;
}

const tableAt = (fake: FakeExcel, name: string) => fake.model.tables.find((t) => t.name === name)?.area;

describe("rows.add moves what is below the table, other tables included (excel.tablerowcollection.yml)", () => {
  it("appends to stacked tables in one action without writing into another table", async () => {
    const fake = install(stacked(), "1.9", "web");
    await runExcelAction((port) =>
      port.appendRows([
        { table: "FollowUp", rows: [["Helår 2019", "A1.1", "Klar", 3000, 3000, "fint"]] },
        { table: "IndicatorValues", rows: [["Helår 2019", "M1", 45, "mål nått", null, null]] },
      ]),
    );
    expect(tableAt(fake, "FollowUp")).toEqual({ row: 0, col: 0, rows: 3, cols: 6 });
    expect(tableAt(fake, "IndicatorValues")).toEqual({ row: 3, col: 0, rows: 3, cols: 6 });
    expect(tableAt(fake, "Mine")).toEqual({ row: 6, col: 0, rows: 2, cols: 2 });
    expect(fake.values("Uppföljning", "A3:C3")).toEqual([["Helår 2019", "A1.1", "Klar"]]);
    expect(fake.values("Uppföljning", "A5:C6")).toEqual([
      ["Delår 2019", "M1", 41],
      ["Helår 2019", "M1", 45],
    ]);
    expect(fake.values("Uppföljning", "A7:B8")).toEqual([
      ["Eget", "Summa"],
      ["x", 7],
    ]);
  });

  it("catches an adapter that writes a lower table's rows at the place read before the upper rows.add", async () => {
    const fake = install(stacked(), "1.9", "web");
    await excel().run(async (context: Excel.RequestContext) => {
      const upper = context.workbook.tables.getItem("FollowUp");
      const lower = context.workbook.tables.getItem("IndicatorValues");
      const lastLower = lower.getDataBodyRange().getLastRow().load("rowIndex");
      await context.sync();
      upper.rows.add(undefined, [["Helår 2019", "A1.1", "Klar", 3000, 3000, "fint"]]);
      lower.rows.add(undefined, [["", "", "", "", "", ""]]);
      // Wrong: the place was read before the upper table moved the lower one down.
      const ws = context.workbook.worksheets.getItem("Uppföljning");
      ws.getRangeByIndexes(lastLower.rowIndex + 1, 0, 1, 6).values = [["Helår 2019", "M1", 45, "", "", ""]];
      await context.sync();
    });
    // The row landed in the lower table's old last row, overwriting the user's value.
    expect(fake.values("Uppföljning", "A5:C5")).toEqual([["Helår 2019", "M1", 45]]);
    expect(fake.values("Uppföljning", "A6:C6")).not.toEqual([["Helår 2019", "M1", 45]]);
  });

  it("refuses, with a text saying what to move, a table below that only part of the columns run through", async () => {
    const fake = install(fakeWorkbook("Uppföljning"), "1.9", "web");
    fake.put("Uppföljning", "A1", [
      ["Period", "Status"],
      ["Delår 2019", "Pågår"],
    ]);
    fake.addTable("FollowUp", "Uppföljning", "A1:B2");
    fake.put("Uppföljning", "B3", [
      ["Eget", "Mer"],
      ["x", 7],
    ]);
    fake.addTable("Mine", "Uppföljning", "B3:C4");
    const before = fake.snapshot();
    const error = await runExcelAction((port) =>
      port.appendRows([{ table: "FollowUp", rows: [["Helår 2019", "Klar"]] }]),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      failure: { code: "excelRefused", reason: "InsertDeleteConflict", table: "FollowUp", target: "Mine" },
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("refuses before writing on ExcelApi 1.13 too, where no empty row lets the table grow by resize", async () => {
    const fake = install(fakeWorkbook("Uppföljning"), "1.13", "web");
    fake.put("Uppföljning", "A1", [
      ["Period", "Status"],
      ["Delår 2019", "Pågår"],
    ]);
    fake.addTable("FollowUp", "Uppföljning", "A1:B2");
    // A table beside FollowUp is not in the way.
    fake.put("Uppföljning", "E1", [["Annat"], ["y"]]);
    fake.addTable("Other", "Uppföljning", "E1:E2");
    fake.put("Uppföljning", "A3", [
      ["Eget", "Mer", "Till"],
      ["x", 7, 8],
    ]);
    fake.addTable("Mine", "Uppföljning", "A3:C4");
    const before = fake.snapshot();
    // Two actions: the read's state (checkAppends) and the write's own probe (appendRows).
    const viaCheck = await runExcelAction(async (port) => {
      await port.read();
      await port.checkAppends?.([{ table: "FollowUp", rows: 1 }]);
    }).catch((e: unknown) => e);
    const viaAppend = await runExcelAction((port) =>
      port.appendRows([{ table: "FollowUp", rows: [["Helår 2019", "Klar"]] }]),
    ).catch((e: unknown) => e);
    for (const error of [viaCheck, viaAppend])
      expect(error).toMatchObject({ failure: { reason: "InsertDeleteConflict", target: "Mine" } });
    expect(fake.snapshot()).toEqual(before);
  });
});

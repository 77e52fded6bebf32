/**
 * Protected sheets and a protected workbook structure inside Excel. Excel refuses
 * structural changes on a protected sheet (adding table rows, resizing or adding a
 * table, merging, formats) even over unlocked cells, and adding or renaming sheets
 * while the structure is protected; a batch would stop halfway. The adapter finds
 * this before it writes anything and names the sheet to unprotect.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { officePort } from "../../../src/workbook/office/officePort";
import { fakeWorkbook } from "../../fakes/fakeExcel";
import { planWorkbook } from "./planWorkbook";
import { summaryLayout } from "./summaryLayout";

const PERIOD = { lang: "sv", from: "2019-01-01", to: "2021-12-31" } as const;

describe("the fake Excel's sheet protection", () => {
  it("refuses adding table rows on a protected sheet even where the cells are unlocked", async () => {
    const fake = planWorkbook(2);
    const sheet = fake.sheet("Uppföljning");
    sheet.protection = { allowFormatColumns: true };
    for (let r = 0; r < 10; r++) for (let c = 0; c < 6; c++) sheet.unlocked.add(`${r},${c}`);
    const context = fake.context();
    context.workbook.tables.getItem("FollowUp").rows.add(undefined, [["Helår 2020", "A1.1", "", "", "", ""]]);
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.protection = null;
    context.workbook.tables.getItem("FollowUp").rows.add(undefined, [["Helår 2020", "A1.1", "", "", "", ""]]);
    await context.sync();
    expect(fake.model.table("FollowUp")?.area.rows).toBe(4);
  });

  it("refuses number formats on a protected sheet unless formatting cells is allowed", async () => {
    const fake = planWorkbook(1);
    fake.sheet("Mål").protection = {};
    fake.sheet("Mål").unlocked.add("5,0");
    const context = fake.context();
    // A range is made anew for each sync: outside Excel.run, Office.js drops it after one.
    const cell = () => context.workbook.worksheets.getItem("Mål").getRange("A6");
    cell().values = [["fri cell"]];
    await context.sync();
    cell().numberFormat = [["@"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("writing to a protected workbook inside Excel", () => {
  it("refuses a set-up onto a protected empty sheet of a plan table's name, writing nothing", async () => {
    const fake = fakeWorkbook("Blad1");
    fake.model.addSheet("Mål").protection = {};
    const before = fake.snapshot();
    const result = setUpPlan(officePort(fake.context()), PERIOD);
    await expect(result).rejects.toMatchObject({ reason: "sheetProtected", target: "Mål" });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.tables).toEqual([]);
  });

  it("refuses a set-up and a summary while the workbook's structure is protected, writing nothing", async () => {
    const empty = fakeWorkbook("Blad1");
    empty.model.structureProtected = true;
    await expect(setUpPlan(officePort(empty.context()), PERIOD)).rejects.toMatchObject({
      reason: "workbookProtected",
    });
    expect(empty.model.sheets.map((s) => s.name)).toEqual(["Blad1"]);

    const plan = planWorkbook(3);
    plan.model.structureProtected = true;
    const before = plan.snapshot();
    await expect(officePort(plan.context()).writeSheet(summaryLayout(0))).rejects.toMatchObject({
      reason: "workbookProtected",
    });
    expect(plan.snapshot()).toEqual(before);
  });

  it("appends once the user has unprotected the sheet it named", async () => {
    const fake = planWorkbook(2);
    fake.sheet("Uppföljning").protection = {};
    const rows = [["Helår 2020", "A1.1", "Pågår", 1_000, 2_000, ""]];
    const refused = officePort(fake.context()).appendRows([{ table: "FollowUp", rows }]);
    await expect(refused).rejects.toMatchObject({ reason: "sheetProtected", target: "Uppföljning" });
    expect(fake.model.table("FollowUp")?.area.rows).toBe(3);
    fake.sheet("Uppföljning").protection = null;
    await officePort(fake.context()).appendRows([{ table: "FollowUp", rows }]);
    expect(fake.values("Uppföljning", "A4:B4")).toEqual([["Helår 2020", "A1.1"]]);
  });
});

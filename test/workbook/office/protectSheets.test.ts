import { officePort } from "../../../src/workbook/office/officePort";
import { planWorkbook } from "./planWorkbook";

const HANDOUT = [
  { sheet: "Uppföljning", editable: { table: "FollowUp", columns: [2, 3, 4, 5] } },
  { sheet: "Mål" },
  { sheet: "Finns inte" },
];

describe("protecting hand-out sheets through Office.js", () => {
  it("protects the sheets without a password and leaves the editable body cells open", async () => {
    const fake = planWorkbook(3);
    await officePort(fake.context()).protectSheets(HANDOUT);
    const followUp = fake.sheet("Uppföljning");
    expect(followUp.protection).toMatchObject({ allowAutoFilter: true, allowFormatColumns: true });
    expect(fake.sheet("Mål").protection).not.toBeNull();
    expect(fake.sheet("Aktiviteter").protection).toBeNull();
    expect([...followUp.unlocked].sort()).toEqual(
      [1, 2, 3].flatMap((r) => [2, 3, 4, 5].map((c) => `${r},${c}`)).sort(),
    );
    expect(fake.syncCount).toBe(4); // two to learn the workbook, one to see what is protected, one to write
  });

  it("leaves the unit's cells open to typing while the period and activity stay locked", async () => {
    const fake = planWorkbook(3);
    await officePort(fake.context()).protectSheets(HANDOUT);
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Uppföljning");
    // Values as a unit types them: Excel lets them into unlocked cells only.
    sheet.getRange("C2:F2").values = [["Genomförd", 30_000, 30_000, "Klart"]];
    await context.sync();
    expect(fake.values("Uppföljning", "C2:F2")).toEqual([["Genomförd", 30_000, 30_000, "Klart"]]);
    sheet.getRange("A2").values = [["Helår 2020"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses the add-in's own writes on a protected sheet before anything is written, naming the sheet", async () => {
    const fake = planWorkbook(3);
    await officePort(fake.context()).protectSheets(HANDOUT);
    const before = fake.snapshot();
    const port = officePort(fake.context());
    const update = port.updateRows([
      { table: "FollowUp", row: 1, values: [undefined, undefined, "Genomförd"] },
    ]);
    await expect(update).rejects.toMatchObject({ reason: "sheetProtected", target: "Uppföljning" });
    const append = port.appendRows([{ table: "Goals", rows: [["M3", "14", "Tryggare skolvägar"]] }]);
    await expect(append).rejects.toMatchObject({ reason: "sheetProtected", target: "Mål" });
    expect(fake.snapshot()).toEqual(before);
  });

  it("leaves a sheet that is protected already as it is", async () => {
    const fake = planWorkbook(3);
    fake.sheet("Uppföljning").protection = { allowSort: true };
    await officePort(fake.context()).protectSheets(HANDOUT);
    expect(fake.sheet("Uppföljning").protection).toEqual({ allowSort: true });
    expect(fake.sheet("Uppföljning").unlocked.size).toBe(0);
    expect(fake.sheet("Mål").protection).not.toBeNull();
  });
});

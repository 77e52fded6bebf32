/**
 * What the fake Excel does to a table's rules when the table grows
 * (test/fakes/fakeTableGrowth.ts). As Microsoft documents it (the default), rows.add
 * moves the rules below the table down with their cells and grows none over the
 * body; resize changes none. With WorkbookModel.growsTableRules, the undocumented
 * growth of Excel's table expansion: validation and conditional formats over a
 * column's whole body go with the new rows, a rule over part of the body stays.
 * Driven through Office.js.
 */
import { fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";
import { areaAddress } from "../../fakes/fakeModel";

const LIST: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "Ja,Nej" } };

/**
 * A sheet with the table Plan at A1:C4 (three body rows; a total row at A5 with
 * `totals`) and rules: a list over column B's body, status colours over the whole
 * body, a list over part of column C's body, a colour on the row below the table
 * and a list beside it; column B's body formatted as dates. `grows`: the fake grows
 * the rules over the body (undocumented).
 */
async function planWithRules(totals = false, grows = true): Promise<FakeExcel> {
  const fake = fakeWorkbook();
  fake.model.growsTableRules = grows;
  fake.put("Blad1", "A1", [
    ["Mål-ID", "Start", "Status"],
    ["M1", 43466, "Pågår"],
    ["M2", 43497, "Klar"],
    ["M3", 43525, "Pågår"],
  ]);
  if (totals) fake.put("Blad1", "A5", [["Summa", null, null]]);
  fake.put("Blad1", "A7", [["Anteckning"]]);
  fake.addTable("Plan", "Blad1", totals ? "A1:C5" : "A1:C4", { totals });
  const context = fake.context();
  const sheet = context.workbook.worksheets.getItem("Blad1");
  sheet.getRange("B2:B4").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]];
  sheet.getRange("B2:B4").dataValidation.rule = LIST;
  const colour = sheet.getRange("A2:C4").conditionalFormats.add("Custom");
  colour.custom.rule.formula = '=$C2="Klar"';
  colour.custom.format.fill.color = "#C6EFCE";
  sheet.getRange("C3:C4").dataValidation.rule = LIST;
  const note = sheet.getRange(totals ? "A5:C5" : "A7:C7").conditionalFormats.add("Custom");
  note.custom.rule.formula = "=TRUE";
  note.custom.format.fill.color = "#FFC7CE";
  sheet.getRange("E2:E4").dataValidation.rule = LIST;
  await context.sync();
  return fake;
}

function ruleAreas(fake: FakeExcel): { validations: string[]; colours: string[] } {
  const s = fake.sheet("Blad1");
  return {
    validations: s.validations.map((v) => areaAddress(v.area)),
    colours: s.conditionalFormats.map((c) => areaAddress(c.area)),
  };
}

const blankRows = (n: number): string[][] => Array.from({ length: n }, () => ["", "", ""]);

describe("the fake Excel's table growth, as documented (no growth of rules)", () => {
  it("rows.add: no rule grows with the body, a rule below moves down with its cells, new cells take no format", async () => {
    const fake = await planWithRules(false, false);
    const context = fake.context();
    context.workbook.tables.getItem("Plan").rows.add(undefined, blankRows(2));
    await context.sync();
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B4", "C3:C4", "E2:E4"],
      colours: ["A2:C4", "A9:C9"],
    });
    expect(fake.model.table("Plan")?.area.rows).toBe(6);
    expect(fake.sheet("Blad1").cell(4, 1).numberFormat).toBe("General");
  });

  it("resize (ExcelApi 1.13): no rule grows and the new cells take no number format", async () => {
    const fake = await planWithRules(false, false);
    fake.hostApiVersion = "1.13";
    fake.askedSets.push({ name: "ExcelApi", version: "1.13", answer: true });
    const context = fake.context();
    context.workbook.tables.getItem("Plan").resize("A1:C6");
    await context.sync();
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B4", "C3:C4", "E2:E4"],
      colours: ["A2:C4", "A7:C7"],
    });
    expect(fake.sheet("Blad1").cell(4, 1).numberFormat).toBe("General");
  });
});

describe("the fake Excel's table growth, where a test turns it on (undocumented)", () => {
  it("rows.add: rules over a column's whole body grow, a partial one stays, one below moves down", async () => {
    const fake = await planWithRules();
    const context = fake.context();
    context.workbook.tables.getItem("Plan").rows.add(undefined, blankRows(2));
    await context.sync();
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B6", "C3:C4", "E2:E4"],
      colours: ["A2:C6", "A9:C9"],
    });
    expect(fake.values("Blad1", "A9:A9")).toEqual([["Anteckning"]]);
    expect(fake.sheet("Blad1").cell(5, 1).numberFormat).toBe("yyyy-mm-dd");
  });

  it("rows.add above a Total Row: the body's rules grow and the Total Row's rule moves down with it", async () => {
    const fake = await planWithRules(true);
    const context = fake.context();
    context.workbook.tables.getItem("Plan").rows.add(undefined, blankRows(2));
    await context.sync();
    expect(fake.model.table("Plan")?.area).toEqual({ row: 0, col: 0, rows: 7, cols: 3 });
    expect(fake.values("Blad1", "A7:A7")).toEqual([["Summa"]]);
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B6", "C3:C4", "E2:E4"],
      colours: ["A2:C6", "A7:C7"],
    });
  });

  it("resize (ExcelApi 1.13): rules over the whole body grow with it and take its number format; nothing moves", async () => {
    const fake = await planWithRules();
    fake.hostApiVersion = "1.13";
    // As a caller holding to the requirement-set rule would have asked (documentedRules.ts).
    fake.askedSets.push({ name: "ExcelApi", version: "1.13", answer: true });
    const context = fake.context();
    context.workbook.tables.getItem("Plan").resize("A1:C6");
    await context.sync();
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B6", "C3:C4", "E2:E4"],
      colours: ["A2:C6", "A7:C7"],
    });
    expect(fake.sheet("Blad1").cell(5, 1).numberFormat).toBe("yyyy-mm-dd");
    expect(fake.values("Blad1", "A7:A7")).toEqual([["Anteckning"]]);
  });

  it("refuses rows.add when a rule below the body runs beside the table's columns too (Excel would split it)", async () => {
    const fake = await planWithRules();
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A8:E8").dataValidation.rule = LIST;
    await context.sync();
    context.workbook.tables.getItem("Plan").rows.add(undefined, blankRows(1));
    await expect(context.sync()).rejects.toMatchObject({ code: "FakeUnsupported" });
    expect(fake.model.table("Plan")?.area.rows).toBe(4);
  });
});

describe("the fake Excel's validation and conditional formats over a range (fakeRules.ts)", () => {
  it("reads DataValidation.type, and clear and clearAll take only the range's cells", async () => {
    const fake = await planWithRules(false, false);
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    const types = ["B2:B4", "A2:C2", "C2:C4", "A6:C6"].map((a) =>
      sheet.getRange(a).dataValidation.load("type"),
    );
    await context.sync();
    expect(types.map((t) => t.type)).toEqual(["List", "MixedCriteria", "MixedCriteria", "None"]);
    sheet.getRange("B4:B4").dataValidation.clear();
    sheet.getRange("A4:C4").conditionalFormats.clearAll();
    await context.sync();
    expect(ruleAreas(fake)).toEqual({
      validations: ["B2:B3", "C3:C4", "E2:E4"],
      colours: ["A2:C3", "A7:C7"],
    });
  });
});

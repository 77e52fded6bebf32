/**
 * Set-up checks names before writing (issue 24, item 8). Excel's table names and defined
 * names share one name space: Microsoft's reference for Table.name (office-js-docs-reference,
 * excel.table.yml) and for NamedItemCollection.add refuse a name in use, and the OOXML
 * standard (ECMA-376 Part 1, 18.5.1.2 table, `displayName`) requires a table's name to be
 * unique among the workbook's defined names and tables. A defined name "Goals", or a user's
 * table named like one of our lists ("CEMR_Status"), is found before anything is written, in
 * both adapters, and the user is told what to rename. The file fixtures are openpyxl's
 * (test/fixtures/names/make.py).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setUpPlan } from "../../src/app/setUpPlan";
import { failureText } from "../../src/core/failures/failureTexts";
import { officePort } from "../../src/workbook/office/officePort";
import { openXlsx, saveXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { fakeWorkbook, type FakeExcel } from "../fakes/fakeExcel";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "../fixtures/names", name)));

const OPTIONS = { lang: "sv", from: "2024-01-01", to: "2026-12-31" } as const;

/** The fake Excel with what the openpyxl fixtures hold. */
function excelWithName(): FakeExcel {
  const fake = fakeWorkbook("Blad1");
  fake.put("Blad1", "A1", [
    ["Mål för 2024", "Värde"],
    ["Andel kvinnliga chefer", 0.5],
  ]);
  fake.model.names.push({
    name: "Goals",
    ref: { kind: "range", sheet: fake.sheet("Blad1"), area: { row: 1, col: 0, rows: 1, cols: 2 } },
    comment: "",
    visible: true,
  });
  return fake;
}

function excelWithTable(): FakeExcel {
  const fake = fakeWorkbook("Statusar");
  fake.put("Statusar", "A1", [
    ["Status", "Beskrivning"],
    ["Klar", "Arbetet är avslutat"],
    ["Pågår", "Arbetet har börjat"],
  ]);
  fake.addTable("CEMR_Status", "Statusar", "A1:B3");
  return fake;
}

const cases = [
  {
    what: 'a defined name "Goals"',
    code: "nameTaken",
    target: "Goals",
    excel: excelWithName,
    file: "openpyxl-defined-name-goals.xlsx",
    sv: /namnet "Goals" \(Formler → Namnhanteraren\).*byt namn på det eller ta bort det/,
    en: /defined name "Goals" \(Formulas → Name Manager\).*rename or delete it/,
  },
  {
    what: 'a user\'s table "CEMR_Status"',
    code: "tableNameTaken",
    target: "CEMR_Status",
    excel: excelWithTable,
    file: "openpyxl-table-cemr-status.xlsx",
    sv: /tabell i arbetsboken heter redan "CEMR_Status".*byt namn på tabellen \(Tabelldesign → Tabellnamn\)/,
    en: /table in the workbook is already named "CEMR_Status".*rename the table \(Table Design → Table Name\)/,
  },
] as const;

describe.each(cases)("set-up in a workbook with $what", (c) => {
  it("is refused in Excel before anything is written, naming what to rename", async () => {
    const fake = c.excel();
    const before = fake.snapshot();
    const sheets = fake.model.sheets.map((s) => s.name);
    const tables = fake.model.tables.length;
    const names = fake.model.names.length;

    const error = await setUpPlan(officePort(fake.context()), OPTIONS).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: { code: c.code, target: c.target } });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
    expect(fake.model.tables).toHaveLength(tables);
    expect(fake.model.names).toHaveLength(names);
    // Nothing was sent but the reads (two syncs).
    expect(fake.syncCount).toBe(2);
  });

  it("is refused in the file adapter before anything is written, its sheets and tables left as they were", async () => {
    const bytes = fixture(c.file);
    const wb = await openXlsx(bytes);
    const error = await setUpPlan(xlsxPort(wb), OPTIONS).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: { code: c.code, target: c.target } });
    const after = await openXlsx(await saveXlsx(wb));
    expect(await xlsxPort(after).sheetNames()).toEqual(await xlsxPort(await openXlsx(bytes)).sheetNames());
    expect((await xlsxPort(after).read()).tables).toEqual(
      (await xlsxPort(await openXlsx(bytes)).read()).tables,
    );
  });

  it("says in Swedish and English what to rename", () => {
    const failure = { code: c.code, target: c.target };
    expect(failureText(failure, "sv")).toMatch(c.sv);
    expect(failureText(failure, "en")).toMatch(c.en);
  });
});

describe("the fake's rule that a wrong adapter would meet", () => {
  it("refuses naming a table like a defined name halfway, as Excel does (ItemAlreadyExists)", async () => {
    const fake = excelWithName();
    const context = fake.context();
    const sheet = context.workbook.worksheets.add("Mål");
    const table = sheet.tables.add("Mål!A1:B2", true);
    table.name = "Goals";
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

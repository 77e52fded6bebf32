import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { excelJsBytes } from "../workbook/xlsx/excelJsFiles";
import { cli, tempFolder } from "./cliHarness";

/** A workbook whose "Mål" sheet holds the unit's own notes, and a loose list to import. */
async function workbookWithOwnGoalsSheet(folder: string): Promise<string> {
  const bytes = await excelJsBytes((wb) => {
    const own = wb.addWorksheet("Mål");
    [
      ["Anteckningar från nämndmötet", null],
      ["Datum", "2019-03-12"],
      ["Närvarande", "Ordförande, förvaltningschef"],
    ].forEach((r, i) => r.forEach((v, j) => (own.getCell(i + 1, j + 1).value = v)));
    const list = wb.addWorksheet("Lista");
    [
      ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"],
      ["Artikel 11", "Jämställda löner", "Lönekartläggning", "HR-chef", "Våren 2019"],
    ].forEach((r, i) => r.forEach((v, j) => (list.getCell(i + 1, j + 1).value = v)));
  });
  const file = join(folder, "plan.xlsx");
  await writeFile(file, bytes);
  return file;
}

describe("import into a workbook whose Goals sheet is not a table", () => {
  it.each([
    ["sv", "bladet Mål", "Goals"],
    ["en", "the sheet Mål", "Goals"],
  ])(
    "is refused with exit 2 and one line in %s that names the sheet and the table",
    async (lang, sheet, table) => {
      const folder = await tempFolder();
      const file = await workbookWithOwnGoalsSheet(folder);
      const run = await cli(
        "import",
        file,
        "--sheet",
        "Lista",
        "--out",
        join(folder, "ut.xlsx"),
        "--lang",
        lang,
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toHaveLength(1);
      expect(run.stderr[0]).toContain(sheet);
      expect(run.stderr[0]).toContain(table);
      expect(run.stderr[0]).not.toContain("is not an Excel table");
    },
  );
});

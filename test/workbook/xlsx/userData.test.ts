import type ExcelJS from "exceljs";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { planTemplates } from "../../../src/core/planTemplate";
import { newXlsx, openXlsx, saveXlsx, WorkbookWriteError, xlsxPort } from "../../../src/workbook/xlsx";
import { reopen, sheet } from "./reopen";

/** Every cell with a value, by sheet and address. */
function snapshot(wb: ExcelJS.Workbook, sheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    sheet(wb, name).eachRow((row) =>
      row.eachCell((cell) => {
        out[`${name}!${cell.address}`] = cell.value;
      }),
    );
  }
  return out;
}

/** A unit's workbook: goals typed as plain cells on "Mål", notes on a sheet of its own. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = newXlsx();
  const goals = wb.addWorksheet("Mål");
  goals.getCell("B3").value = "Mål-ID";
  goals.getCell("C3").value = "Artikel";
  goals.getCell("D3").value = "Mål";
  goals.getCell("B4").value = "M1";
  goals.getCell("C4").value = "Art. 11";
  goals.getCell("D4").value = "Jämställda löner i Sundsvalls kommun";
  wb.addWorksheet("Anteckningar").getCell("A1").value = "Inlämnat 2019-09-02 av Anna Lindqvist";
  wb.addWorksheet("Uppföljning"); // an empty sheet of a table's name may be used
  return wb;
}

describe("setting up a plan in a workbook that holds the user's data", () => {
  it("adds only the missing tables and leaves every existing cell unchanged", async () => {
    const wb = userWorkbook();
    const before = snapshot(wb, ["Mål", "Anteckningar"]);
    const result = await setUpPlan(xlsxPort(wb), { lang: "sv", from: "2019-01-01", to: "2022-12-31" });
    expect(result.existing).toEqual(["Goals"]);
    expect(result.created).toHaveLength(6);
    const again = await reopen(wb);
    expect(snapshot(again, ["Mål", "Anteckningar"])).toEqual(before);
    expect(sheet(again, "Uppföljning").getTables()).toHaveLength(1);
    expect(sheet(again, "Mål").getTables()).toHaveLength(0);
    // Running the set-up again changes nothing.
    const before2 = snapshot(
      again,
      again.worksheets.map((w) => w.name),
    );
    expect((await setUpPlan(xlsxPort(again), { lang: "sv" })).created).toEqual([]);
    expect(
      snapshot(
        again,
        again.worksheets.map((w) => w.name),
      ),
    ).toEqual(before2);
  });

  it("points the Goal ID validation at the goals the user typed as plain cells only when they are a table", async () => {
    const wb = userWorkbook();
    await xlsxPort(wb).addTables(planTemplates("sv").filter((t) => t.name === "Activities"));
    // No Goals table to refer to: no validation rather than one pointing at the wrong cells.
    expect(sheet(wb, "Aktiviteter").getCell("B2").dataValidation).toBeUndefined();
  });

  it("refuses a table whose sheet holds data, before writing anything", async () => {
    const wb = userWorkbook();
    const error = await xlsxPort(wb)
      .addTables(planTemplates("sv"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).reason).toBe("sheetHasData");
    expect((error as WorkbookWriteError).target).toBe("Mål");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Mål", "Anteckningar", "Uppföljning"]);
  });

  it("reads plain ranges by sheet with their position, when there are no table objects", async () => {
    const raw = await xlsxPort(await openXlsx(await saveXlsx(userWorkbook()))).read();
    expect(raw.tables).toEqual([]);
    const goals = raw.sheets.find((s) => s.sheet === "Mål");
    expect(goals).toMatchObject({ top: 2, left: 1 });
    expect(goals?.values).toEqual([
      ["Mål-ID", "Artikel", "Mål"],
      ["M1", "Art. 11", "Jämställda löner i Sundsvalls kommun"],
    ]);
    expect(raw.sheets.find((s) => s.sheet === "Uppföljning")?.values).toEqual([]);
  });
});

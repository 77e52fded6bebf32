import type ExcelJS from "exceljs";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { planTemplates } from "../../../src/core/template/planTemplate";
import {
  openXlsx,
  saveXlsx,
  WorkbookWriteError,
  xlsxPort,
  type XlsxWorkbook,
} from "../../../src/workbook/xlsx";
import { excelJsBytes } from "./excelJsFiles";
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

/** A unit's workbook (made in another program): goals typed as plain cells on "Mål", notes on a sheet of its own. */
async function userWorkbook(): Promise<XlsxWorkbook> {
  return openXlsx(await excelJsBytes(userCells));
}

function userCells(wb: ExcelJS.Workbook): void {
  const goals = wb.addWorksheet("Mål");
  goals.getCell("B3").value = "Mål-ID";
  goals.getCell("C3").value = "Artikel";
  goals.getCell("D3").value = "Mål";
  goals.getCell("B4").value = "M1";
  goals.getCell("C4").value = "Art. 11";
  goals.getCell("D4").value = "Jämställda löner i Sundsvalls kommun";
  wb.addWorksheet("Anteckningar").getCell("A1").value = "Inlämnat 2019-09-02 av Anna Lindqvist";
  wb.addWorksheet("Uppföljning"); // an empty sheet of a table's name may be used
}

describe("setting up a plan in a workbook that holds the user's data", () => {
  it("adds only the missing tables and leaves every existing cell unchanged", async () => {
    const wb = await userWorkbook();
    const before = snapshot(await reopen(wb), ["Mål", "Anteckningar"]);
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
    expect((await setUpPlan(xlsxPort(wb), { lang: "sv" })).created).toEqual([]);
    const third = await reopen(wb);
    expect(
      snapshot(
        third,
        third.worksheets.map((w) => w.name),
      ),
    ).toEqual(before2);
  });

  it("points the Goal ID validation at the Goals table, and only warns while there is none", async () => {
    const wb = await userWorkbook();
    await xlsxPort(wb).addTables(planTemplates("sv").filter((t) => t.name === "Activities"));
    // The goals are plain cells: the list names the table that set-up will add, never other cells.
    expect(sheet(await reopen(wb), "Aktiviteter").getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['INDIRECT("Goals[[Mål-ID]]")'],
      errorStyle: "warning",
    });
  });

  it("refuses a table whose sheet holds data, before writing anything", async () => {
    const wb = await userWorkbook();
    const error = await xlsxPort(wb)
      .addTables(planTemplates("sv"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).reason).toBe("sheetHasData");
    expect((error as WorkbookWriteError).target).toBe("Mål");
    expect(wb.sheetNames()).toEqual(["Mål", "Anteckningar", "Uppföljning"]);
    expect(wb.package.unchanged).toBe(true);
  });

  it("reads plain ranges by sheet with their position, when there are no table objects", async () => {
    const raw = await xlsxPort(await openXlsx(await saveXlsx(await userWorkbook()))).read();
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

import { planTemplates } from "../../../src/core/template/planTemplate";
import { isoToSerial } from "../../../src/core/dates/dates";
import { newXlsx, openXlsx, saveXlsx, WorkbookWriteError, xlsxPort } from "../../../src/workbook/xlsx";
import { editWithExcelJs } from "./excelJsFiles";
import { reopen, sheet, tableRefs } from "./reopen";

async function plan() {
  const wb = newXlsx();
  await xlsxPort(wb).addTables(planTemplates("sv", { from: "2019-01-01", to: "2020-12-31" }));
  return wb;
}

describe("appending rows to a table in an .xlsx file", () => {
  it("fills an empty table's blank row first and grows the table's range", async () => {
    const wb = await plan();
    await xlsxPort(wb).appendRows([
      {
        table: "Goals",
        rows: [["M1", "11", "Jämställda löner", "Lönegap kvinnor/män", "%", 4.2, 0, "Minska", "HR-chef"]],
      },
      {
        table: "Goals",
        rows: [["M2", "2, 5", "Jämn representation i nämnder", null, null, null, null, null, null]],
      },
    ]);
    const again = await reopen(wb);
    expect(tableRefs(sheet(again, "Mål"))).toEqual([{ name: "Goals", ref: "A1:K3" }]);
    expect(sheet(again, "Mål").getCell("A3").value).toBe("M2");
    expect(sheet(again, "Mål").getCell("F2").value).toBe(4.2);
  });

  it("appends below existing rows and keeps dates formatted as dates", async () => {
    const wb = await plan();
    await xlsxPort(wb).appendRows([
      { table: "Periods", rows: [["Tertial 1 2019", "Delår", isoToSerial("2019-04-30")]] },
    ]);
    const raw = await xlsxPort(await openXlsx(await saveXlsx(wb))).read();
    const periods = raw.tables.find((t) => t.name === "Periods");
    expect(periods?.values).toHaveLength(6);
    expect(periods?.values[5]).toEqual(["Tertial 1 2019", "Delår", new Date(Date.UTC(2019, 3, 30))]);
  });

  it("keeps comments that look like formulas as the same text", async () => {
    const wb = await plan();
    const comments = ["=SUM(A1)", "+46 70 123 45 67", "-30 % jämfört med 2018", "@HR-enheten"];
    await xlsxPort(wb).appendRows([
      {
        table: "FollowUp",
        rows: comments.map((c, i) => ["Helår 2019", `A1.${i + 1}`, "Pågår", null, null, c]),
      },
    ]);
    const again = await reopen(wb);
    const ws = sheet(again, "Uppföljning");
    comments.forEach((c, i) => {
      expect(ws.getCell(`F${i + 2}`).value).toBe(c);
      expect(ws.getCell(`F${i + 2}`).formula).toBeUndefined();
    });
  });

  it("refuses to write over data below a table", async () => {
    // Someone typed a note right under the empty table, in another program.
    const bytes = await editWithExcelJs(await saveXlsx(await plan()), (book) => {
      book.getWorksheet("Aktiviteter")!.getCell("C3").value = "Anteckning under tabellen";
    });
    const wb = await openXlsx(bytes);
    const error = await xlsxPort(wb)
      .appendRows([
        {
          table: "Activities",
          rows: [
            ["A1.1", "M1", "Kartläggning", null, null, null, null, null, null],
            ["A1.2", "M1", "Utbildning", null, null, null, null, null, null],
          ],
        },
      ])
      .catch((e: unknown) => e);
    expect((error as WorkbookWriteError).reason).toBe("cellsNotEmpty");
    expect(wb.cellValue("Aktiviteter", "A2")).toBeNull();
    expect(wb.package.unchanged).toBe(true);
  });

  it("refuses rows for a table that does not exist", async () => {
    const error = await xlsxPort(newXlsx())
      .appendRows([{ table: "Goals", rows: [["M1"]] }])
      .catch((e: unknown) => e);
    expect((error as WorkbookWriteError).reason).toBe("tableMissing");
  });
});

import { planTemplates } from "../../../src/core/template/planTemplate";
import { newXlsx, WorkbookWriteError, xlsxPort } from "../../../src/workbook/xlsx";
import { reopen, sheet } from "./reopen";

async function plan() {
  const wb = newXlsx();
  const port = xlsxPort(wb);
  await port.addTables(planTemplates("sv", { from: "2022-01-01", to: "2022-12-31" }));
  await port.appendRows([
    {
      table: "FollowUp",
      rows: [
        ["Helår 2022", "A1", "Pågår", 350000, 800000, "Preliminärt"],
        ["Helår 2022", "A2", "Pågår", 20000, 150000, ""],
      ],
    },
  ]);
  return { wb, port };
}

describe("replacing cells of table rows in an .xlsx file", () => {
  it("writes only the columns given and leaves the others and other rows alone", async () => {
    const { wb, port } = await plan();
    await port.updateRows?.([
      {
        table: "FollowUp",
        row: 1,
        values: [undefined, undefined, "Försenad", 420000, undefined, "=inte en formel"],
      },
    ]);
    const ws = sheet(await reopen(wb), "Uppföljning");
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(2, c).value)).toEqual([
      "Helår 2022",
      "A1",
      "Försenad",
      420000,
      800000,
      "=inte en formel",
    ]);
    expect(ws.getCell(3, 3).value).toBe("Pågår");
  });

  it("refuses a row outside the table's body before writing anything", async () => {
    const { wb, port } = await plan();
    const updates = [
      { table: "FollowUp", row: 2, values: [undefined, undefined, "Genomförd"] },
      { table: "FollowUp", row: 0, values: ["Period?"] },
    ];
    await expect(port.updateRows?.(updates)).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(wb.cellValue("Uppföljning", "C3")).toBe("Pågår");
  });

  it("protects sheets without a password, leaving only the named columns open", async () => {
    const { wb, port } = await plan();
    await port.protectSheets?.([
      { sheet: "Uppföljning", editable: { table: "FollowUp", columns: [2, 5] } },
      { sheet: "Plan" },
    ]);
    const again = await reopen(wb);
    const ws = sheet(again, "Uppföljning");
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection?.["hashValue"]).toBeUndefined();
    expect(ws.getCell("C3").protection?.locked).toBe(false);
    expect(ws.getCell("F2").protection?.locked).toBe(false);
    expect(ws.getCell("D2").protection?.locked).not.toBe(false);
    expect((sheet(again, "Plan") as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
    });
  });
});

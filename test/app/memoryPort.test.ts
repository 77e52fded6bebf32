import type { RawTable } from "../../src/core/cells/cells";
import { planTemplates } from "../../src/core/template/planTemplate";
import { headersOf } from "../../src/core/schema";
import type { SheetLayout } from "../../src/core/sheetLayout/sheetLayout.types";
import { memoryPort } from "./memoryPort";

const followUp: RawTable = {
  name: "FollowUp",
  sheet: "Uppföljning",
  top: 1,
  left: 0,
  values: [
    headersOf("FollowUp", "sv").slice(0, 6),
    ["Delår 2019", "A1", "Pågår", 12000, 40000, "Enligt plan"],
  ],
};

function layout(name: string): SheetLayout {
  return {
    name,
    marker: "summary:Helår 2019",
    columnWidths: [30, 12],
    blocks: [
      { row: 0, col: 0, cells: [[{ v: "Uppföljning Helår 2019", s: "title" }], [{ v: "Mål" }, { v: 4 }]] },
    ],
    merges: [],
    tables: [],
    charts: [],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: { first: 0, last: 0 } },
  };
}

describe("memoryPort", () => {
  it("returns the initial workbook's tables and sheets from read()", async () => {
    const port = memoryPort({ tables: [followUp], sheets: [] });
    const raw = await port.read();
    expect(raw.tables).toEqual([followUp]);
    expect(raw.sheets).toEqual([{ sheet: "Uppföljning", top: 1, left: 0, values: followUp.values }]);
  });

  it("appends rows below a table's last row and shows them in the next read", async () => {
    const port = memoryPort({ tables: [followUp], sheets: [] });
    await port.appendRows([
      { table: "FollowUp", rows: [["Helår 2019", "A1", "Genomförd", 38000, 38000, null]] },
    ]);
    const raw = await port.read();
    expect(raw.tables[0]?.values).toHaveLength(3);
    expect(raw.tables[0]?.values[2]?.[2]).toBe("Genomförd");
    expect(raw.sheets[0]?.values).toHaveLength(3);
    expect(port.written.appends).toHaveLength(1);
  });

  it("refuses to append to a table that does not exist", async () => {
    await expect(memoryPort().appendRows([{ table: "Goals", rows: [["M1"]] }])).rejects.toThrow();
  });

  it("refuses to add a table onto a sheet that holds data", async () => {
    const port = memoryPort({
      tables: [],
      sheets: [{ sheet: "Mål", top: 0, left: 0, values: [["Egna anteckningar"]] }],
    });
    const goals = planTemplates("sv").filter((t) => t.name === "Goals");
    await expect(port.addTables(goals)).rejects.toThrow();
  });

  it("writes a new report sheet and refuses to overwrite it unless replacing a product sheet", async () => {
    const port = memoryPort({
      tables: [],
      sheets: [{ sheet: "Anteckningar", top: 0, left: 0, values: [["x"]] }],
    });
    await port.writeSheet(layout("Sammanfattning Helår 2019"));
    expect(await port.productSheets()).toEqual(["Sammanfattning Helår 2019"]);
    await expect(port.writeSheet(layout("Sammanfattning Helår 2019"))).rejects.toThrow();
    await port.writeSheet(layout("Sammanfattning Helår 2019"), { replace: true });
    await expect(port.writeSheet(layout("Anteckningar"), { replace: true })).rejects.toThrow();
    expect(port.written.layouts).toHaveLength(2);
    const sheet = (await port.read()).sheets.find((s) => s.sheet === "Sammanfattning Helår 2019");
    expect(sheet?.values).toEqual([
      ["Uppföljning Helår 2019", null],
      ["Mål", 4],
    ]);
  });
});

import { officePort } from "../../../src/workbook/office/officePort";
import { WorkbookWriteError } from "../../../src/workbook/floor";
import { fakeWorkbook, installFakeExcel } from "../../fakes/fakeExcel";
import { planWorkbook } from "./planWorkbook";
import { summaryLayout } from "./summaryLayout";

describe("writing a report sheet through Office.js", () => {
  it("writes blocks, formats, styles, merges, the chart data table and the charts with their seriesBy", async () => {
    const fake = planWorkbook(2);
    await officePort(fake.context()).writeSheet(summaryLayout(0));
    const sheet = fake.sheet("Sammanfattning Helår 2019");
    expect(fake.values("Sammanfattning Helår 2019", "A1:A2")).toEqual([
      ["Uppföljning av jämställdhetsplanen – Helår 2019"],
      ["Härnösands kommun"],
    ]);
    expect(sheet.cell(2, 1)).toMatchObject({ value: 43830, numberFormat: "yyyy-mm-dd" });
    expect(sheet.cell(3, 1)).toMatchObject({ value: 0.42, numberFormat: "0%", fill: "#C6EFCE" });
    expect(sheet.cell(0, 0).font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(fake.model.table("CEMR_Status_Sammanfattning_Hel_r_2019")).toMatchObject({
      sheet,
      area: { row: 5, col: 0, rows: 7, cols: 4 },
    });
    expect(sheet.charts.map((c) => [c.type, c.seriesBy, c.title, c.position])).toEqual([
      ["ColumnStacked", "Columns", "Aktiviteter per artikel", { start: "F6", end: "M20" }],
      ["BarClustered", "Rows", "Budget och utfall", { start: "F22", end: "M36" }],
    ]);
    expect(sheet.charts[0]?.source).toEqual({ row: 5, col: 0, rows: 7, cols: 4 });
    // Every series filled in the layout's colours (repeated when it gives fewer than the series).
    expect(sheet.charts.map((c) => c.fills)).toEqual([
      ["#107C10", "#0078D4", "#DA3B01"],
      ["#616161", "#0078D4", "#616161", "#0078D4", "#616161", "#0078D4"],
    ]);
    expect(sheet.columnWidths.get(3)).toBeGreaterThan(sheet.columnWidths.get(1) ?? Infinity);
    expect(fake.model.activeSheet).toBe(sheet);
  });

  it("wraps text, aligns cells to the top, fits rows and gives merged rows their height", async () => {
    const fake = planWorkbook(1);
    const base = summaryLayout(0);
    const layout = {
      ...base,
      blocks: [
        ...base.blocks,
        {
          row: 40,
          col: 0,
          cells: [
            [
              {
                v: "Ett långt mål om jämställda löner i hela regionen",
                f: "text" as const,
                s: "body" as const,
              },
            ],
          ],
        },
        {
          row: 41,
          col: 0,
          cells: [
            [{ v: "Av planens 24 aktiviteter är 20 genomförda …", f: "text" as const, s: "note" as const }],
          ],
        },
      ],
      merges: [...base.merges, { row: 41, col: 0, rows: 1, cols: 4 }],
      rowHeights: [
        { row: 40, points: 33 },
        { row: 41, points: 48 },
      ],
    };
    await officePort(fake.context()).writeSheet(layout);
    const sheet = fake.sheet("Sammanfattning Helår 2019");
    // Excel fits plain rows itself; a merged row gets the layout's height.
    expect(sheet.autofitted.has(40)).toBe(true);
    expect(sheet.rowHeights.get(40)).toBeUndefined();
    expect(sheet.rowHeights.get(41)).toBe(48);
    expect(sheet.wrapped.has("40,0")).toBe(true);
    expect(sheet.wrapped.has("41,0")).toBe(true);
    expect(sheet.topAligned.has("0,0")).toBe(true);
    // The title runs on across the row rather than wrapping.
    expect(sheet.wrapped.has("0,0")).toBe(false);
    expect(sheet.topAligned.has("41,0")).toBe(true);
  });

  it("keeps text that starts with = as text", async () => {
    const fake = planWorkbook(1);
    await officePort(fake.context()).writeSheet(summaryLayout(0));
    expect(fake.sheet("Sammanfattning Helår 2019").cell(15, 3)).toMatchObject({
      value: "=Kontakta förvaltningen",
      formula: null,
    });
  });

  it("sets A4, the orientation, fit to one page wide, the repeated title rows and the page breaks", async () => {
    const fake = planWorkbook(1);
    await officePort(fake.context()).writeSheet(summaryLayout(0));
    expect(fake.sheet("Sammanfattning Helår 2019").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
      pageBreaks: [21],
    });
  });

  it("needs as many syncs for 5,000 deviation rows as for three", async () => {
    const small = planWorkbook(1);
    const large = planWorkbook(1);
    await officePort(small.context()).writeSheet(summaryLayout(0));
    await officePort(large.context()).writeSheet(summaryLayout(5_000));
    expect(small.syncCount).toBe(4); // two to learn the workbook, one to write, one to activate it
    expect(large.syncCount).toBe(small.syncCount);
    expect(large.values("Sammanfattning Helår 2019", "A5016:A5016")).toEqual([["A6.556"]]);

    const afterRead = planWorkbook(1);
    const port = officePort(afterRead.context());
    await port.read();
    await port.writeSheet(summaryLayout(0));
    expect(afterRead.syncCount).toBe(4); // the read's two, then write and activate
  });

  it("lists its sheets on the very hidden marker sheet; a renamed sheet is no longer its own", async () => {
    const fake = planWorkbook(1);
    const port = officePort(fake.context());
    await port.writeSheet(summaryLayout(0));
    await port.writeSheet(summaryLayout(0, "Sammanfattning Delår 2019"));
    expect(await port.productSheets()).toEqual(["Sammanfattning Helår 2019", "Sammanfattning Delår 2019"]);
    expect(fake.sheet("_cemr").visibility).toBe("VeryHidden");
    expect(fake.values("_cemr", "A1:B3")).toEqual([
      ["Sheet", "Marker"],
      ["Sammanfattning Helår 2019", "summary:Helår 2019"],
      ["Sammanfattning Delår 2019", "summary:Delår 2019"],
    ]);
    fake.sheet("Sammanfattning Delår 2019").name = "Delårsrapport";
    expect(await officePort(fake.context()).productSheets()).toEqual(["Sammanfattning Helår 2019"]);
  });

  it("replaces a report the command line wrote, listed on the same marker sheet", async () => {
    const fake = planWorkbook(1);
    fake.put("Sammanfattning Helår 2019", "A1", [["Rapport från kommandoraden"]]);
    fake.put("_cemr", "A1", [
      ["Sheet", "Marker"],
      ["Sammanfattning Helår 2019", "summary:Helår 2019"],
    ]);
    fake.sheet("_cemr").visibility = "VeryHidden";
    await officePort(fake.context()).writeSheet(summaryLayout(0), { replace: true });
    expect(fake.values("Sammanfattning Helår 2019", "A2:A2")).toEqual([["Härnösands kommun"]]);
    expect(fake.values("_cemr", "A2:A3")).toEqual([["Sammanfattning Helår 2019"], [""]]);
  });

  it("refuses an existing sheet it did not write, even when asked to replace it", async () => {
    const fake = planWorkbook(1);
    fake.put("Sammanfattning Helår 2019", "A1", [["Egen sammanställning"]]);
    const before = fake.snapshot();
    for (const options of [{}, { replace: true }]) {
      const error = await officePort(fake.context())
        .writeSheet(summaryLayout(0), options)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error).toMatchObject({ reason: "sheetExists", target: "Sammanfattning Helår 2019" });
    }
    expect(fake.snapshot()).toEqual(before);
  });

  it("replaces its own sheet in place when confirmed, and refuses without confirmation", async () => {
    const fake = planWorkbook(1);
    await officePort(fake.context()).writeSheet(summaryLayout(0));
    fake.put("Efter", "A1", [["Användarens blad"]]);
    const refused = await officePort(fake.context())
      .writeSheet(summaryLayout(2))
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: "sheetExists" });

    await officePort(fake.context()).writeSheet(summaryLayout(2), { replace: true });
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      "Mål",
      "Aktiviteter",
      "Uppföljning",
      "Sammanfattning Helår 2019",
      "_cemr",
      "Efter",
    ]);
    expect(fake.values("Sammanfattning Helår 2019", "A20:A20")).toEqual([["A5.1"]]);
    expect(fake.values("_cemr", "A2:A3")).toEqual([["Sammanfattning Helår 2019"], [""]]);
    expect(fake.model.tables.filter((t) => t.name.startsWith("CEMR_Status_"))).toHaveLength(1);
    expect(await officePort(fake.context()).productSheets()).toEqual(["Sammanfattning Helår 2019"]);
  });

  it("suspends screen updating once per write where ExcelApi 1.9 is there", async () => {
    const fake = fakeWorkbook();
    const uninstall = installFakeExcel(fake, "1.9");
    try {
      await officePort(fake.context()).writeSheet(summaryLayout(0));
    } finally {
      uninstall();
    }
    expect(fake.model.sheet("Sammanfattning Helår 2019")).not.toBeNull();
  });
});

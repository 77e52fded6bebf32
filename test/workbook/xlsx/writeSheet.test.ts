import type { SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";
import {
  MARKER_SHEET,
  newXlsx,
  openXlsx,
  saveXlsx,
  WorkbookWriteError,
  xlsxPort,
} from "../../../src/workbook/xlsx";
import { charactersOfFileWidth } from "../../../src/workbook/xlsx/write/columnWidths";
import { excelJsBytes } from "./excelJsFiles";
import { reopen, sheet, tableRefs } from "./reopen";

const layout: SheetLayout = {
  name: "Helår 2019",
  marker: "summary:Helår 2019",
  columnWidths: [28, 14, 14],
  blocks: [
    { row: 0, col: 0, cells: [[{ v: "Uppföljning av jämställdhetsplanen", s: "title" }]] },
    { row: 1, col: 0, cells: [[{ v: "Härnösands kommun", s: "subtitle" }]] },
    {
      row: 3,
      col: 0,
      cells: [
        [
          { v: "Budget", s: "label" },
          { v: 1_200_000, f: "money" },
        ],
        [
          { v: "Andel genomförda", s: "label" },
          { v: 0.42, f: "percent" },
        ],
        [
          { v: "Status", s: "label" },
          { v: "Försenad", s: "bad" },
        ],
        [{ v: "Kommentar", s: "label" }, { v: "=SUM(B4:B5)" }],
      ],
    },
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
  tables: [
    {
      name: "StatusPerArtikel",
      row: 9,
      col: 0,
      header: ["Artikel", "Genomförda", "Pågår"],
      rows: [
        [{ v: "Artikel 11" }, { v: 3, f: "integer" }, { v: 2, f: "integer" }],
        [{ v: "Artikel 2" }, { v: 1, f: "integer" }, { v: 4, f: "integer" }],
      ],
    },
  ],
  charts: [
    {
      type: "columnStacked",
      title: "Status per artikel",
      data: { row: 9, col: 0, rows: 3, cols: 3 },
      seriesBy: "columns",
      colours: ["#107C10", "#0078D4"],
      anchor: { row: 14, col: 0, rows: 15, cols: 6 },
    },
  ],
  print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: { first: 0, last: 1 } },
};

describe("writing a report sheet to an .xlsx file", () => {
  it("writes values, formats, styles, merges, chart data tables and print settings", async () => {
    const wb = newXlsx();
    await xlsxPort(wb).writeSheet(layout);
    const ws = sheet(await reopen(wb), "Helår 2019");
    expect(ws.getCell("A1").value).toBe("Uppföljning av jämställdhetsplanen");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("B4")).toMatchObject({ value: 1_200_000, numFmt: "#,##0" });
    expect(ws.getCell("B5")).toMatchObject({ value: 0.42, numFmt: "0%" });
    expect(ws.getCell("B6").value).toBe("Försenad");
    expect(ws.getCell("B6").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("B7").value).toBe("=SUM(B4:B5)");
    expect(ws.getCell("B7").formula).toBeUndefined();
    expect(tableRefs(ws)).toEqual([{ name: "StatusPerArtikel", ref: "A10:C12" }]);
    expect(charactersOfFileWidth(ws.getColumn(1).width ?? 0)).toBe(28);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
  });

  it("marks the sheet as the product's, and the mark survives saving and reopening", async () => {
    const wb = newXlsx();
    await xlsxPort(wb).writeSheet(layout);
    const reopened = await openXlsx(await saveXlsx(wb));
    expect(await xlsxPort(reopened).productSheets()).toEqual(["Helår 2019"]);
    expect(reopened.info.sheets.find((s) => s.name === MARKER_SHEET)?.state).toBe("veryHidden");
  });

  it("replaces its own sheet when asked, keeping one chart table of each name", async () => {
    const wb = await openXlsx(
      await saveXlsx(
        await (async () => {
          const first = newXlsx();
          await xlsxPort(first).writeSheet(layout);
          return first;
        })(),
      ),
    );
    const changed: SheetLayout = {
      ...layout,
      blocks: [{ row: 0, col: 0, cells: [[{ v: "Ny version", s: "title" }]] }],
    };
    await xlsxPort(wb).writeSheet(changed, { replace: true });
    const again = await reopen(wb);
    expect(sheet(again, "Helår 2019").getCell("A1").value).toBe("Ny version");
    expect(again.worksheets.filter((w) => w.name === "Helår 2019")).toHaveLength(1);
    expect(tableRefs(sheet(again, "Helår 2019")).map((t) => t.name)).toEqual(["StatusPerArtikel"]);
  });

  it("refuses to overwrite its own sheet without the user's confirmation", async () => {
    const wb = newXlsx();
    await xlsxPort(wb).writeSheet(layout);
    const error = await xlsxPort(wb)
      .writeSheet(layout)
      .catch((e: unknown) => e);
    expect((error as WorkbookWriteError).reason).toBe("sheetExists");
  });

  it("refuses to overwrite a user's sheet of the same name, even when replace is set", async () => {
    const wb = await openXlsx(
      await excelJsBytes((book) => {
        book.addWorksheet("Helår 2019").getCell("A1").value = "Egna anteckningar inför bokslutet";
      }),
    );
    const error = await xlsxPort(wb)
      .writeSheet(layout, { replace: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).reason).toBe("sheetExists");
    expect(wb.cellValue("Helår 2019", "A1")).toBe("Egna anteckningar inför bokslutet");
    expect(wb.package.unchanged).toBe(true);
  });
});

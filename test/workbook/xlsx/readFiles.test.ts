import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx, saveXlsx, WorkbookFileError, xlsxPort } from "../../../src/workbook/xlsx";
import { excelJsBytes } from "./excelJsFiles";
import { sniffWorkbookBytes } from "../../../src/workbook/xlsx/fileErrors";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures", name));

async function reasonOf(bytes: Uint8Array): Promise<string> {
  const error = await openXlsx(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof WorkbookFileError ? error.reason : "opened";
}

describe("reading files written by other programs", () => {
  it("reads LibreOffice's plain sheets with dates, formula results, errors and merged cells as a person sees them", async () => {
    const raw = await xlsxPort(await openXlsx(fixture("libreoffice-plain-sheets.xlsx"))).read();
    expect(raw.tables).toEqual([]);
    const activities = raw.sheets.find((s) => s.sheet === "Aktiviteter");
    expect(activities).toMatchObject({ top: 0, left: 1 });
    expect(activities?.values).toEqual([
      ["Aktivitet-ID", "Mål-ID", "Aktivitet", "Slut", "Budget"],
      ["A1.1", "M1", "Kartlägga löner per kön inom vård och omsorg", new Date(Date.UTC(2019, 5, 30)), 150000],
      ["A1.2", "M1", "=Utbilda chefer i jämställd rekrytering", new Date(Date.UTC(2020, 11, 31)), 300000],
      ["A1.3", "Sammanslagen text", null, null, "#DIV/0!"],
    ]);
  });

  it.each(["libreoffice-goals-table.xlsx", "excel-style-goals-table.xlsx"])(
    "reads the table of %s and writes it back intact",
    async (name) => {
      const wb = await openXlsx(fixture(name));
      const expected = [
        ["Mål-ID", "Artikel", "Mål"],
        ["M1", 11, "Jämställda löner"],
        ["M2", "Art. 2 och 5", "Jämn könsfördelning i nämnder"],
      ];
      expect((await xlsxPort(wb).read()).tables).toEqual([
        { name: "Goals", sheet: "Mål", top: 0, left: 0, values: expected },
      ]);
      await xlsxPort(wb).appendRows([{ table: "Goals", rows: [["M3", "6", "Jämställd medborgardialog"]] }]);
      const again = await xlsxPort(await openXlsx(await saveXlsx(wb))).read();
      expect(again.tables[0]?.values).toEqual([...expected, ["M3", "6", "Jämställd medborgardialog"]]);
    },
  );

  it("reads rich text, hyperlinks, cached formula results and error values as their text", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Kommentarer");
      ws.getCell("A1").value = { richText: [{ text: "Klart ", font: { bold: true } }, { text: "i juni" }] };
      ws.getCell("A2").value = { text: "Länk till planen", hyperlink: "https://example.se/plan" };
      ws.getCell("A3").value = { formula: "SUM(B1:B2)", result: 250000 };
      ws.getCell("A4").value = { error: "#N/A" };
      ws.getCell("A5").value = true;
    });
    const raw = await xlsxPort(await openXlsx(bytes)).read();
    expect(raw.sheets[0]?.values).toEqual([
      ["Klart i juni"],
      ["Länk till planen"],
      [250000],
      ["#N/A"],
      [true],
    ]);
  });
});

describe("files that are not readable workbooks", () => {
  it("names an old .xls file (compound file) as such", async () => {
    expect(await reasonOf(fixture("old-format-goals.xls"))).toBe("xls");
  });

  it("recognises a password-protected .xlsx by its encrypted package", () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    expect(sniffWorkbookBytes(bytes)).toBe("encrypted");
  });

  it("names empty files, text files, cut-off files and zips without a workbook", async () => {
    const good = fixture("libreoffice-goals-table.xlsx");
    expect(await reasonOf(new Uint8Array(0))).toBe("empty");
    expect(await reasonOf(new TextEncoder().encode("Mål-ID;Artikel\nM1;11\n"))).toBe("notXlsx");
    expect(await reasonOf(good.subarray(0, Math.floor(good.length / 2)))).toBe("truncated");
    const zipWithoutWorkbook = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array(30).fill(0),
      0x50,
      0x4b,
      0x05,
      0x06,
      ...new Array(18).fill(0),
    ]);
    expect(await reasonOf(zipWithoutWorkbook)).toBe("notXlsx");
  });

  it("opens a complete .xlsx given as an ArrayBuffer", async () => {
    const good = fixture("libreoffice-goals-table.xlsx");
    const buffer = good.buffer.slice(good.byteOffset, good.byteOffset + good.byteLength) as ArrayBuffer;
    expect(await reasonOf(new Uint8Array(buffer))).toBe("opened");
    expect((await openXlsx(buffer)).sheetNames()).toEqual(["Mål"]);
  });
});

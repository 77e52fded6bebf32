/**
 * The 177 real-world workbooks of test/fixtures/poi (Apache POI's test data), each
 * opened as a user would: a file LibreOffice opens is read; any other is refused
 * with one clear reason. Each must finish within the 10-second bound (the test's
 * timeout), so a hang or a bomb fails here. The files exceljs 4.4.0 refused or hung
 * on are checked for what they hold.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, RawRange, RawWorkbook } from "../../../src/core/cells/cells";
import { openXlsx, WorkbookFileError, xlsxPort, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { cli } from "../../cli/cliHarness";

const folder = join(__dirname, "../../fixtures/poi");
const expected = readFileSync(join(folder, "expected.tsv"), "utf8")
  .split("\n")
  .slice(1)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [file, expect, note] = line.split("\t");
    return { file: file!, expect: expect!, note: note ?? "" };
  });

const bytesOf = (file: string) => new Uint8Array(readFileSync(join(folder, file)));

async function outcome(file: string): Promise<{ wb: XlsxWorkbook; raw: RawWorkbook } | WorkbookFileError> {
  try {
    const wb = await openXlsx(bytesOf(file));
    return { wb, raw: await xlsxPort(wb).read() };
  } catch (e) {
    if (e instanceof WorkbookFileError) return e;
    throw e;
  }
}

/** What every reading must satisfy, whatever the file: rectangular ranges, real dates, no Total Row trickery. */
function expectWellFormed(raw: RawWorkbook): void {
  const check = (r: RawRange) => {
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.top).toBeGreaterThanOrEqual(-1);
    const width = r.values[0]?.length ?? 0;
    for (const row of r.values) {
      expect(row).toHaveLength(width);
      for (const v of row) if (v instanceof Date) expect(Number.isNaN(v.getTime())).toBe(false);
    }
  };
  raw.sheets.forEach(check);
  raw.tables.forEach((t) => {
    check(t);
    expect(t.values.length).toBeGreaterThanOrEqual(1);
  });
}

function sheet(raw: RawWorkbook, name: string): RawRange {
  const found = raw.sheets.find((s) => s.sheet === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The value at a sheet's A1 address, as the core would find it. */
function at(range: RawRange, row: number, col: number): CellValue {
  return range.values[row - range.top]?.[col - range.left] ?? null;
}

describe("the POI corpus, as expected.tsv says", () => {
  it("has every file of the list and nothing else", () => {
    expect(expected).toHaveLength(177);
    expect(expected.filter((e) => e.expect === "yes")).toHaveLength(165);
  });

  it.each(expected.filter((e) => e.expect === "yes").map((e) => [e.file, e.note] as const))(
    "reads %s (%s)",
    async (file) => {
      const result = await outcome(file);
      if (result instanceof WorkbookFileError) throw new Error(`refused: ${result.message}`);
      expect(result.raw.sheets.length).toBeGreaterThan(0);
      expectWellFormed(result.raw);
    },
    10_000,
  );

  it.each(expected.filter((e) => e.expect !== "yes").map((e) => [e.file, e.note] as const))(
    "refuses %s (%s) with a reason",
    async (file) => {
      const result = await outcome(file);
      expect(result).toBeInstanceOf(WorkbookFileError);
    },
    10_000,
  );

  it("refuses each file LibreOffice cannot open on the command line: exit 2, one line naming it", async () => {
    for (const { file } of expected.filter((e) => e.expect !== "yes")) {
      const run = await cli("check", join(folder, file));
      expect(run.status).toBe(2);
      expect(run.stdout).toEqual([]);
      expect(run.stderr).toHaveLength(1);
      expect(run.stderr[0]).toContain(file);
      expect(run.stderr[0]).not.toMatch(/\bat \S+ \(|Error:|TypeError/);
    }
  }, 60_000);
});

describe("files exceljs 4.4.0 refused or hung on", () => {
  it("reads a workbook with charts and hidden data sheets (123233_charts.xlsx)", async () => {
    const wb = await openXlsx(bytesOf("123233_charts.xlsx"));
    expect(wb.info.sheets.map((s) => s.state)).toEqual(["visible", "hidden", "hidden", "hidden", "hidden"]);
    const data = sheet(await xlsxPort(wb).read(), "data_Page1_1_2");
    expect(data.values.slice(0, 2)).toEqual([
      [null, "Revenue"],
      ["Camping Equipment", 1589036664.03],
    ]);
  });

  it("reads SpreadsheetML written with namespace prefixes (59021.xlsx, 59746_NoRowNums.xlsx)", async () => {
    const rates = sheet(await xlsxPort(await openXlsx(bytesOf("59021.xlsx"))).read(), "ERIS Rates & Codes");
    expect(rates.values[0]?.slice(0, 3)).toEqual(["Destination", "Dial Code", "Rate (USD)"]);
    expect(at(rates, 1, 2)).toBe(0.1345);
    // No row numbers either: each row follows the one before.
    const features = sheet(
      await xlsxPort(await openXlsx(bytesOf("59746_NoRowNums.xlsx"))).read(),
      "Features",
    );
    expect(features.values).toHaveLength(71);
    expect(features.values[1]?.slice(0, 4)).toEqual([true, "[M+Na]+1", 1, 644.24222]);
  });

  it("reads inline strings (InlineString.xlsx) and a Korean sheet name (1_NoIden.xlsx)", async () => {
    expect(
      sheet(await xlsxPort(await openXlsx(bytesOf("InlineString.xlsx"))).read(), "Sheet1").values,
    ).toEqual([["😜more text"]]);
    const korean = sheet(await xlsxPort(await openXlsx(bytesOf("1_NoIden.xlsx"))).read(), "시트_테스트(1)");
    expect(at(korean, 2, 2)).toBe("서울 재난 체험관 운영");
  });

  it("reads tables with filter buttons hidden and an XML map, never resolving its schema's URL (61281.xlsx, xxe_in_schema.xlsx)", async () => {
    for (const file of ["61281.xlsx", "xxe_in_schema.xlsx"]) {
      const raw = await xlsxPort(await openXlsx(bytesOf(file))).read();
      expect(raw.tables).toEqual([
        {
          name: "Table1",
          sheet: "Sheet1",
          top: 8,
          left: 2,
          values: [
            ["/Test/Test", "Column1", "Column2"],
            ["1", null, null],
          ],
        },
      ]);
    }
  });

  it("reads icon sets and every other kind of conditional format (ConditionalFormattingSamples.xlsx)", async () => {
    const raw = await xlsxPort(await openXlsx(bytesOf("ConditionalFormattingSamples.xlsx"))).read();
    expect(raw.tables.map((t) => t.name)).toEqual([
      "Table1",
      "Table2",
      "Table3",
      "Table5",
      "Table4",
      "Table6",
      "Table69",
      "Table610",
      "Table38",
    ]);
    const grades = raw.tables.find((t) => t.name === "Table2");
    expect(grades?.values.slice(0, 2)).toEqual([
      ["Student", "Quiz1", "Exam1", "Quiz2", "Exam2", "Grade"],
      ["Nancy", 96, 97, 90, 82, 90.375],
    ]);
    // Dates by their number format. The shared string holds a literal CR LF, which
    // XML 1.0 (section 2.11) reads as LF; openpyxl reads 'Handle\nBars' too.
    expect(raw.tables[0]?.values[1]?.[1]).toEqual(new Date(Date.UTC(1997, 2, 15)));
    expect(raw.tables.find((t) => t.name === "Table5")?.values[0]?.[3]).toBe("Handle\nBars");
  });

  it("reads 50,000 merged areas in well under the time bound (57893-many-merges.xlsx; exceljs did not finish in 5 minutes)", async () => {
    const wb = await openXlsx(bytesOf("57893-many-merges.xlsx"));
    expect(wb.sheets[0]?.merges).toBe(50_000);
    // Every cell only carries a style: nothing to read, and nothing invented.
    expect((await xlsxPort(wb).read()).sheets).toEqual([{ sheet: "Sheet1", top: 0, left: 0, values: [] }]);
  }, 10_000);
});

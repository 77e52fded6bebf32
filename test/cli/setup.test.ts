/**
 * `setup IN --out OUT`: the plan tables a workbook lacks, added to a copy as the
 * pane's Set up adds them; the user's cells and every other part of IN kept; the
 * input never changed; a sheet in the way or a protected one refused with one line.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { Package } from "../../src/workbook/xlsx/package";
import { DEFAULT_LIMITS } from "../../src/workbook/xlsx/package/limits";
import { rawEntryBytes, readZipDirectory } from "../../src/workbook/xlsx/package/zipRead";
import { excelJsBytes } from "../workbook/xlsx/excelJsFiles";
import { cli, tempFolder } from "./cliHarness";

jest.setTimeout(60_000);

const chartWorkbook = join(__dirname, "..", "fixtures", "poi", "WithChart.xlsx");

describe("setup on the command line", () => {
  it("adds the missing tables to a copy, keeping the user's chart and every other part byte for byte", async () => {
    const folder = await tempFolder();
    const out = join(folder, "plan.xlsx");
    const input = new Uint8Array(await readFile(chartWorkbook));
    const run = await cli("setup", chartWorkbook, "--out", out, "--from", "2019-01-01", "--to", "2020-12-31");
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual([
      "Lade till tabellerna på bladen Plan, Artiklar, Mål, Aktiviteter, Perioder, Uppföljning, Indikatorer",
    ]);
    const output = new Uint8Array(await readFile(out));
    const before = readZipDirectory(input, DEFAULT_LIMITS);
    const after = new Map(readZipDirectory(output, DEFAULT_LIMITS).map((e) => [e.name, e]));
    const touched = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    const kept = before.filter((e) => !touched.includes(e.name));
    expect(kept.map((e) => e.name)).toContain("xl/charts/chart1.xml");
    for (const e of kept) {
      const copy = after.get(e.name);
      expect([e.name, copy && Buffer.compare(rawEntryBytes(input, e), rawEntryBytes(output, copy))]).toEqual([
        e.name,
        0,
      ]);
    }
    const wb = await openXlsx(output);
    expect((await xlsxPort(wb).read()).tables.map((t) => t.name)).toEqual([
      "Plan",
      "Articles",
      "Goals",
      "Activities",
      "Periods",
      "FollowUp",
      "IndicatorValues",
    ]);
    // The input file is never changed.
    expect(Buffer.compare(new Uint8Array(await readFile(chartWorkbook)), input)).toBe(0);
  });

  it("follows the workbook's language and plan when some tables exist, and changes nothing when none is missing", async () => {
    const folder = await tempFolder();
    const first = join(folder, "first.xlsx");
    expect((await cli("setup", chartWorkbook, "--out", first, "--lang", "en")).status).toBe(0);
    const second = join(folder, "second.xlsx");
    const again = await cli("setup", first, "--out", second, "--lang", "en");
    expect(again.status).toBe(0);
    expect(again.stdout).toEqual(["Every plan table exists already; the copy is the same as the original."]);
    expect(Buffer.compare(await readFile(first), await readFile(second))).toBe(0);
  });

  it("reads a sheet of a table's name as that table (docs/workbook.md), adds the others and leaves its cells", async () => {
    const folder = await tempFolder();
    const own = join(folder, "egen.xlsx");
    await writeFile(
      own,
      await excelJsBytes((wb) => {
        wb.addWorksheet("Mål").getCell("A1").value = "Anteckningar från nämndmötet";
      }),
    );
    const out = join(folder, "plan.xlsx");
    const run = await cli("setup", own, "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual([
      "Lade till tabellerna på bladen Plan, Artiklar, Aktiviteter, Perioder, Uppföljning, Indikatorer",
      // Plain cells are no Excel table to widen: the issue-29 columns are named, not added.
      "Kolumnerna Nationellt delmål, Regionalt mål lades inte till i Mål: cellerna till höger om tabellen används, eller den är ingen Excel-tabell.",
      "Fanns redan: Mål",
    ]);
    const wb = await openXlsx(new Uint8Array(await readFile(out)));
    expect(wb.cellValue("Mål", "A1")).toBe("Anteckningar från nämndmötet");
  });

  it("refuses a protected workbook structure with one line, and writes no copy", async () => {
    const folder = await tempFolder();
    const out = join(folder, "plan.xlsx");
    const locked = join(
      __dirname,
      "..",
      "fixtures",
      "poi",
      "workbookProtection_workbook_structure_protected.xlsx",
    );
    const run = await cli("setup", locked, "--out", out, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^The workbook's structure is protected, so no sheet can be added/);
    expect(await readFile(out).catch(() => null)).toBeNull();
  });

  it("asks for --out and refuses to overwrite the input", async () => {
    expect((await cli("setup", chartWorkbook)).stderr).toEqual(["setup behöver --out FIL"]);
    const same = await cli("setup", chartWorkbook, "--out", chartWorkbook);
    expect(same.status).toBe(2);
    expect(Package.open(new Uint8Array(await readFile(chartWorkbook))).partNames()).toContain(
      "xl/charts/chart1.xml",
    );
  });
});

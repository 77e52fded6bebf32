/**
 * Workbooks as openpyxl (and so pandas) and LibreOffice write them, from the
 * committed fixtures that scripts/fixtures/make-reading-fixtures.sh builds. exceljs
 * 4.4.0 refused every openpyxl one: absolute part names (its issue #1468) and charts
 * (#2591).
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { prepareSummary } from "../../../src/app/summariseWorkbook";
import { openXlsx, saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { cli, tempFolder } from "../../cli/cliHarness";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "../../fixtures/reading", name)));
const example = new Uint8Array(readFileSync(join(__dirname, "../../../assets/example/exempelplan.xlsx")));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("workbooks written by openpyxl", () => {
  it("reads two tables on one sheet, neither at A1, beside a chart, a chart sheet and a hidden sheet", async () => {
    const wb = await openXlsx(fixture("openpyxl-tables-and-charts.xlsx"));
    expect(wb.info.sheets.map((s) => [s.name, s.kind, s.state])).toEqual([
      ["Budget", "worksheet", "visible"],
      ["Diagram", "chartsheet", "visible"],
      ["Listor", "worksheet", "hidden"],
    ]);
    // A chart sheet holds no cells: it is not among the sheets a plan can be read from.
    expect(wb.sheetNames()).toEqual(["Budget", "Listor"]);
    const raw = await xlsxPort(wb).read();
    expect(raw.tables).toEqual([
      {
        name: "Budget",
        sheet: "Budget",
        top: 2,
        left: 1,
        values: [
          ["Nämnd", "Budget", "Beslutad"],
          ["Socialnämnden", 1200000, day(2019, 2, 14)],
          ["Kultur- och fritidsnämnden", 450000, day(2019, 3, 21)],
          ["Barn- och utbildningsnämnden", 900000, day(2019, 4, 11)],
        ],
      },
      {
        name: "Notes",
        sheet: "Budget",
        top: 2,
        left: 6,
        values: [["Anteckning"], ["Beslut i KF 2019-06-17"], ["Uppföljning i augusti"]],
      },
    ]);
    // The merged title B1:D1 keeps its text in B1.
    expect(raw.sheets[0]?.values[0]).toEqual(["Budget per nämnd 2019", null, null, null, null, null]);
  });

  it("reads dates of a workbook in the 1904 date system as the days Excel shows", async () => {
    const raw = await xlsxPort(await openXlsx(fixture("openpyxl-1904.xlsx"))).read();
    expect(raw.tables[0]?.values).toEqual([
      ["Period", "Brytdatum"],
      ["Delår 2019", day(2019, 8, 31)],
      ["Helår 2019", day(2019, 12, 31)],
    ]);
  });

  describe("the example plan saved by openpyxl with a Total Row on every table with numbers and the Periods header hidden", () => {
    it("reads no Total Row as an activity, goal, follow-up or indicator value", async () => {
      const raw = await xlsxPort(await openXlsx(fixture("openpyxl-exempelplan-summarader.xlsx"))).read();
      const original = await xlsxPort(await openXlsx(example)).read();
      for (const table of original.tables) {
        const copy = raw.tables.find((t) => t.name === table.name);
        expect(copy?.values.map((r) => r.length)).toEqual(table.values.map((r) => r.length));
        expect(copy?.values.flat()).not.toContain("Summa");
      }
      const periods = raw.tables.find((t) => t.name === "Periods");
      expect(periods).toMatchObject({ top: 0, headerShown: false });
      expect(periods?.values[0]).toEqual(["Period", "Typ", "Brytdatum"]);
    });

    it.each(["Delår 2019", "Helår 2020"])(
      "gives the same %s summary and the same findings as the original",
      async (period) => {
        const withTotals = xlsxPort(await openXlsx(fixture("openpyxl-exempelplan-summarader.xlsx")));
        const original = xlsxPort(await openXlsx(example));
        const a = await prepareSummary(withTotals, period, "sv", "2021-01-15");
        const b = await prepareSummary(original, period, "sv", "2021-01-15");
        if (!a.ok || !b.ok) throw new Error(`no period ${period}`);
        expect(a.json).toEqual(b.json);
        expect(a.json.budget.budget).toBeGreaterThan(0);
        const codes = async (port: typeof original) =>
          (await checkWorkbook(port, "2021-01-15", "sv")).findings.map(
            (f) => `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`,
          );
        const expected = await codes(original);
        expect(expected.length).toBeGreaterThan(0);
        expect(await codes(withTotals)).toEqual(expected);
      },
    );
  });
});

describe("workbooks written by LibreOffice", () => {
  it("reads two tables beside a merged title, a hidden sheet and dates in the 1904 system", async () => {
    const wb = await openXlsx(fixture("libreoffice-tables-1904.xlsx"));
    expect(wb.info.date1904).toBe(true);
    expect(wb.info.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Budget", "visible"],
      ["Listor", "hidden"],
    ]);
    const raw = await xlsxPort(wb).read();
    expect(raw.tables.map((t) => [t.name, t.top, t.left, t.values])).toEqual([
      [
        "Budget",
        2,
        1,
        [
          ["Nämnd", "Budget", "Beslutad"],
          ["Socialnämnden", 1200000, day(2019, 2, 14)],
          ["Kultur- och fritidsnämnden", 450000, day(2019, 3, 21)],
        ],
      ],
      ["Notes", 2, 6, [["Anteckning"], ["Beslut i KF 2019-06-17"], ["Uppföljning i augusti"]]],
    ]);
    // The sum below the table is the user's own cell, not a Total Row: it stays on the sheet.
    expect(raw.sheets[0]?.values[5]?.slice(0, 2)).toEqual(["Summa", 1650000]);
  });
});

describe("copies of files the old writer could not write", () => {
  it("writes the summary into a copy of an openpyxl plan with Total Rows, equal to the original's", async () => {
    const folder = await tempFolder();
    const file = join(__dirname, "../../fixtures/reading/openpyxl-exempelplan-summarader.xlsx");
    const out = join(folder, "rapport.xlsx");
    const report = await cli("report", file, "--period", "Helår 2020", "--out", out, "--json");
    expect(report.status).toBe(0);
    const copy = await openXlsx(new Uint8Array(await readFile(out)));
    expect(copy.sheetNames()).toContain("Årsbokslut 2020");
    // The Total Rows are still the user's and still not data: the copy's summary is the same.
    const again = await prepareSummary(xlsxPort(copy), "Helår 2020", "sv", "2021-01-15");
    const original = await prepareSummary(
      xlsxPort(await openXlsx(example)),
      "Helår 2020",
      "sv",
      "2021-01-15",
    );
    if (!again.ok || !original.ok) throw new Error("no period");
    expect(again.json).toEqual(original.json);
  });

  it("sets up a plan beside 50,000 merged areas in a few seconds, keeping them all", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/poi/57893-many-merges.xlsx")));
    const wb = await openXlsx(bytes);
    const merges = wb.sheets.reduce((sum, s) => sum + s.merges, 0);
    const started = Date.now();
    await setUpPlan(xlsxPort(wb), { lang: "sv" });
    const copy = await openXlsx(await saveXlsx(wb));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(copy.sheets.reduce((sum, s) => sum + s.merges, 0)).toBe(merges);
    expect(copy.tables.map((t) => t.name)).toContain("FollowUp");
  });
});

/**
 * The table shapes of test/workbook/tableShapes.ts in .xlsx files: each scenario
 * saved as Excel saves it (test/workbook/xlsx/shapeFile.ts) and read, checked and
 * summarised through openXlsx and xlsxPort, the way the command line and the web
 * page read a user's file. Rows appended land above a Total Row, which stays the
 * table's last row. LibreOffice is the referee of the files: it opens every one
 * (the scenarios and the copies with rows appended, in one soffice run), and its
 * own save of each holds the same tables and reads the same.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { a1 } from "../../../src/core/cells/cells";
import { openXlsx, saveXlsx, xlsxPort, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { Package, childElements, firstChild } from "../../../src/workbook/xlsx/package";
import { sml } from "../../../src/workbook/ooxml";
import {
  TABLE_SHAPES,
  appendRowsOf,
  basePlan,
  compareReading,
  readingOf,
  scenarioTitle,
  type ShapeReading,
  type ShapeScenario,
} from "../tableShapes";
import { XLSX_EXPORT, convertInLibreOffice } from "./libreOffice";
import { shapeXlsx } from "./shapeFile";

jest.setTimeout(240_000);

let base: ShapeReading;
beforeAll(async () => {
  base = await readingOf(xlsxPort(await openXlsx(shapeXlsx(basePlan()))));
});

/** The plan rows a reading holds for a table that rows are appended to. */
const bodyCount = (r: ShapeReading, table: string): number =>
  ((r.rows as Record<string, unknown[]>)[table === "FollowUp" ? "followUp" : "activities"] ?? []).length;

/**
 * Each table part's definition: name, range, header and total rows, filter (its
 * range unless `withoutFilterRange`: LibreOffice saves a filter over the Total
 * Row too, where Excel stops above it).
 */
function tableParts(bytes: Uint8Array, withoutFilterRange = false): Record<string, string> {
  const pkg = Package.open(bytes);
  const out: Record<string, string> = {};
  for (const part of pkg.partNames().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const table = pkg.xml(part);
    const a = table.attributes;
    const filter = firstChild(table, sml("autoFilter"));
    const columns = filter ? childElements(filter, sml("filterColumn")).length : 0;
    const range = withoutFilterRange ? "" : ` ${filter?.attributes.ref ?? ""}`;
    out[a.name ?? ""] = [
      a.ref,
      `header ${a.headerRowCount ?? "1"}`,
      `totals ${a.totalsRowCount ?? "0"}`,
      filter ? `filter${range}${columns ? ` on ${columns} column` : ""}` : "no filter",
    ].join(", ");
  }
  return out;
}

/** Appends the scenario's rows through the port and gives the saved copy's bytes. */
async function appended(wb: XlsxWorkbook, scenario: ShapeScenario): Promise<Uint8Array> {
  if (!scenario.append) throw new Error(`${scenario.id} appends nothing`);
  const { table } = scenario.append;
  await xlsxPort(wb).appendRows([{ table, rows: appendRowsOf(scenario.workbook, scenario.append) }]);
  return saveXlsx(wb);
}

describe("tables as people shape them, in .xlsx files", () => {
  it("reads the untouched plan with the figures the scenarios compare with", () => {
    expect(
      compareReading({ id: "base", title: "", workbook: basePlan(), expect: "same" }, base, base),
    ).toEqual([]);
  });

  it("writes each table part as the scenario shapes it: range, header row, Total Row, filter", () => {
    const scenario = TABLE_SHAPES.find((s) => s.id === "header-hidden-with-total-row");
    const filtered = TABLE_SHAPES.find((s) => s.id === "filtered-and-hidden-rows");
    if (!scenario || !filtered) throw new Error("scenario missing");
    expect(tableParts(shapeXlsx(scenario.workbook)).FollowUp).toBe("A2:F8, header 0, totals 1, no filter");
    expect(tableParts(shapeXlsx(filtered.workbook)).FollowUp).toBe(
      "A1:F7, header 1, totals 0, filter A1:F7 on 1 column",
    );
  });

  it.each(TABLE_SHAPES.map((s) => [scenarioTitle(s), s] as const))("%s", async (_, scenario) => {
    const wb = await openXlsx(shapeXlsx(scenario.workbook));
    const reading = await readingOf(xlsxPort(wb));
    expect(compareReading(scenario, reading, base)).toEqual([]);
    if (!scenario.append) return;

    const { table, rows } = scenario.append;
    const before = wb.tables.find((t) => t.name === table);
    const again = await openXlsx(await appended(wb, scenario));
    const after = again.tables.find((t) => t.name === table);
    if (!before || !after) throw new Error(`no table ${table}`);
    expect(after.box.bottom).toBe(before.box.bottom + rows.length);
    expect(after.totalsRowCount).toBe(before.totalsRowCount);
    if (after.totalsRowCount > 0) {
      // The Total Row is still the table's last row, with its label and sums; the new rows right above it.
      const last = after.box.bottom;
      expect(again.cellValue(after.sheet, a1(last, after.box.left))).toBe("Summa");
      const key = table === "FollowUp" ? "Aktivitet-ID" : "Mål-ID";
      expect(again.cellValue(after.sheet, a1(last - 1, after.box.left + 1))).toBe(
        rows[rows.length - 1]?.[key],
      );
      const total = after.columns.indexOf(table === "FollowUp" ? "Utfall" : "Budget");
      const sheetPart = again.sheets.find((s) => s.name === after.sheet)?.part ?? "";
      const totalRow = new RegExp(`<row r="${last + 1}"[^>]*>.*?</row>`).exec(again.package.text(sheetPart));
      expect(totalRow?.[0]).toContain(`<f>SUBTOTAL(109,${table}[${after.columns[total] ?? ""}])</f>`);
    }
    const afterReading = await readingOf(xlsxPort(again));
    expect(bodyCount(afterReading, table)).toBe(bodyCount(reading, table) + rows.length);
  });

  it("reads a plan saved in the 1904 date system with the same dates", async () => {
    const wb = await openXlsx(shapeXlsx(basePlan(), { date1904: true }));
    expect(wb.info.date1904).toBe(true);
    const reading = await readingOf(xlsxPort(wb));
    expect(
      compareReading({ id: "1904", title: "", workbook: basePlan(), expect: "same" }, reading, base),
    ).toEqual([]);
  });
});

describe("LibreOffice as the referee of the shaped files", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("opens every one and saves the same tables, which read the same", async () => {
    dir = mkdtempSync(join(tmpdir(), "cemr-shapes-"));
    const files: { name: string; scenario: ShapeScenario; bytes: Uint8Array; appended: boolean }[] = [];
    for (const scenario of TABLE_SHAPES) {
      const bytes = shapeXlsx(scenario.workbook);
      files.push({ name: scenario.id, scenario, bytes, appended: false });
      if (scenario.append)
        files.push({
          name: `${scenario.id}-appended`,
          scenario,
          bytes: await appended(await openXlsx(bytes), scenario),
          appended: true,
        });
    }
    for (const f of files) writeFileSync(join(dir, `${f.name}.xlsx`), f.bytes);
    const out = join(dir, "libreoffice");
    await convertInLibreOffice(
      files.map((f) => join(dir, `${f.name}.xlsx`)),
      {
        filter: XLSX_EXPORT,
        outDir: out,
        home: dir,
        converted: (file, outNames) => outNames.includes(basename(file)),
      },
    );
    const saved = new Set(readdirSync(out));
    expect(files.filter((f) => !saved.has(`${f.name}.xlsx`)).map((f) => f.name)).toEqual([]);

    for (const f of files) {
      const copy = new Uint8Array(readFileSync(join(out, `${f.name}.xlsx`)));
      // LibreOffice understood each table as written: its range, header row, Total Row and filter.
      expect([f.name, tableParts(copy, true)]).toEqual([f.name, tableParts(f.bytes, true)]);
      const reading = await readingOf(xlsxPort(await openXlsx(copy)));
      if (!f.appended) {
        expect([f.name, compareReading(f.scenario, reading, base)]).toEqual([f.name, []]);
        continue;
      }
      const { table, rows } = f.scenario.append ?? { table: "", rows: [] };
      expect([f.name, bodyCount(reading, table)]).toEqual([f.name, bodyCount(base, table) + rows.length]);
    }
  });
});

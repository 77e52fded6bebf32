/**
 * The shipped example plan inside Excel, as given and with a total row shown on
 * every one of its tables: each action a user takes (check, summary, writing the
 * summary sheet) gives the same result, through the use cases, runExcelAction and
 * Microsoft's Office.js on the fake Excel.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import { a1, type RawWorkbook } from "../../../src/core/cells/cells";
import { runExcelAction } from "../../../src/workbook/office/excelRun";
import { openXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { FakeExcel, installFakeExcel } from "../../fakes/fakeExcel";
import { WorkbookModel, type CellModel } from "../../fakes/fakeModel";

const PERIOD = "Helår 2020";
const TODAY = "2021-01-15";

let example: RawWorkbook;
beforeAll(async () => {
  const bytes = await readFile(join(__dirname, "../../../assets/example/exempelplan.xlsx"));
  example = await xlsxPort(await openXlsx(new Uint8Array(bytes))).read();
});

const cell = (value: string | number | boolean): CellModel => ({
  value,
  formula: null,
  numberFormat: "General",
});

/** The example's cells and tables in a fake Excel; with `totals`, every table shows a total row. */
function fakeExample(totals: boolean): FakeExcel {
  const fake = new FakeExcel(new WorkbookModel());
  for (const s of example.sheets) {
    const sheet = fake.model.addSheet(s.sheet);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        sheet.cells.set(`${s.top + r},${s.left + c}`, cell(v instanceof Date ? v.toISOString() : v));
      }),
    );
  }
  for (const t of example.tables) {
    const width = t.values[0]?.length ?? 1;
    const bottom = t.top + t.values.length - 1 + (totals ? 1 : 0);
    if (totals) {
      // As Excel makes it: a label first, SUBTOTAL sums under the columns of numbers.
      const sheet = fake.sheet(t.sheet);
      sheet.cells.set(`${bottom},${t.left}`, cell("Summa"));
      for (let c = 1; c < width; c++) {
        const numbers = t.values.slice(1).map((r) => r[c]);
        if (!numbers.some((v) => typeof v === "number")) continue;
        const sum = numbers.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
        sheet.cells.set(`${bottom},${t.left + c}`, {
          ...cell(sum),
          formula: `=SUBTOTAL(109,${t.name}[${String(t.values[0]?.[c])}])`,
        });
      }
    }
    const range = `${a1(t.top, t.left)}:${a1(bottom, t.left + width - 1)}`;
    fake.addTable(t.name, t.sheet, range, totals ? { totals: true } : {});
  }
  return fake;
}

/** One user action on a fake, through Excel.run as the task pane runs it. */
async function inExcel<T>(fake: FakeExcel, action: Parameters<typeof runExcelAction<T>>[0]): Promise<T> {
  const uninstall = installFakeExcel(fake);
  try {
    return await runExcelAction(action);
  } finally {
    uninstall();
  }
}

describe("the example plan with a total row on every table", () => {
  it("has the same findings, summary and summary sheet as without", async () => {
    const plain = fakeExample(false);
    const totalled = fakeExample(true);
    expect(totalled.model.tables.every((t) => t.showTotals)).toBe(true);
    expect(totalled.model.tables).toHaveLength(7);

    const check = (fake: FakeExcel) => inExcel(fake, (port) => checkWorkbook(port, TODAY, "sv"));
    const [plainCheck, totalCheck] = [await check(plain), await check(totalled)];
    expect(totalCheck.findings).toEqual(plainCheck.findings);
    expect(plainCheck.plan.activities.rows).toHaveLength(24);

    const summarise = (fake: FakeExcel) =>
      inExcel(fake, async (port) => {
        const prepared = await prepareSummary(port, PERIOD, "sv", TODAY);
        if (!prepared.ok) throw new Error(`No period ${PERIOD}`);
        const written = await writeSummary(port, prepared);
        return { json: prepared.json, text: prepared.text, written };
      });
    const [plainSummary, totalSummary] = [await summarise(plain), await summarise(totalled)];
    expect(totalSummary.json).toEqual(plainSummary.json);
    expect(totalSummary.text).toEqual(plainSummary.text);
    // The example's own figures (docs/example-plan.md): 24 activities, 20 done, 3 480 000 kr budget, 3 174 000 kr outcome.
    expect(plainSummary.json.activities.total).toBe(24);
    expect(plainSummary.json.budget.budget).toBe(3_480_000);
    expect(plainSummary.json.budget.outcome).toBe(3_174_000);

    expect(totalSummary.written).toEqual(plainSummary.written);
    const sheet = plainSummary.written.ok ? plainSummary.written.sheet : "";
    const cells = (fake: FakeExcel) => [...fake.sheet(sheet).cells.entries()].sort();
    expect(cells(totalled)).toEqual(cells(plain));
  });
});

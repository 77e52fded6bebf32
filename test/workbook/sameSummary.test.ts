/**
 * The summary agrees everywhere: for the example plan (three years of follow-up),
 * the same sheet layout written by the file adapter and by the Office.js adapter
 * (fake Excel) holds the same cells, and its key figures are the JSON's; and so does
 * the summary of the same plan linked along the chain of governance, with its part per
 * national sub-goal and its fourth chart table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prepareSummary } from "../../src/app/summariseWorkbook";
import type { CellValue } from "../../src/core/cells/cells";
import { checkPlan } from "../../src/core/checks";
import { readPlan } from "../../src/core/read";
import { summarise, summaryLayout } from "../../src/core/summary";
import { officePort } from "../../src/workbook/office/officePort";
import { newXlsx, openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { fakeWorkbook } from "../fakes/fakeExcel";
import { linkAlongChain } from "../core/summary/chainPlan";

const example = join(__dirname, "..", "..", "assets", "example", "exempelplan.xlsx");

/** Every non-empty cell of a read sheet as "A1 → value", dates as serials. */
function cellsOf(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number,
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const serial = v instanceof Date ? Math.round(v.getTime() / 86_400_000) + 25_569 : v;
      out.set(`${top + r},${left + c}`, serial);
    }),
  );
  return out;
}

describe.each(["Delår 2020", "Helår 2020"])("the summary of %s", (period) => {
  it("is the same sheet in a file and in Excel, and its figures are the JSON's", async () => {
    const source = xlsxPort(await openXlsx(readFileSync(example)));
    const prepared = await prepareSummary(source, period, "sv", "2021-01-15");
    if (!prepared.ok) throw new Error(`no period ${period}`);

    const file = xlsxPort(newXlsx());
    await file.writeSheet(prepared.layout);
    const fake = fakeWorkbook();
    await officePort(fake.context()).writeSheet(prepared.layout);

    const name = prepared.sheetName;
    const inFile = (await file.read()).sheets.find((s) => s.sheet === name)!;
    const inExcel = (await officePort(fake.context()).read({ sheets: [name] })).sheets.find(
      (s) => s.sheet === name,
    )!;
    const a = cellsOf(inFile.values, inFile.top, inFile.left);
    const b = cellsOf(inExcel.values, inExcel.top, inExcel.left);
    expect(a.size).toBeGreaterThan(100);
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));

    const numbers = new Set(a.values());
    const { budget, activities } = prepared.json;
    for (const n of [
      budget.budget,
      budget.outcome,
      budget.forecast,
      budget.deviation,
      activities.total,
      activities.byStatus.done,
    ])
      expect(numbers).toContain(n);
  });
});

describe("the summary of a plan linked along the chain of governance", () => {
  it("is the same sheet in a file and in Excel, with the part per national sub-goal", async () => {
    const plan = linkAlongChain(readPlan(await xlsxPort(await openXlsx(readFileSync(example))).read()));
    const summary = summarise(plan, "Helår 2020", checkPlan(plan, "2020-12-31"));
    if (summary === null) throw new Error("no period Helår 2020");
    const layout = summaryLayout(summary, "sv", "2021-01-15");
    const file = xlsxPort(newXlsx());
    await file.writeSheet(layout);
    const fake = fakeWorkbook();
    await officePort(fake.context()).writeSheet(layout);
    const inFile = (await file.read()).sheets.find((s) => s.sheet === layout.name)!;
    const inExcel = (await officePort(fake.context()).read({ sheets: [layout.name] })).sheets.find(
      (s) => s.sheet === layout.name,
    )!;
    const a = cellsOf(inFile.values, inFile.top, inFile.left);
    expect(Object.fromEntries(cellsOf(inExcel.values, inExcel.top, inExcel.left))).toEqual(
      Object.fromEntries(a),
    );
    const texts = [...a.values()];
    for (const t of [
      "Nationella jämställdhetspolitiska delmål",
      "Delmål 3: Jämställd utbildning",
      "Planen berör inte detta delmål.",
      "Avvikelser och åtgärder",
      "Utan nationellt delmål",
    ])
      expect(texts).toContain(t);
    // The example plan gives each deviation its action: the list shows them, none missing.
    const actions = plan.followUp.rows.flatMap((r) => (r.action ? [r.action] : []));
    expect(texts.filter((t) => typeof t === "string" && actions.includes(t)).length).toBeGreaterThan(0);
    expect(texts).not.toContain("Åtgärd saknas");
    expect(layout.tables.map((t) => t.name)).toContain("CEMR_SubGoals_Helar2020");
  });
});

/**
 * The table shapes of test/workbook/tableShapes.ts inside Excel: each scenario built
 * in the fake Excel (total rows, hidden header rows, filters, merged cells, formulas
 * with their cached values, error values as Excel gives them) and read, checked and
 * summarised through Microsoft's Office.js and the Office adapter.
 */
import { officePort } from "../../../src/workbook/office/officePort";
import { FakeExcel } from "../../fakes/fakeExcel";
import { WorkbookModel, parseArea, type CellModel } from "../../fakes/fakeModel";
import {
  TABLE_SHAPES,
  appendRowsOf,
  basePlan,
  compareReading,
  placedCells,
  readingOf,
  scenarioTitle,
  tableRange,
  type ShapeCell,
  type ShapeReading,
  type ShapeWorkbook,
} from "../tableShapes";

/** A cell as Excel holds it: a formula keeps its cached value; an error reads as its text. */
function cellModel(c: ShapeCell): CellModel {
  if (c !== null && typeof c === "object") {
    if ("error" in c) return { value: c.error, formula: null, numberFormat: "General" };
    return { value: c.value ?? "", formula: c.formula, numberFormat: "General" };
  }
  return { value: c ?? "", formula: null, numberFormat: "General" };
}

/** The shaped workbook in a fake Excel. */
export function fakeOf(wb: ShapeWorkbook): FakeExcel {
  const fake = new FakeExcel(new WorkbookModel());
  for (const s of wb.sheets) {
    const sheet = fake.model.addSheet(s.name);
    for (const m of s.merges ?? []) sheet.merges.push(parseArea(m));
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
  }
  for (const c of placedCells(wb)) {
    if (c.cell === null || c.cell === "") continue;
    fake.sheet(c.sheet).cells.set(`${c.row},${c.col}`, cellModel(c.cell));
  }
  for (const t of wb.tables) {
    fake.addTable(t.name, t.sheet, tableRange(t), {
      ...(t.totals ? { totals: true } : {}),
      ...(t.headerHidden ? { columns: t.columns } : {}),
    });
    for (const r of t.filtered ?? []) fake.sheet(t.sheet).hiddenRows.add(t.top + 1 + r);
  }
  return fake;
}

let base: ShapeReading;
beforeAll(async () => {
  base = await readingOf(officePort(fakeOf(basePlan()).context()));
});

describe("tables as people shape them, inside Excel", () => {
  it("reads the untouched plan with the figures the scenarios compare with", () => {
    expect(
      compareReading({ id: "base", title: "", workbook: basePlan(), expect: "same" }, base, base),
    ).toEqual([]);
  });

  it.each(TABLE_SHAPES.map((s) => [scenarioTitle(s), s] as const))("%s", async (_, scenario) => {
    const fake = fakeOf(scenario.workbook);
    const reading = await readingOf(officePort(fake.context()));
    expect(compareReading(scenario, reading, base)).toEqual([]);
    if (!scenario.append) return;

    const { table, rows } = scenario.append;
    const before = { ...(fake.model.table(table)?.area ?? { row: 0, rows: 0 }) };
    await officePort(fake.context()).appendRows([
      { table, rows: appendRowsOf(scenario.workbook, scenario.append) },
    ]);
    const model = fake.model.table(table);
    expect(model?.area.rows).toBe(before.rows + rows.length);
    if (model?.showTotals) {
      // The total row is still the table's last row, the new rows right above it.
      const last = model.area.row + model.area.rows - 1;
      expect(model.sheet.cell(last, model.area.col).value).toBe("Summa");
      expect(model.sheet.cell(last - 1, model.area.col + 1).value).toBe(
        String(rows[rows.length - 1]?.[table === "FollowUp" ? "Aktivitet-ID" : "Mål-ID"]),
      );
    }
    const after = await readingOf(officePort(fake.context()));
    const count = (r: ShapeReading): number =>
      ((r.rows as Record<string, unknown[]>)[table === "FollowUp" ? "followUp" : "activities"] ?? []).length;
    expect(count(after)).toBe(count(reading) + rows.length);
  });
});

/**
 * The table shapes of test/workbook/tableShapes.ts over the in-memory port: the
 * reading the core and the use cases give once an adapter hands tables over as the
 * RawTable contract says (no total row, a hidden header row's names from the table).
 */
import type { CellValue, RawRange, RawTable } from "../../src/core/cells/cells";
import {
  TABLE_SHAPES,
  appendRowsOf,
  basePlan,
  compareReading,
  placedCells,
  readingOf,
  scenarioTitle,
  shownValue,
  type ShapeReading,
  type ShapeWorkbook,
} from "../workbook/tableShapes";
import { memoryPort, type MemoryPort } from "./memoryPort";

/** The shaped workbook as an in-memory port. */
function portOf(wb: ShapeWorkbook): MemoryPort {
  const grids = new Map<string, CellValue[][]>();
  for (const s of wb.sheets) grids.set(s.name, []);
  for (const c of placedCells(wb)) {
    const grid = grids.get(c.sheet) ?? [];
    grids.set(c.sheet, grid);
    while (grid.length <= c.row) grid.push([]);
    const row = grid[c.row] as CellValue[];
    row[c.col] = shownValue(c.cell);
  }
  const sheets: RawRange[] = [...grids].map(([sheet, grid]) => ({
    sheet,
    top: 0,
    left: 0,
    values: grid.map((r) => Array.from(r, (v) => v ?? null)),
  }));
  const tables: RawTable[] = wb.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    top: t.top,
    left: t.left,
    values: [
      t.columns,
      ...t.rows.map((r) => r.map(shownValue)),
      ...(t.totals ? [t.totals.map(shownValue)] : []),
    ],
  }));
  const shapes = wb.tables.map((t) => ({
    name: t.name,
    headerShown: !t.headerHidden,
    totals: t.totals !== undefined,
  }));
  return memoryPort({ tables, sheets }, { shapes });
}

let base: ShapeReading;
beforeAll(async () => {
  base = await readingOf(portOf(basePlan()));
});

describe("tables as people shape them, through the in-memory port", () => {
  it("reads the untouched plan with the figures the scenarios compare with", async () => {
    expect(
      compareReading({ id: "base", title: "", workbook: basePlan(), expect: "same" }, base, base),
    ).toEqual([]);
  });

  it.each(TABLE_SHAPES.map((s) => [scenarioTitle(s), s] as const))("%s", async (_, scenario) => {
    const port = portOf(scenario.workbook);
    const reading = await readingOf(port);
    expect(compareReading(scenario, reading, base)).toEqual([]);
    if (!scenario.append) return;
    // Appended rows are data, the total row still is not.
    await port.appendRows([
      { table: scenario.append.table, rows: appendRowsOf(scenario.workbook, scenario.append) },
    ]);
    const after = await readingOf(port);
    const count = (r: ShapeReading): number =>
      (
        (r.rows as Record<string, unknown[]>)[
          scenario.append?.table === "FollowUp" ? "followUp" : "activities"
        ] ?? []
      ).length;
    expect(count(after)).toBe(count(reading) + scenario.append.rows.length);
  });
});

/**
 * The table shapes of test/workbook/tableShapes.ts in .xlsx files: each scenario
 * saved as Excel saves it (test/workbook/xlsx/shapeFile.ts) and read, checked and
 * summarised through openXlsx and xlsxPort, the way the command line and the web
 * page read a user's file.
 */
import { openXlsx, saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import {
  TABLE_SHAPES,
  appendRowsOf,
  basePlan,
  compareReading,
  readingOf,
  scenarioTitle,
  type ShapeReading,
} from "../tableShapes";
import { shapeXlsx } from "./shapeFile";

let base: ShapeReading;
beforeAll(async () => {
  base = await readingOf(xlsxPort(await openXlsx(shapeXlsx(basePlan()))));
});

describe("tables as people shape them, in .xlsx files", () => {
  it("reads the untouched plan with the figures the scenarios compare with", () => {
    expect(
      compareReading({ id: "base", title: "", workbook: basePlan(), expect: "same" }, base, base),
    ).toEqual([]);
  });

  it.each(TABLE_SHAPES.map((s) => [scenarioTitle(s), s] as const))("%s", async (_, scenario) => {
    const wb = await openXlsx(shapeXlsx(scenario.workbook));
    const reading = await readingOf(xlsxPort(wb));
    expect(compareReading(scenario, reading, base)).toEqual([]);
    if (!scenario.append) return;
    const { table, rows } = scenario.append;
    await xlsxPort(wb).appendRows([{ table, rows: appendRowsOf(scenario.workbook, scenario.append) }]);
    const again = await openXlsx(await saveXlsx(wb));
    const after = await readingOf(xlsxPort(again));
    const count = (r: ShapeReading): number =>
      ((r.rows as Record<string, unknown[]>)[table === "FollowUp" ? "followUp" : "activities"] ?? []).length;
    expect(count(after)).toBe(count(reading) + rows.length);
  });
});

/**
 * The rows' types follow the schema: each table's row has one field per column of
 * TABLES, and a choice column's field holds a value of its own list in CHOICES. The
 * type assertions fail the typecheck (tsconfig.test.json) if a row type drifts from
 * the schema; the test checks the same on a plan read from a workbook.
 */
import { CHOICES, type Status } from "../../../src/core/choices";
import { TABLES, tableColumns, type TableName } from "../../../src/core/schema";
import { type ActivityRow, type FollowUpRow, type GoalRow, type PeriodRow } from "../../../src/core/plan";
import { readPlan } from "../../../src/core/read/readPlan";
import { planWorkbook, samplePlan } from "../fixtures/planWorkbook";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Same<A, B>): Same<A, B> => ok;

describe("the row types derived from the schema", () => {
  it("types a choice column by its list and a row by its columns", () => {
    expect(same<FollowUpRow["status"], Status | null>(true)).toBe(true);
    expect(same<PeriodRow["type"], "interim" | "annual" | null>(true)).toBe(true);
    expect(same<GoalRow["direction"], "increase" | "decrease" | "closeGap" | null>(true)).toBe(true);
    expect(
      same<
        keyof ActivityRow,
        | "row"
        | "id"
        | "goalId"
        | "activity"
        | "responsible"
        | "start"
        | "end"
        | "budget"
        | "resources"
        | "timeframe"
      >(true),
    ).toBe(true);
    // @ts-expect-error: a status that is not in the list is not a Status.
    const wrong: Status = "finished";
    expect(wrong).toBe("finished");
  });

  it("reads each table's columns as the row's fields, and choices as values of their own list", () => {
    const plan = readPlan(planWorkbook(samplePlan()));
    const rowsOf: Record<Exclude<TableName, "Plan">, readonly object[]> = {
      Articles: plan.articles.rows,
      Goals: plan.goals.rows,
      Activities: plan.activities.rows,
      Periods: plan.periods.rows,
      FollowUp: plan.followUp.rows,
      IndicatorValues: plan.indicatorValues.rows,
    };
    for (const spec of TABLES) {
      if (spec.name === "Plan") continue;
      const rows = rowsOf[spec.name];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const fields = row as Readonly<Record<string, unknown>>;
        for (const column of tableColumns(spec.name)) {
          expect(column.key in fields).toBe(true);
          const value = fields[column.key];
          if (column.choices && column.choices !== "yesNo" && value !== null)
            expect(CHOICES[column.choices].map((c) => c.value)).toContain(value);
        }
      }
    }
  });
});

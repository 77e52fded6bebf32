/**
 * The plans the benchmark measures: 100, 2,000 and 20,000 follow-up rows (ten
 * periods of a growing number of activities), built with the shared large-plan
 * generator (test/fixtures/largePlan.ts), as a RawWorkbook, as a fake Excel
 * workbook and as an .xlsx file.
 */
import { officePort } from "../src/workbook/office";
import { fakeWorkbook, type FakeExcel } from "../test/fakes/fakeExcel";
import {
  followUpCount,
  largePlanTemplates,
  largePlanWorkbook,
  writeLargePlanXlsx,
  type LargePlanSize,
} from "../test/fixtures/largePlan";
import type { RawWorkbook } from "../src/core/cells";
import type { TableName } from "../src/core/schema";

export type BenchPlan = {
  readonly label: string;
  readonly followUpRows: number;
  readonly size: LargePlanSize;
};

/** Ten periods (five plan years) of 10, 200 and 2,000 activities; a goal per four activities. */
export const PLANS: readonly BenchPlan[] = [
  { units: 5, activities: 10, periods: 10, goals: 3 },
  { units: 20, activities: 200, periods: 10, goals: 50 },
  { units: 100, activities: 2000, periods: 10, goals: 500 },
].map((size) => ({
  label: followUpCount(size).toLocaleString("en-US"),
  followUpRows: followUpCount(size),
  size,
}));

/** The period the summaries are made for: the annual follow-up of the plan's second year. */
export const SUMMARY_PERIOD = "Helår 2022";

/** The reference date of checks: a day after that period's cut-off. */
export const CHECK_DATE = "2023-01-15";

/** The plan as the core reads it. */
export function rawPlan(plan: BenchPlan): RawWorkbook {
  return largePlanWorkbook(plan.size);
}

/**
 * A fake Excel workbook holding the plan, written through the Office adapter's
 * own set-up (as the add-in would), without the tables in `leaveOut`; its sync
 * log is cleared afterwards so that only the measured action counts.
 */
export async function fakePlan(plan: BenchPlan, leaveOut: readonly TableName[] = []): Promise<FakeExcel> {
  const fake = fakeWorkbook();
  const templates = largePlanTemplates(plan.size).filter((t) => !leaveOut.includes(t.name));
  await officePort(fake.context()).addTables(templates);
  fake.syncs.length = 0;
  return fake;
}

/** Writes the plan to an .xlsx file. */
export async function xlsxPlan(plan: BenchPlan, path: string): Promise<void> {
  await writeLargePlanXlsx(path, plan.size);
}

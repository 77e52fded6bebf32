/** The Summary view's first step: which periods can be summarised, and which to offer first. */
import type { IsoDate } from "../core/dates";
import { readPlan } from "../core/readPlan";
import { summaryPeriods } from "../core/summary/summarise";
import type { WorkbookPort } from "./ports";
import { defaultPeriod } from "./summariseWorkbook";

export type PeriodChoice = {
  readonly name: string;
  readonly type: "interim" | "annual";
  readonly cutoff: IsoDate;
};

/** The plan's periods with a cut-off, and the latest one whose cut-off has passed on `today`. */
export async function listSummaryPeriods(
  port: WorkbookPort,
  today: IsoDate,
): Promise<{ periods: PeriodChoice[]; preselected: string | null }> {
  const plan = readPlan(await port.read());
  const periods = summaryPeriods(plan).map((p) => ({ name: p.name, type: p.type, cutoff: p.cutoff }));
  return { periods, preselected: defaultPeriod(plan, today) ?? periods[0]?.name ?? null };
}

/** The Summary view's first step: which periods can be summarised, and which to offer first. */
import type { IsoDate } from "../core/dates";
import { periodChoices, type PeriodChoices } from "../core/periods";
import { readPlan } from "../core/read";
import type { WorkbookPort } from "./ports";

/** The plan's periods with a cut-off, and the latest one whose cut-off has passed on `today` (periodChoices). */
export async function listSummaryPeriods(port: WorkbookPort, today: IsoDate): Promise<PeriodChoices> {
  return periodChoices(readPlan(await port.read()), today);
}

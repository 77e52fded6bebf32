/** The Summary view's first step: which periods can be summarised, and which to offer first. */
import type { IsoDate } from "../core/dates";
import type { Plan } from "../core/plan.types";
import { readPlan } from "../core/readPlan";
import { summaryPeriods } from "../core/summary/summarise";
import type { WorkbookPort } from "./ports";
import { defaultPeriod } from "./summariseWorkbook";

export type PeriodChoice = {
  readonly name: string;
  readonly type: "interim" | "annual";
  readonly cutoff: IsoDate;
};

export type PeriodChoices = { periods: PeriodChoice[]; preselected: string | null };

/** The plan's periods with a cut-off, and the latest one whose cut-off has passed on `today`. */
export async function listSummaryPeriods(port: WorkbookPort, today: IsoDate): Promise<PeriodChoices> {
  return periodChoices(readPlan(await port.read()), today);
}

/** listSummaryPeriods on a plan already read (the first period when none has passed; null when there is none). */
export function periodChoices(plan: Plan, today: IsoDate): PeriodChoices {
  const periods = summaryPeriods(plan).map((p) => ({ name: p.name, type: p.type, cutoff: p.cutoff }));
  return { periods, preselected: defaultPeriod(plan, today) ?? periods[0]?.name ?? null };
}

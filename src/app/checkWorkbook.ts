/** Use case: check the open workbook as of a reference date. */
import {
  articleCoverage,
  type ArticleCoverage,
  checkPlan,
  type Finding,
  findingCounts,
  type SheetFindingCounts,
} from "../core/checks";
import type { IsoDate } from "../core/dates";
import type { Lang } from "../core/language";
import type { Plan } from "../core/plan";
import { readPlan } from "../core/read";
import type { WorkbookPort } from "./ports";

export type CheckedWorkbook = {
  readonly plan: Plan;
  readonly findings: Finding[];
  /** The findings per sheet and severity (the Check view's chart). */
  readonly counts: readonly SheetFindingCounts[];
  /** Every article of the plan's Charter version: prioritised, and served by which goals and activities. */
  readonly coverage: readonly ArticleCoverage[];
  /** The periods with a name and a cut-off, in table order: the other dates to check as of. */
  readonly periods: readonly { readonly name: string; readonly cutoff: IsoDate }[];
};

/** Reads the workbook afresh (nothing is cached between calls) and returns the plan, its findings and its coverage. */
export async function checkWorkbook(
  port: WorkbookPort,
  refDate: IsoDate,
  lang: Lang,
): Promise<CheckedWorkbook> {
  const plan = readPlan(await port.read());
  const findings = checkPlan(plan, refDate);
  return {
    plan,
    findings,
    counts: findingCounts(findings),
    coverage: articleCoverage(plan, lang),
    periods: plan.periods.rows.flatMap((p) =>
      p.period && p.cutoff ? [{ name: p.period, cutoff: p.cutoff }] : [],
    ),
  };
}

/** Use case: check the open workbook as of a reference date. */
import { checkPlan } from "../core/checkPlan";
import type { IsoDate } from "../core/dates";
import type { Finding } from "../core/findings.types";
import type { Plan } from "../core/plan.types";
import { readPlan } from "../core/readPlan";
import type { WorkbookPort } from "./ports";

/** Reads the workbook afresh (nothing is cached between calls) and returns the plan and its findings. */
export async function checkWorkbook(
  port: WorkbookPort,
  refDate: IsoDate,
): Promise<{ plan: Plan; findings: Finding[] }> {
  const plan = readPlan(await port.read());
  return { plan, findings: checkPlan(plan, refDate) };
}

/** The Plan view's use case: read the workbook and describe the plan in it. */
import type { IsoDate } from "../core/dates";
import { planOverview, type PlanOverview } from "../core/periods";
import { readPlan } from "../core/read";
import type { WorkbookPort } from "./ports";

/** Reads the workbook afresh (nothing cached) and returns its plan's overview. */
export async function loadPlanOverview(port: WorkbookPort, refDate: IsoDate): Promise<PlanOverview> {
  return planOverview(readPlan(await port.read()), refDate);
}

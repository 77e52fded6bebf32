/**
 * The plan's periods as read: which can be reported on and when (each period's
 * cut-off), and the plan's overview (its period, deadlines and what is filled in).
 */
export {
  findPeriod,
  periodChoices,
  periodCutoffs,
  periodsOf,
  type Period,
  type PeriodChoices,
} from "./periods";
export { planOverview, type DeadlineState, type PlanOverview } from "./planOverview";

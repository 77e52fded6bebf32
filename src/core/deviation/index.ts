/**
 * The one definition of a deviation, shared by the checks and the summaries: an
 * activity delayed, overdue or over budget, an indicator value not met or worse than
 * the baseline; and whether a deviation has an action.
 */
export {
  activityDeviations,
  assessValue,
  gapOf,
  indicatorDeviations,
  isDelayed,
  isOverBudget,
  isOverdue,
  isWorseThanBaseline,
  judgedValue,
  type ActivityDeviationKind,
  type ActivityFacts,
  type IndicatorDeviationKind,
  type IndicatorFacts,
} from "./deviation";
export { hasAction, statesAnAction } from "./action";

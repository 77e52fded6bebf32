/**
 * Sweden's national gender-equality sub-goals as data (docs/domain.md): the six since
 * 2017 with their source, the old four-goal numbering, OUR article → sub-goal proposal,
 * and reading a sub-goal cell.
 */
export {
  ARTICLE_PROPOSALS,
  NATIONAL_GOALS,
  NATIONAL_GOALS_SOURCE,
  OLD_NATIONAL_GOALS,
  isNationalGoalNumber,
  nationalGoalName,
  nationalGoalsCell,
  oldNationalGoal,
  proposeNationalGoals,
  type NationalGoal,
  type NationalGoalNumber,
} from "./nationalGoals";
export { readNationalGoalRefs, type NationalGoalRefs } from "./readNationalGoalRefs";

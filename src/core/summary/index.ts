/** The follow-up summary of one period (docs/reports.md): data, JSON, text and sheet. */
export { summarise } from "./summarise";
export { summaryJson } from "./summaryJson";
export type { NationalGoalsJson, SubGoalJson, SummaryJson } from "./summaryJson";
export { summaryText, summaryParagraphs } from "./summaryText";
export { summaryLayout, summarySheetName, summaryMarker } from "./summaryLayout";
export { chartTableNames } from "./layout/charts";
export type {
  ActivityState,
  ActivitySummary,
  ArticleSummary,
  BudgetTotals,
  ChainDeviation,
  ChainDeviationKind,
  ChainSummary,
  ChangeSincePrevious,
  Deviation,
  DeviationKind,
  GoalAssessment,
  GoalSummary,
  SubGoalResult,
  Summary,
  WholePlanResult,
} from "./summary.types";
export {
  type GenderFigures,
  type SubGoalFigures,
  summaryChartData,
  type SummaryChartData,
} from "./chartData";
export { assessmentWord, stateWord } from "./layout/labels";
export { reportSection } from "./section";
export type { ReportSection, SectionBlock, SectionCell, SectionChart, SectionTable } from "./section";
export { escapeHtml, sectionHtml, sectionPlainText, type ChartImage } from "./sectionHtml";

/** The follow-up summary of one period (docs/reports.md): data, JSON, text and sheet. */
export { summarise } from "./summarise";
export { summaryJson } from "./summaryJson";
export type { SubGoalJson, SummaryJson } from "./summaryJson";
export { summaryText } from "./summaryText";
export { summaryLayout } from "./summaryLayout";
export type { ActivityState, Summary } from "./summary.types";
export { type GenderFigures, summaryChartData, type SummaryChartData } from "./chartData";
export { assessmentWord, stateWord } from "./layout/labels";
export { reportSection } from "./section";
export type { ReportSection, SectionCell, SectionChart, SectionTable } from "./section";
export { sectionHtml, sectionPlainText, type ChartImage } from "./sectionHtml";

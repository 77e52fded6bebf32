/**
 * The checks and their catalogue: one entry per finding code (severity, meaning,
 * message in both languages), the checks that return findings with their
 * arguments, the messages rendered at the surface, and their counts per sheet.
 */
export { checkPlan } from "./checkPlan";
export { articleCoverage, type ArticleCoverage, coverageCounts, type CoverageState } from "./coverage";
export { findingCounts, SEVERITY_ORDER, type SheetFindingCounts } from "./findingCounts";
export type { Finding, Severity } from "./findings.types";
export { findingJson, type FindingJson, findingMessage } from "./findingMessage";

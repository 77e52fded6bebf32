/**
 * Reading a plan workbook: its tables found by name or by their header row and
 * matched to the schema, each cell read as text, a date, a number, a choice or
 * article references, and the whole workbook read into a Plan with its problems.
 */
export { readPlan } from "./readPlan";
export { cellText, normaliseText, readArticleRefs, readDate, readNumber, readText } from "./readValues";
export { locateTable } from "./locateTable";
export { dateSystemOf, dateSystemOfSerial, DAYS_1904, PROBE_DAY } from "./dateSystem";
export { isPlanSheetName, isPlanTableName, sheetNamed } from "./readScope";
export { headerKey } from "./matchTable";

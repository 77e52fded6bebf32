/**
 * The plan as read from a workbook (its rows typed by the schema's keys, ../schema),
 * where it found its tables, and records made rows in the schema's or a found table's order.
 */
export type {
  ActivityRow,
  ArticleRow,
  CharterVersion,
  FollowUpRow,
  GoalRow,
  IndicatorValueRow,
  PeriodRow,
  Plan,
  PlanFacts,
  ReadProblem,
  TableInfo,
  TableRead,
} from "./plan.types";
export {
  columnsLacking,
  planTableRows,
  rowInTable,
  shownValue,
  tableRow,
  type FieldValue,
  type TableRecord,
} from "./schemaRows";
export { planTables } from "./planTables";

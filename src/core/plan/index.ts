/**
 * The plan workbook's model: its seven tables, their columns and choices (the
 * schema), the plan as read (its rows typed by the schema's keys), records made
 * rows in the schema's or a found table's order, and where a plan read has its tables.
 */
export {
  CHOICES,
  LATER_COLUMNS,
  LISTS_SHEET,
  PLAN_KEYS,
  TABLES,
  choiceLabel,
  columnHeader,
  headersOf,
  tableColumns,
  tableSpec,
  type Assessment,
  type ChoiceListName,
  type ChoiceValue,
  type ColumnIndex,
  type ColumnKey,
  type ColumnSpec,
  type Direction,
  type PeriodType,
  type PlanKey,
  type PlanKeySpec,
  type Status,
  type TableName,
  type TableSpec,
  type TableSpecOf,
} from "./schema";
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

/**
 * The plan workbook's schema: its seven tables, their sheets, columns (keys, headers,
 * types, choice lists) and the Plan table's keys, with the column keys typed per table.
 */
export {
  LATER_COLUMNS,
  PLAN_KEYS,
  planKeyLabel,
  TABLES,
  columnHeader,
  columnSpec,
  headersOf,
  isLaterColumn,
  tableColumns,
  tableSpec,
  type ColumnIndex,
  type ColumnKey,
  type ColumnSpec,
  type ColumnType,
  type PlanKey,
  type PlanKeySpec,
  type TableName,
  type TableSpec,
  type TableSpecOf,
} from "./schema";

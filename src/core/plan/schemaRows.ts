/**
 * Records and rows by the schema (../schema): a record holds a row's values by
 * column key, as the code keeps them (ISO dates, choice values, article numbers);
 * a row holds them as the workbook's cells (date serials, choice labels in the
 * workbook's language, "11, 14"), in the schema's column order or in the order a
 * found table has them. A column added to a table is written wherever its key is in
 * the record.
 */
import { isoToSerial, type IsoDate } from "../dates";
import type { Lang } from "../language";
import type { TableInfo } from "./plan.types";
import { choiceLabel } from "../choices";
import {
  PLAN_KEYS,
  columnSpec,
  tableColumns,
  type ColumnKey,
  type ColumnSpec,
  type PlanKey,
  type TableName,
} from "../schema";

/** A cell's value as written. */
export type CellOut = string | number | null;

/** A value in a record: a yes/no choice may be a boolean, an articles column a list of numbers. */
export type FieldValue = string | number | boolean | readonly number[] | null;

/** A row's values by column key; keys left out are not set. Rows read from a plan (ActivityRow …) are records. */
export type TableRecord<T extends TableName> = { readonly [K in ColumnKey<T>]?: FieldValue };

/** A record's value as its column's cell: dates as serials, choices as labels in `lang`, articles joined. */
function cellOf(column: ColumnSpec, value: FieldValue | undefined, lang: Lang): CellOut {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean")
    return column.choices ? choiceLabel(column.choices, value ? "yes" : "no", lang) : null;
  // No sub-goals is an empty cell (a goal's articles are never empty when written).
  if (typeof value === "object")
    return value.length === 0 && column.type === "nationalGoals" ? null : value.join(", ");
  if (column.type === "date" && typeof value === "string") return isoToSerial(value as IsoDate);
  if (column.choices && typeof value === "string") return choiceLabel(column.choices, value, lang);
  return value;
}

/**
 * A value as the workbook shows it: a choice column's label in `lang`, any other value as it is.
 * @example shownValue("FollowUp", "status", "done", "sv") === "Genomförd"
 */
export function shownValue<T extends TableName>(
  table: T,
  key: ColumnKey<T>,
  value: string | number | null,
  lang: Lang,
): string | number | null {
  const { choices } = columnSpec(table, key);
  return choices && typeof value === "string" ? choiceLabel(choices, value, lang) : value;
}

/** A record as a row of the table's cells, in the schema's column order. */
export function tableRow<T extends TableName>(table: T, record: TableRecord<T>, lang: Lang): CellOut[] {
  return tableColumns(table).map((c) => cellOf(c, record[c.key], lang));
}

/**
 * A record as a row of a found table, in its current column order and full width.
 * Columns the record does not set (and the table's extra columns) are null, or
 * `undefined` with `keep`, so that an update leaves them as they are.
 */
export function rowInTable<T extends TableName>(
  info: TableInfo<T>,
  record: TableRecord<T>,
  lang: Lang,
  keep = false,
): (CellOut | undefined)[] {
  const out: (CellOut | undefined)[] = Array.from({ length: info.lastCol - info.firstCol + 1 }, () =>
    keep ? undefined : null,
  );
  for (const c of tableColumns(info.name)) {
    const col = info.columns[c.key];
    if (col !== undefined && c.key in record) out[col - info.firstCol] = cellOf(c, record[c.key], lang);
  }
  return out;
}

/**
 * The Plan table's key / value rows, one per key in PLAN_KEYS' order, each key's label
 * in `lang` and its value as the cell: dates as serials; a key left out is empty.
 */
export function planTableRows(
  values: { readonly [K in PlanKey]?: string | number | null },
  lang: Lang,
): CellOut[][] {
  return PLAN_KEYS.map((k) => {
    const v = values[k.key] ?? null;
    return [k.label[lang], k.type === "date" && typeof v === "string" ? isoToSerial(v as IsoDate) : v];
  });
}

/** The columns of a record's values (not null) that a found table lacks, as "Table.key". */
export function columnsLacking<T extends TableName>(
  info: TableInfo<T>,
  records: readonly TableRecord<T>[],
): string[] {
  return tableColumns(info.name)
    .filter((c) => info.columns[c.key] === undefined && records.some((r) => (r[c.key] ?? null) !== null))
    .map((c) => `${info.name}.${c.key}`);
}

/** A unit's answer in words, as the workbook shows it: "Status Pågår; Utfall 12000". */
import { type AnswerTable, type AnswerValues, answerWords } from "../../core/collect";
import type { Lang } from "../../core/language";
import { columnHeader, type ColumnKey, type TableName, tableSpec } from "../../core/schema";

/** The filled-in values with their column headers and choice labels; `blank` when nothing is filled in. */
export function answerText(
  table: AnswerTable,
  values: AnswerValues | null,
  lang: Lang,
  blank: string,
): string {
  return (values === null ? "" : answerWords(table, values, lang)) || blank;
}

/** A table's name as its sheet is called in the user's language. */
export function tableName(table: TableName, lang: Lang): string {
  return tableSpec(table).sheet[lang];
}

/** A column's header in the user's language. */
export function columnName<T extends TableName>(table: T, key: ColumnKey<T>, lang: Lang): string {
  return columnHeader(table, key, lang);
}

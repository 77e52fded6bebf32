/** A unit's answer in words, as the workbook shows it: "Status Pågår; Utfall 12000". */
import { ANSWER_FIELDS } from "../../core/collect/answers";
import type { AnswerTable, AnswerValues } from "../../core/collect/collect.types";
import type { Lang } from "../../core/language";
import { choiceLabel, tableSpec, type TableName } from "../../core/schema";

/** The filled-in values with their column headers and choice labels; `blank` when nothing is filled in. */
export function answerText(
  table: AnswerTable,
  values: AnswerValues | null,
  lang: Lang,
  blank: string,
): string {
  if (values === null) return blank;
  const columns = tableSpec(table).columns;
  const parts = ANSWER_FIELDS[table].flatMap((field) => {
    const value = values[field] ?? null;
    if (value === null) return [];
    const header = columns.find((c) => c.key === field)?.header[lang] ?? field;
    const shown =
      typeof value === "string" && (field === "status" || field === "assessment")
        ? choiceLabel(field, value, lang)
        : String(value);
    return [`${header} ${shown}`];
  });
  return parts.length > 0 ? parts.join("; ") : blank;
}

/** A table's name as its sheet is called in the user's language. */
export function tableName(table: TableName, lang: Lang): string {
  return tableSpec(table).sheet[lang];
}

/** A column's header in the user's language, by its key (the key itself when unknown). */
export function columnName(table: TableName, key: string, lang: Lang): string {
  return tableSpec(table).columns.find((c) => c.key === key)?.header[lang] ?? key;
}

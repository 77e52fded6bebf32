/**
 * The validation lists of new tables and their alert policy, decided once for both
 * adapters. Choice columns (status, type, direction, assessment, yes/no) stop a
 * value outside their list: the drop-down offers every label, and a label the
 * list lacks would only become a finding later. Article columns and references
 * to another table's IDs warn instead: "11, 14" names several articles, and an ID
 * may be typed before its goal or activity exists.
 */
import type { Lang } from "../language";
import { listNameOf } from "../template";
import { columnHeader } from "../schema";
import type { ValidationSource } from "../template";
import { formulaString, structuredReference } from "./formulaText";

export type ValidationAlert = {
  readonly style: "stop" | "warning";
  readonly title: string;
  readonly message: string;
};

export type ValidationRule = {
  /** The list's source as a formula without the leading "=": a lists-sheet name, or INDIRECT of a table column. */
  readonly formula: string;
  readonly alert: ValidationAlert;
};

const ALERTS: Readonly<Record<Lang, { title: string; choice: string; articles: string; column: string }>> = {
  sv: {
    title: "Kontrollera värdet",
    choice: "Välj ett värde ur listan.",
    articles: 'Välj en artikel ur listan eller skriv flera, till exempel "11, 14".',
    column: "Värdet finns inte (ännu) i den andra tabellen.",
  },
  en: {
    title: "Check the value",
    choice: "Pick a value from the list.",
    articles: 'Pick an article from the list or type several, for example "11, 14".',
    column: "The value is not (yet) in the other table.",
  },
};

/**
 * The list source of a validation: the lists sheet's name for choices and
 * articles; for a column of another table, INDIRECT of a structured reference (a
 * validation list cannot name a table column directly; this one grows with the
 * table).
 */
export function validationFormula(source: ValidationSource, lang: Lang): string {
  const name = listNameOf(source);
  if (name) return name;
  if (source.kind !== "column") return "";
  const header = columnHeader(source.table, source.column, lang);
  return `INDIRECT(${formulaString(structuredReference(source.table, header))})`;
}

/** The validation of a column drawing on `source`, in the table's language. */
export function validationRule(source: ValidationSource, lang: Lang): ValidationRule {
  const text = ALERTS[lang];
  const alert: ValidationAlert =
    source.kind === "choice"
      ? { style: "stop", title: text.title, message: text.choice }
      : {
          style: "warning",
          title: text.title,
          message: source.kind === "articles" ? text.articles : text.column,
        };
  return { formula: validationFormula(source, lang), alert };
}

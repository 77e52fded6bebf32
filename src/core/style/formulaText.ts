/** Pieces of formulas the adapters write, so both write the same text. */

/**
 * A formula string literal: quotes doubled.
 * @example formulaString('Sa "ja"') === '"Sa ""ja"""'
 */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A structured reference to one table column, with Excel's escapes for [ ] # ' in
 * the column name.
 * @example structuredReference("Goals", "Mål-ID") === "Goals[[Mål-ID]]"
 */
export function structuredReference(table: string, header: string): string {
  return `${table}[[${header.replace(/['[\]#]/g, "'$&")}]]`;
}

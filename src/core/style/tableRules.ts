/**
 * The validation lists and status colours of one of the plan's tables as it stands
 * in a workbook, for the rows an adapter adds to it: the rules set-up writes (the
 * table's template, core/template/planTemplate.ts) moved to the columns its header row names, in
 * either language. Both adapters' set-up writes the same rules from the template.
 */
import type { CellValue } from "../cells";
import type { Lang } from "../language";
import { headersOf, TABLES, type TableName } from "../schema";
import { planTemplate } from "../template";
import { headerKey } from "../read";
import type { ColourRule, ValidationSource } from "../template";

export type TableRules = {
  /** The language of the table's headers (and so of its lists' labels and alerts). */
  readonly lang: Lang;
  /** `column`: 0-based within the table (its first column is 0). */
  readonly validations: readonly { readonly column: number; readonly source: ValidationSource }[];
  /** `column` (the status cell a row is coloured by): 0-based within the table. */
  readonly colours: readonly ColourRule[];
};

const keyOf = (cell: CellValue | undefined): string => (typeof cell === "string" ? headerKey(cell) : "");

/**
 * The rules of the plan table `name` whose header row is `headers`: each of the
 * template's rules at the column whose header is the template column's (Swedish or
 * English); a rule whose column the table lacks is left out. The language is the
 * one most headers are written in (Swedish when as many are English). Null for a
 * name that is not one of the plan's tables.
 */
export function tableRules(name: string, headers: readonly CellValue[]): TableRules | null {
  const wanted = name.toLowerCase();
  const found: TableName | undefined = TABLES.find((t) => t.name.toLowerCase() === wanted)?.name;
  if (!found) return null;
  const sv = headersOf(found, "sv").map(headerKey);
  const en = headersOf(found, "en").map(headerKey);
  const keys = headers.map(keyOf);
  const votes = (labels: string[]) => keys.filter((k) => labels.includes(k)).length;
  const lang: Lang = votes(en) > votes(sv) ? "en" : "sv";
  // The table's column for the template's column i: the first header equal to its label in either language.
  const at = (i: number): number => keys.findIndex((k) => k === sv[i] || k === en[i]);
  const template = planTemplate(found, lang);
  const validations = template.validations.flatMap((v) => {
    const column = at(v.column);
    return column < 0 ? [] : [{ column, source: v.source }];
  });
  const colours = template.colours.flatMap((c) => {
    const column = at(c.column);
    return column < 0 ? [] : [{ ...c, column }];
  });
  return { lang, validations, colours };
}

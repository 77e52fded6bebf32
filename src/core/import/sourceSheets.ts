/**
 * Where a loose list is taken from in a workbook: the sheets that may hold one
 * (not the plan's own, its lists sheet or the product's working sheets), and the
 * range to import when a sheet is named, a range is given, or neither.
 */
import type { RawRange, RawWorkbook } from "../cells";
import { FailureError } from "../failures";
import { LISTS_SHEET } from "../choices";
import { TABLES } from "../schema";
import { normaliseText } from "../read";

const same = (a: string, b: string): boolean => normaliseText(a) === normaliseText(b);

/** The sheets the plan itself uses (its tables' sheets in both languages and the lists sheet). */
export function isPlanSheet(name: string): boolean {
  return (
    TABLES.some((t) => same(t.sheet.sv, name) || same(t.sheet.en, name)) ||
    same(LISTS_SHEET.sv, name) ||
    same(LISTS_SHEET.en, name)
  );
}

/** Of a workbook's sheet names, in its order, those a loose list may be imported from. */
export function importableSheets(names: readonly string[]): string[] {
  return names.filter((n) => !isPlanSheet(n) && !/^(_cemr|cemr_)/i.test(n.trim()));
}

/** The range to import: the given one, the named sheet's, else the first sheet besides the plan's own that holds data. */
export function sourceRange(
  raw: RawWorkbook,
  source: { readonly sheet?: string } | { readonly range: RawRange },
): RawRange {
  if ("range" in source) return source.range;
  if (source.sheet !== undefined) {
    const name = source.sheet;
    const found = raw.sheets.find((s) => same(s.sheet, name));
    if (!found) throw new FailureError({ code: "sheetNotFound", sheet: name });
    return found;
  }
  const first = raw.sheets.find((s) => !isPlanSheet(s.sheet) && s.values.length > 0);
  if (!first) throw new FailureError({ code: "noSource" });
  return first;
}

/**
 * Excel's rules for sheet names, for both adapters: 1–31 characters, none of
 * [ ] : * ? / \, no apostrophe first or last, not "History" (Excel keeps it for the
 * change history), and unique without regard to case. Excel refuses a sheet that
 * breaks one; an adapter checks before it writes anything, and names the product
 * makes (report sheets) are made safe here first.
 */

/** The longest sheet name Excel takes. */
export const MAX_SHEET_NAME = 31;

/** Names Excel keeps for itself (compared without case). */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

const FORBIDDEN = /[[\]:*?/\\]/;
const FORBIDDEN_ALL = /[[\]:*?/\\]/g;

export type SheetNameProblem =
  "empty" | "tooLong" | "forbiddenCharacter" | "apostrophe" | "reserved" | "taken";

/**
 * True when `a` and `b` name the same sheet, as Excel compares sheet names: without
 * regard to case, and nothing else (spaces count). Every adapter, use case and shell
 * that asks whether two names are one sheet asks here. (Recognising a plan table's
 * sheet by its name, src/core/read/locateTable.ts, is a reading rule and more lenient.)
 * @example sameSheetName("Mål", "MÅL") === true; sameSheetName("Mål ", "Mål") === false
 */
export function sameSheetName(a: string, b: string): boolean {
  return excelNameKey(a) === excelNameKey(b);
}

/** The key Excel tells sheet, table and defined names apart by (for sets and maps of names). */
export function excelNameKey(name: string): string {
  return name.toLowerCase();
}

/** True when `a` and `b` name the same table or defined name: Excel compares those as sheet names. */
export const sameTableName: (a: string, b: string) => boolean = sameSheetName;

const same = sameSheetName;

/**
 * Why Excel would refuse `name` for a new sheet beside `existing` ones, or null.
 * @example sheetNameProblem("history", []) === "reserved"; sheetNameProblem("Mål", ["MÅL"]) === "taken"
 */
export function sheetNameProblem(name: string, existing: readonly string[] = []): SheetNameProblem | null {
  if (name.trim() === "") return "empty";
  if (name.length > MAX_SHEET_NAME) return "tooLong";
  if (FORBIDDEN.test(name)) return "forbiddenCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (RESERVED_SHEET_NAMES.some((r) => same(r, name))) return "reserved";
  if (existing.some((e) => same(e, name))) return "taken";
  return null;
}

/**
 * A sheet name Excel takes, made of `wanted`: forbidden characters become "-",
 * apostrophes at either end and outer spaces go, and it is cut to 31 characters;
 * `fallback` when nothing usable is left or the name is reserved. (Clashes with
 * existing sheets are the writer's to handle: it may replace only its own.)
 */
export function safeSheetName(wanted: string, fallback: string): string {
  const name = wanted
    .replace(FORBIDDEN_ALL, "-")
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return sheetNameProblem(name) === null ? name : fallback;
}

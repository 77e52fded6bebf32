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

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

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

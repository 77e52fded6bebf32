/**
 * Reading a cell as text, and the result type shared by the value readers
 * (readValues.ts). Readers never throw: any cell content gives a result.
 */
import type { CellValue } from "../cells";
import { isoFromUtcDate } from "../dates";

/** A value read from a cell: `value` null for an empty cell; ok false when it cannot be read. */
export type ReadResult<T> = { ok: true; value: T | null } | { ok: false; text: string };

/** Longest cell text kept for messages; a whole pasted document helps no one. */
const MAX_TEXT = 500;

/** The cell as a person sees it: trimmed text; numbers as written ("1" for 1); null when empty. */
export function readText(v: CellValue): string | null {
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? null : t;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isoFromUtcDate(v);
  return null;
}

/** The cell as text for a problem report ("" when empty), cut to a readable length. */
export function cellText(v: CellValue): string {
  let t: string;
  if (typeof v === "number") t = String(v);
  else if (v instanceof Date) t = isoFromUtcDate(v) ?? "Invalid Date";
  else t = readText(v) ?? "";
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT)}…` : t;
}

/** The result for a cell that cannot be read. */
export function unreadable<T>(v: CellValue): ReadResult<T> {
  return { ok: false, text: cellText(v) };
}

/**
 * Text prepared for matching: Unicode-normalised, every kind of space (also
 * non-breaking and narrow) turned into one plain space, trimmed, lower case.
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f\u200b]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Labelled parts of a line in a document-shaped plan: "Årlig lönekartläggning.
 * Ansvar: HR. Tid: löpande. Kostnad: 50 tkr." gives the activity's text and its
 * parts, in Swedish or English.
 */
import { IMPORT_MEANINGS, termsOf, type ImportMeaning } from "./importTerms";

/** The meanings a label can give (a goal or an activity is a line of its own). */
export type PartMeaning = Exclude<ImportMeaning, "goal" | "activity">;

/** The label words of every part meaning, from the one table of import words (importTerms.ts). */
const PART_MEANINGS = IMPORT_MEANINGS.filter((m): m is PartMeaning => m !== "goal" && m !== "activity");

const BY_LABEL = new Map<string, PartMeaning>(
  PART_MEANINGS.flatMap((m) => termsOf(m, "label").map((l) => [l, m] as const)),
);

const ALTERNATIVES = [...BY_LABEL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace(/ /g, "\\s+"))
  .join("|");
/** A label at the start or after a space or punctuation, then a colon. */
const LABEL = new RegExp(`(^|[\\s.;,(\\[])(${ALTERNATIVES})\\s*:\\s*`, "giu");

export type Part = {
  readonly meaning: PartMeaning;
  readonly label: string;
  readonly value: string;
  /** Where the label starts in the text. */
  readonly index: number;
};

/** Abbreviations whose last dot belongs to them ("m.m.", "t.o.m.", "bl.a."). */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{L}{1,2}\.){2,}$/u;

/** A piece of a line without the punctuation that only separated it from the next. */
export function tidyPiece(text: string): string {
  let t = text.trim().replace(/[\s([]+$/u, "");
  if (/[;,]$/.test(t) || (t.endsWith(".") && !ABBREVIATION_END.test(t))) t = t.slice(0, -1).trimEnd();
  // A bracket opened before the parts ("Lönekartläggning (Ansvar: HR, Tid: 2019)").
  const opens = (t.match(/\(/g) ?? []).length;
  const closes = (t.match(/\)/g) ?? []).length;
  if (closes > opens && t.endsWith(")")) t = tidyPiece(t.slice(0, -1));
  return t;
}

/**
 * The text before the first label, and each labelled part after it.
 * @example splitParts("Lönekartläggning. Ansvar: HR. Tid: 2019.")
 *   → { lead: "Lönekartläggning", parts: [responsible "HR", timeframe "2019"] }
 */
export function splitParts(text: string): { lead: string; parts: Part[] } {
  const marks: { index: number; end: number; label: string }[] = [];
  for (const m of text.matchAll(LABEL)) {
    const before = m[1] ?? "";
    const label = m[2] ?? "";
    const index = (m.index ?? 0) + before.length;
    marks.push({ index, end: (m.index ?? 0) + m[0].length, label });
  }
  if (marks.length === 0) return { lead: tidyPiece(text), parts: [] };
  const parts: Part[] = [];
  marks.forEach((mark, i) => {
    const next = marks[i + 1];
    const value = tidyPiece(text.slice(mark.end, next ? next.index : text.length));
    const meaning = BY_LABEL.get(mark.label.toLowerCase().replace(/\s+/g, " "));
    if (meaning && value !== "") parts.push({ meaning, label: mark.label, value, index: mark.index });
  });
  return { lead: tidyPiece(text.slice(0, marks[0]?.index ?? 0)), parts };
}

/** True when a line is only labelled parts ("Ansvar: HR. Tid: 2019."). */
export function isPartsOnly(text: string): boolean {
  const { lead, parts } = splitParts(text);
  return lead === "" && parts.length > 0;
}

/**
 * The summary as a short text in the user's language, ready to paste into a
 * delårsrapport or årsredovisning: paragraphs of whole sentences with the numbers.
 */
import type { Lang } from "../language";
import type { Summary } from "./summary.types";
import { summaryProse } from "./text/prose";

/** The text's paragraphs, in order (one per sheet row). */
export function summaryParagraphs(summary: Summary, lang: Lang): string[] {
  return summaryProse(summary, lang);
}

/** The text, paragraphs separated by a blank line. */
export function summaryText(summary: Summary, lang: Lang): string {
  return summaryParagraphs(summary, lang).join("\n\n");
}

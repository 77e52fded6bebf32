/**
 * Reading a goal's article cell: one or more article numbers as people write them
 * ("11", "Art. 11", "artikel 2 och 5", "2, 3", "2–4", "Artikel 11 – Arbetsgivarrollen").
 * Whether a number is an article of the plan's Charter version is checked later.
 */
import type { CellValue } from "../cells";
import { cellText } from "./readText";

export type ArticleRefs = { articles: number[]; notUnderstood: string[] };

/** A range longer than the Charter itself is a typing error, not a list of articles. */
const MAX_RANGE = 39;
/** Separators between references: punctuation, and "och"/"samt"/"and" as words. */
const SEPARATORS = /\s*(?:[,;&+/\n]|\b(?:och|samt|and)\b)\s*/iu;
/** A title after a number ("11 – Arbetsgivarrollen", "11: Arbetsgivarrollen"), up to the next separator that starts a new reference. */
const TITLE_AFTER_NUMBER =
  /(\d)\s*[:–—-]\s*\p{L}[^\d,;\n]*?(?=\s*(?:[,;\n]|$|(?:\b(?:och|samt|and)\b|[&+/])\s*(?:art\S*\s*)?\d))/giu;
/** A remark in brackets: "11 (Arbetsgivarrollen)". */
const BRACKETED = /\([^()\d]*\)/gu;
/** The words that may stand before a number: art, art., artikel, artiklarna, article(s), nr, no. */
const PREFIX = /^(?:art(?:iklarna|iklar|ikel|icles|icle)?|nr|no)\.?\s*/iu;
const SINGLE = /^(\d{1,6})\.?$/;
const RANGE = /^(\d{1,6})\s*[–—-]\s*(\d{1,6})$/;

/**
 * The article numbers of a cell, in the order written and without repeats, and the
 * parts that name no article.
 * @example readArticleRefs("Art. 2 och 5") → { articles: [2, 5], notUnderstood: [] }
 */
export function readArticleRefs(v: CellValue): ArticleRefs {
  const out: ArticleRefs = { articles: [], notUnderstood: [] };
  if (v === null || v === undefined) return out;
  if (typeof v === "number") {
    if (Number.isSafeInteger(v) && v >= 0) out.articles.push(v);
    else out.notUnderstood.push(cellText(v));
    return out;
  }
  if (typeof v !== "string") {
    out.notUnderstood.push(cellText(v));
    return out;
  }
  // Long pasted texts and Excel's error values ("#N/A", "#REF!") are one thing not understood.
  if (v.length > 1000 || v.trim().startsWith("#")) {
    out.notUnderstood.push(cellText(v));
    return out;
  }
  const add = (n: number): void => {
    if (!out.articles.includes(n)) out.articles.push(n);
  };
  const text = v
    .normalize("NFC")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(BRACKETED, " ")
    .replace(TITLE_AFTER_NUMBER, "$1");
  for (const rawPart of text.split(SEPARATORS)) {
    const part = rawPart.trim();
    if (part === "") continue;
    let rest = part;
    // A prefix is two letters at least, so each turn shortens the rest.
    for (let strip = PREFIX.exec(rest); strip; strip = PREFIX.exec(rest)) rest = rest.slice(strip[0].length);
    const single = SINGLE.exec(rest);
    const range = RANGE.exec(rest);
    if (single) add(Number(single[1]));
    else if (
      range &&
      Number(range[1]) <= Number(range[2]) &&
      Number(range[2]) - Number(range[1]) < MAX_RANGE
    ) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) add(n);
    } else out.notUnderstood.push(cellText(part));
  }
  return out;
}

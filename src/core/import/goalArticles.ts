/**
 * Goals that name their article in their own text: "Artikel 11: Jämställda löner",
 * "Art. 2 och 5 – Jämn representation", "Jämställda löner (artikel 11)".
 */
import { readArticleRefs } from "../read";

const WORD = "(?:artiklarna|artiklar|artikel|articles|article|art\\.?)";
const NUMBERS = "\\d{1,2}(?:\\s*(?:,|och|samt|and|&|[-–—])\\s*\\d{1,2})*";
const LEADING = new RegExp(`^\\s*\\(?${WORD}\\s*(${NUMBERS})\\)?\\s*[:.–—-]?\\s+(.+)$`, "iu");
const TRAILING = new RegExp(`^(.+?)\\s*\\(\\s*${WORD}\\s*(${NUMBERS})\\s*\\)\\s*$`, "iu");

/**
 * The articles a goal's text names and the goal without that naming; no articles
 * and the text unchanged when it names none. The naming is removed because the
 * articles get their own column.
 */
export function goalArticles(text: string): { articles: number[]; goal: string } {
  const lead = LEADING.exec(text);
  if (lead?.[1] && lead[2]) return withRefs(lead[1], lead[2], text);
  const trail = TRAILING.exec(text);
  if (trail?.[1] && trail[2]) return withRefs(trail[2], trail[1], text);
  return { articles: [], goal: text };
}

function withRefs(numbers: string, goal: string, text: string): { articles: number[]; goal: string } {
  const refs = readArticleRefs(numbers);
  if (refs.articles.length === 0 || refs.notUnderstood.length > 0) return { articles: [], goal: text };
  return { articles: refs.articles, goal: goal.trim() };
}

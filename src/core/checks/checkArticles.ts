/** Article references that are not articles of the plan's Charter version. */
import { articleCount, isArticleOf } from "../charter";
import type { Finding } from "./findings.types";
import { cellAt, finding, type CheckContext } from "./context";

/** ARTICLE_UNKNOWN: goals' article numbers outside the version or not understood, and Articles rows outside it. */
export function checkArticles(ctx: CheckContext): Finding[] {
  const { plan } = ctx;
  const version = plan.facts.charterVersion;
  const range = { kind: "outsideVersion", version, max: articleCount(version) } as const;
  const out: Finding[] = [];
  for (const g of plan.goals.rows) {
    const at = cellAt(plan.goals.table, g.row, "articles");
    if (!at) break;
    const own = g.id === null ? [] : [g.id];
    for (const n of new Set(g.articles)) {
      if (isArticleOf(n, version)) continue;
      const article = String(n);
      out.push(
        finding("ARTICLE_UNKNOWN", at, [...own, article], { id: g.id, row: g.row, article, ...range }),
      );
    }
    for (const text of g.articleTextsNotUnderstood) {
      const args = { kind: "notUnderstood", id: g.id, row: g.row, text } as const;
      out.push(finding("ARTICLE_UNKNOWN", at, own, args));
    }
  }
  for (const a of plan.articles.rows) {
    if (a.article === null || isArticleOf(a.article, version)) continue;
    const at = cellAt(plan.articles.table, a.row, "article");
    const article = String(a.article);
    if (at) out.push(finding("ARTICLE_UNKNOWN", at, [article], { id: null, row: a.row, article, ...range }));
  }
  return out;
}

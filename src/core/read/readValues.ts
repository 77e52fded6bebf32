/**
 * Reading cell values as a person means them (docs/workbook.md, "Reading rules"). One
 * module per kind of value; this one gathers them so callers import from one place.
 */
export { readText, cellText, normaliseText, type ReadResult } from "./readText";
export { readDate, monthFromName } from "./readDate";
export { readNumber } from "./readNumber";
export { readChoice } from "./readChoice";
export { readArticleRefs, type ArticleRefs } from "./readArticleRefs";

/**
 * The common form both shapes of a plan are read into before goals and activities
 * are made: a table row, or a document's goal or activity line with its labelled
 * parts, becomes one record of fields by meaning. Making goals from records once
 * is what makes the table and the document of the same plan give the same result.
 */
import type { CellValue } from "../cells";
import { readArticleRefs } from "../read";
import type { HeaderUnit } from "./amounts";
import { goalArticles } from "./goalArticles";
import type { LineRole, NotUnderstoodReason } from "./import.types";
import type { ImportMeaning } from "./recogniseColumns";

/** One value of a record and the cell it came from. */
export type SourceField = {
  readonly value: CellValue;
  readonly cell: string;
  /** A budget column's unit from its header ("Budget (tkr)"). */
  readonly unit?: HeaderUnit | null;
};

export type SourceRecord = {
  /** The record's first line (index into the line list). */
  readonly line: number;
  /** Lines folded into it: wrapped text and lines of labelled parts. */
  readonly moreLines: readonly number[];
  readonly fields: Partial<Record<ImportMeaning, SourceField>>;
  readonly goalNumbering: string | null;
  readonly activityNumbering: string | null;
};

/** A line of the input under construction: its role is filled in as it is read. */
export type LineDraft = { cell: string; text: string; role: LineRole; ids: string[] };

/** A line that could not be placed before records were made (document text, sub-points). */
export type Unplaced = { readonly line: number; readonly reason: NotUnderstoodReason };

/** What reading a shape gives: the lines, the records made from them, lines not placed. */
export type ShapeReading = {
  readonly lines: LineDraft[];
  readonly records: SourceRecord[];
  readonly unplaced: readonly Unplaced[];
  /** True when the source names articles apart from goal texts (an article column or headings). */
  readonly articleSource: boolean;
};

const ARTICLE_LEAD = /^\s*\(?\s*(?:artiklarna|artiklar|artikel|articles|article|art\.?)\s*\d/iu;

/** True for a text that starts by naming articles: "Artikel 11 – Arbetsgivarrollen", "Art. 2". */
export function leadsWithArticle(text: string): boolean {
  return ARTICLE_LEAD.test(text) && readArticleRefs(text).articles.length > 0;
}

const onlyGoal = (r: SourceRecord): boolean => {
  const keys = Object.keys(r.fields);
  return keys.length === 1 && keys[0] === "goal";
};

/**
 * Goal texts that are article headings: a record with nothing but a goal text that
 * starts by naming articles ("Artikel 11 – Arbetsgivarrollen") is the heading of the
 * goals below it when the next record brings its own goal (or there is none); when
 * activities follow it directly, it is their goal. Headings become article fields.
 */
export function articleHeadings(records: readonly SourceRecord[]): SourceRecord[] {
  return records.map((r, i) => {
    const goal = r.fields.goal;
    if (!goal || !onlyGoal(r) || typeof goal.value !== "string" || !leadsWithArticle(goal.value)) return r;
    const next = records[i + 1];
    const activitiesFollow = next !== undefined && next.fields.goal === undefined && next.fields.activity;
    // "Artikel 11" alone is a heading whatever follows; with a text it can be a goal.
    const hasText = goalArticles(goal.value).articles.length > 0;
    if (activitiesFollow && hasText) return r;
    return { ...r, fields: { article: goal } };
  });
}

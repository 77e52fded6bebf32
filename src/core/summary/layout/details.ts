/**
 * The middle of the summary sheet: one block per article (its goals and activities)
 * and the deviations, each row with who is responsible.
 */
import { isoToSerial } from "../../dates";
import { articleTitle } from "../../charter";
import type { Lang } from "../../language";
import type { ActivitySummary, GoalSummary, Summary } from "../summary.types";
import {
  assessmentStyle,
  assessmentWord,
  deviationStyle,
  deviationWord,
  L,
  phrase,
  stateStyle,
  stateWord,
} from "./labels";
import { num, styled, text, type SheetWriter } from "./sheetWriter";

export function writeGoals(w: SheetWriter, goals: readonly GoalSummary[], lang: Lang): void {
  if (goals.length === 0) return;
  const header = [L.goalId, L.goal, L.women, L.men, L.total, L.gap, L.target, L.assessment];
  w.row(header.map((h, i) => styled(h[lang], i >= 2 && i <= 6 ? "numberHeader" : "header")));
  for (const g of goals) {
    const word = assessmentWord(g.assessment, lang);
    const shown = g.assessmentSource === "manual" ? phrase("manual", lang, { assessment: word }) : word;
    w.row([
      text(g.id, "body"),
      text(g.goal, "body"),
      num(g.women, "number"),
      num(g.men, "number"),
      num(g.total, "number"),
      num(g.gap, "number"),
      num(g.target, "number"),
      styled(shown, assessmentStyle(g.assessment)),
    ]);
  }
}

export function writeActivities(w: SheetWriter, activities: readonly ActivitySummary[], lang: Lang): void {
  if (activities.length === 0) return;
  const header = [
    L.activityId,
    L.activity,
    L.status,
    L.responsible,
    L.outcome,
    L.budget,
    L.forecast,
    L.comment,
  ];
  w.row(header.map((h, i) => styled(h[lang], i >= 4 && i <= 6 ? "numberHeader" : "header")));
  for (const a of activities) {
    w.row([
      text(a.id, "body"),
      text(a.activity, "body"),
      styled(stateWord(a.state, lang), stateStyle(a.state)),
      text(a.responsible, "body"),
      num(a.outcome, "money"),
      num(a.budget, "money"),
      num(a.forecast, "money"),
      text(a.comment, "body"),
    ]);
  }
}

/** The Charter's title where verified, else the plan's own, else only the number. */
export function headingOf(article: number, planTitle: string | null, lang: Lang): string {
  const neutral = phrase("article", lang, { n: article });
  const title = articleTitle(article, lang);
  if (title !== neutral) return phrase("articleTitled", lang, { article: neutral, title });
  return planTitle && planTitle !== neutral
    ? phrase("articleTitled", lang, { article: neutral, title: planTitle })
    : neutral;
}

/** One block per article that is prioritised or has a goal, then activities without one. */
export function writeArticles(w: SheetWriter, s: Summary, lang: Lang): void {
  w.row([styled(L.articles[lang], "heading")]);
  for (const art of s.articles) {
    const heading = headingOf(art.article, art.title, lang);
    w.row([styled(art.prioritised ? heading : phrase("notPrioritised", lang, { heading }), "subtitle")]);
    writeGoals(
      w,
      s.goals.filter((g) => g.articles.includes(art.article)),
      lang,
    );
    writeActivities(
      w,
      s.activities.filter((a) => a.articles.includes(art.article)),
      lang,
    );
    w.gap();
  }
  const loose = s.activities.filter((a) => a.articles.length === 0);
  if (loose.length > 0) {
    w.row([styled(L.noArticle[lang], "subtitle")]);
    writeActivities(w, loose, lang);
    w.gap();
  }
}

/** Delayed and overdue activities, missing follow-ups and budget overruns. */
export function writeDeviations(w: SheetWriter, s: Summary, lang: Lang): void {
  w.row([styled(L.deviations[lang], "heading")]);
  if (s.deviations.length === 0) {
    w.row([text(L.noDeviations[lang], "body")]);
    w.gap();
    return;
  }
  // The activity (ID and name) sits in the wide second column so it wraps little.
  const header = [L.kind, L.activity, L.responsible, L.end, L.budget, L.outcome, L.forecast];
  w.row(header.map((h, i) => styled(h[lang], i >= 3 ? "numberHeader" : "header")));
  for (const d of s.deviations) {
    w.row([
      styled(deviationWord(d.kind, lang), deviationStyle(d.kind)),
      text(d.activity ? `${d.activityId} ${d.activity}` : d.activityId, "body"),
      text(d.responsible, "body"),
      num(d.end === null ? null : isoToSerial(d.end), "date"),
      num(d.budget, "money"),
      num(d.outcome, "money"),
      num(d.forecast, "money"),
    ]);
  }
  w.gap();
}

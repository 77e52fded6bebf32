/**
 * The top of the summary sheet: title, facts, key figures, and for annual periods
 * the change since the previous one and the whole plan's result.
 */
import { isoToSerial, type IsoDate } from "../../dates";
import type { Lang } from "../../language";
import { choiceLabel } from "../../choices";
import { ASSESSMENT_ORDER, STATE_ORDER, type Summary } from "../summary.types";
import { assessmentStyle, assessmentWord, L, phrase, stateStyle, stateWord } from "./labels";
import { num, styled, text, type SheetWriter } from "./sheetWriter";

const date = (d: IsoDate | null) => num(d === null ? null : isoToSerial(d), "date");

/** Title and subtitle (rows 0 and 1, repeated on each printed page), then the facts. */
export function writeHeader(w: SheetWriter, s: Summary, lang: Lang, madeOn: IsoDate): void {
  const title = phrase(s.period.type === "annual" ? "titleAnnual" : "titleInterim", lang, {
    period: s.period.name,
  });
  w.merged(text(title, "title"));
  w.merged(text(L.subtitle[lang], "subtitle"));
  w.gap();
  w.row([styled(L.organisation[lang], "label"), text(s.organisation)]);
  w.row([styled(L.plan[lang], "label"), text(s.planName)]);
  w.row([styled(L.planPeriod[lang], "label"), date(s.planStart), date(s.planEnd)]);
  w.row([
    styled(L.period[lang], "label"),
    text(s.period.name),
    text(choiceLabel("periodType", s.period.type, lang)),
  ]);
  w.row([styled(L.cutoff[lang], "label"), date(s.period.cutoff)]);
  w.row([styled(L.madeOn[lang], "label"), date(madeOn)]);
  w.gap();
}

/** Activities by status with shares, goals by assessment, and the money. */
export function writeKeyFigures(w: SheetWriter, s: Summary, lang: Lang): void {
  w.row([styled(L.keyFigures[lang], "heading")]);
  const total = s.activities.length;
  w.row([
    styled(L.status[lang], "header"),
    styled(L.count[lang], "numberHeader"),
    styled(L.share[lang], "numberHeader"),
  ]);
  for (const st of STATE_ORDER) {
    const n = s.byStatus[st];
    w.row([
      styled(stateWord(st, lang), stateStyle(st)),
      num(n, "integer"),
      num(total > 0 ? n / total : null, "percent"),
    ]);
  }
  w.row([
    styled(L.total[lang], "total"),
    num(total, "integer", "total"),
    num(total > 0 ? 1 : null, "percent", "total"),
  ]);
  w.gap();
  w.row([styled(L.assessment[lang], "header"), styled(L.count[lang], "numberHeader")]);
  for (const a of ASSESSMENT_ORDER) {
    w.row([styled(assessmentWord(a, lang), assessmentStyle(a)), num(s.byAssessment[a], "integer")]);
  }
  w.row([styled(L.total[lang], "total"), num(s.goals.length, "integer", "total")]);
  w.gap();
  const b = s.budget;
  w.row([styled(L.money[lang], "header"), styled(L.amount[lang], "numberHeader")]);
  w.row([styled(L.budget[lang], "body"), num(b.budget, "money")]);
  w.row([styled(L.outcome[lang], "body"), num(b.outcome, "money")]);
  w.row([styled(L.forecast[lang], "body"), num(b.forecast, "money")]);
  w.row([styled(L.deviation[lang], "total"), num(b.deviation, "money", b.deviation < 0 ? "bad" : "good")]);
  if (b.withoutBudget > 0) w.row([styled(L.withoutBudget[lang], "body"), num(b.withoutBudget, "integer")]);
  w.merged(text(L.deviationNote[lang], "note"));
  w.gap();
}

/** Annual: the change since the previous annual period, per measure and per goal. */
export function writeChange(w: SheetWriter, s: Summary, lang: Lang): void {
  const c = s.change;
  if (c === null) return;
  w.row([styled(phrase("changeSince", lang, { period: c.previous.name }), "heading")]);
  w.row(
    [L.measure[lang], c.previous.name, s.period.name, L.change[lang]].map((h, i) =>
      styled(h, i === 0 ? "header" : "numberHeader"),
    ),
  );
  const line = (
    label: string,
    before: number | null,
    now: number | null,
    f: "integer" | "money" | "number",
  ): void => {
    const delta = before !== null && now !== null ? now - before : null;
    w.row([text(label, "body"), num(before, f), num(now, f), num(delta, f)]);
  };
  line(L.doneActivities[lang], c.done.before, c.done.now, "integer");
  line(L.outcome[lang], c.outcome.before, c.outcome.now, "money");
  line(L.metGoals[lang], c.goalsMet.before, c.goalsMet.now, "integer");
  for (const g of c.goals) line(phrase("goalValue", lang, { id: g.id }), g.before, g.now, "number");
  w.gap();
}

/** The last annual period: the whole plan's result. */
export function writeWholePlan(w: SheetWriter, s: Summary, lang: Lang): void {
  const p = s.wholePlan;
  if (p === null) return;
  w.row([styled(L.wholePlan[lang], "heading")]);
  w.row([styled(L.planPeriod[lang], "label"), date(p.start), date(p.end)]);
  w.row([styled(L.activities[lang], "label"), num(p.activities, "integer")]);
  w.row([styled(L.doneActivities[lang], "label"), num(p.done, "integer")]);
  w.row([
    styled(L.shareDone[lang], "label"),
    num(p.activities > 0 ? p.done / p.activities : null, "percent"),
  ]);
  w.row([styled(L.budget[lang], "label"), num(p.budget, "money")]);
  w.row([styled(L.outcome[lang], "label"), num(p.outcome, "money")]);
  w.row([styled(L.goals[lang], "label"), num(p.goals, "integer")]);
  w.row([styled(L.metGoals[lang], "label"), num(p.goalsMet, "integer")]);
  w.row([styled(L.goalsComparable[lang], "label"), num(p.goalsComparable, "integer")]);
  w.row([styled(L.goalsImproved[lang], "label"), num(p.goalsImproved, "integer")]);
  w.gap();
}

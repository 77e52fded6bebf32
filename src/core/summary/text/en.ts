/**
 * The summary text in English: whole sentences with the numbers, ready to paste
 * into an interim or annual report.
 */
import { formatDateLong, formatMoney, formatNumber, formatPercent } from "../../format";
import type { ActivityState, GoalAssessment, Summary } from "../summary.types";
import { capitalise, count, joinList, nameActivities, plural } from "./words";

const ONLY_ACTIVITY: Record<ActivityState, string> = {
  done: "is done",
  inProgress: "is in progress",
  delayed: "is delayed",
  notStarted: "has not started",
  cancelled: "has been cancelled",
  unreported: "has no follow-up",
};

function statePart(state: ActivityState, n: number): string {
  const c = count(n, "en");
  const be = plural(n, "is", "are");
  switch (state) {
    case "done":
      return `${c} ${be} done`;
    case "inProgress":
      return `${c} ${be} in progress`;
    case "delayed":
      return `${c} ${be} delayed`;
    case "notStarted":
      return `${c} ${plural(n, "has", "have")} not started`;
    case "cancelled":
      return `${c} ${plural(n, "has", "have")} been cancelled`;
    case "unreported":
      return `${c} ${plural(n, "has", "have")} no follow-up`;
  }
}

function activitySentences(s: Summary): string[] {
  const total = s.activities.length;
  if (total === 0) return ["The plan has no activities yet."];
  const out: string[] = [];
  const only = s.activities[0];
  if (total === 1 && only) out.push(`The plan's only activity ${ONLY_ACTIVITY[only.state]}.`);
  else {
    const done = s.byStatus.done;
    const first =
      done === 0 ? "none is done" : `${statePart("done", done)} (${formatPercent(done / total, "en")})`;
    const rest = (["inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const)
      .filter((st) => s.byStatus[st] > 0)
      .map((st) => statePart(st, s.byStatus[st]));
    out.push(`Of the plan's ${formatNumber(total, "en")} activities, ${joinList([first, ...rest], "en")}.`);
  }
  const delayed = s.activities.filter((a) => a.state === "delayed");
  if (delayed.length === 1) out.push(`The delayed activity is ${nameActivities(delayed, "en")}.`);
  if (delayed.length > 1) out.push(`The delayed activities are ${nameActivities(delayed, "en")}.`);
  const overdue = s.activities.filter((a) => a.overdue && a.state !== "delayed");
  if (overdue.length > 0) {
    const be = plural(overdue.length, "is", "are");
    out.push(`The end date has passed for ${nameActivities(overdue, "en")}, which ${be} not done.`);
  }
  const missingIds = new Set(
    s.deviations.filter((d) => d.kind === "followUpMissing").map((d) => d.activityId),
  );
  const missing = s.activities.filter((a) => missingIds.has(a.id));
  if (missing.length > 0)
    out.push(`The follow-up for ${s.period.name} is missing for ${nameActivities(missing, "en")}.`);
  return out;
}

const ASSESSED: Record<Exclude<GoalAssessment, "notAssessed">, string> = {
  met: "met",
  partlyMet: "partly met",
  notMet: "not met",
};
const WHY_NOT = "the indicator value, the target or the direction is missing";

function goalSentences(s: Summary): string[] {
  const total = s.goals.length;
  const only = s.goals[0];
  if (total === 0 || !only) return ["The plan has no goals."];
  if (total === 1) {
    if (only.assessment === "notAssessed")
      return [`The plan's only goal cannot be assessed because ${WHY_NOT}.`];
    return [`The plan's only goal is ${ASSESSED[only.assessment]}.`];
  }
  const parts = (["met", "partlyMet", "notMet"] as const)
    .filter((a) => s.byAssessment[a] > 0)
    .map((a) => {
      const n = s.byAssessment[a];
      return `${count(n, "en")} ${plural(n, "is", "are")} ${ASSESSED[a]}`;
    });
  const none = s.byAssessment.notAssessed;
  if (parts.length === 0)
    return [`None of the plan's ${formatNumber(total, "en")} goals can be assessed yet because ${WHY_NOT}.`];
  const out = [`Of the plan's ${formatNumber(total, "en")} goals, ${joinList(parts, "en")}.`];
  if (none > 0)
    out.push(
      `For ${count(none, "en")} ${plural(none, "goal", "goals")}, no assessment is possible because ${WHY_NOT}.`,
    );
  return out;
}

function deviationClause(deviation: number, currency: string): string {
  if (deviation === 0) return "which is in line with the budget";
  const sign = deviation > 0 ? "positive deviation: under budget" : "negative deviation: over budget";
  return `which gives a deviation from the budget of ${formatMoney(deviation, "en", currency)} (${sign})`;
}

function moneySentences(s: Summary): string[] {
  if (s.activities.length === 0) return [];
  const m = (v: number): string => formatMoney(v, "en", s.currency);
  const b = s.budget;
  const out = [`The budget for the activities is ${m(b.budget)}.`];
  const forecast = `the forecast for the activities' total cost is ${m(b.forecast)}, ${deviationClause(b.deviation, s.currency)}`;
  if (s.period.type === "interim") out.push(`The outcome so far is ${m(b.outcome)} and ${forecast}.`);
  else {
    const share = b.budget > 0 ? `, which is ${formatPercent(b.outcome / b.budget, "en")} of the budget` : "";
    out.push(`The outcome up to ${formatDateLong(s.period.cutoff, "en")} is ${m(b.outcome)}${share}.`);
    out.push(`${capitalise(forecast)}.`);
  }
  if (b.withoutBudget > 0) {
    const what = `${count(b.withoutBudget, "en")} ${plural(b.withoutBudget, "activity", "activities")}`;
    out.push(`The budget total counts ${what} without a budget as ${m(0)}.`);
  }
  const over = s.deviations
    .filter((d) => d.kind === "overBudget")
    .map((d) => ({ id: d.activityId, activity: d.activity }));
  if (over.length > 0)
    out.push(`The forecast or the outcome exceeds the budget for ${nameActivities(over, "en")}.`);
  return out;
}

function trend(before: number, now: number, what: string): string {
  if (before === now) return `${what} is unchanged at ${formatNumber(now, "en")}.`;
  const verb = now > before ? "risen" : "fallen";
  return `${what} has ${verb} from ${formatNumber(before, "en")} to ${formatNumber(now, "en")}.`;
}

function changeSentences(s: Summary): string[] {
  // An empty plan has nothing that could have changed.
  if (s.period.type !== "annual" || (s.activities.length === 0 && s.goals.length === 0)) return [];
  const c = s.change;
  if (c === null) return ["There is no earlier annual period to compare with."];
  const delta = c.outcome.now - c.outcome.before;
  const money =
    delta === 0
      ? "The outcome is unchanged since then."
      : `The outcome has ${delta > 0 ? "grown" : "fallen"} by ${formatMoney(Math.abs(delta), "en", s.currency)} since then.`;
  return [
    `Since ${c.previous.name}, ${trend(c.done.before, c.done.now, "the number of activities done")}`,
    money,
    trend(c.goalsMet.before, c.goalsMet.now, "The number of goals met"),
  ];
}

function wholePlanSentences(s: Summary): string[] {
  const w = s.wholePlan;
  if (w === null) return [];
  const out = ["This is the last annual report of the plan period."];
  const span = w.start && w.end ? `, ${formatDateLong(w.start, "en")} to ${formatDateLong(w.end, "en")}` : "";
  const noun = plural(w.activities, "activity", "activities");
  const verb = plural(w.done, "has", "have");
  const share = w.activities > 0 ? ` (${formatPercent(w.done / w.activities, "en")})` : "";
  out.push(
    `Over the whole plan period${span}, ${count(w.done, "en")} of ${formatNumber(w.activities, "en")} ${noun} ${verb} been carried out${share}, ` +
      `and the outcome is ${formatMoney(w.outcome, "en", s.currency)} against a total budget of ${formatMoney(w.budget, "en", s.currency)}.`,
  );
  if (w.notDone.length > 0) {
    const be = plural(w.notDone.length, "is", "are");
    out.push(`At the end of the plan period, ${nameActivities(w.notDone, "en")} ${be} not done.`);
  }
  if (w.goalsComparable > 0) {
    out.push(
      `Of the goals with both a baseline and a measured value, ${formatNumber(w.goalsImproved, "en")} of ` +
        `${formatNumber(w.goalsComparable, "en")} ${plural(w.goalsImproved, "has", "have")} moved in the intended direction since the baseline.`,
    );
  }
  return out;
}

/** The English paragraphs of the summary text, in order. */
export function paragraphsEn(s: Summary): string[] {
  const cutoff = formatDateLong(s.period.cutoff, "en");
  const kind = s.period.type === "annual" ? "annual" : "interim";
  const intro = `This ${kind} report covers the period ${s.period.name}, with the cut-off date ${cutoff}.`;
  return [
    [intro, ...activitySentences(s)],
    goalSentences(s),
    moneySentences(s),
    changeSentences(s),
    wholePlanSentences(s),
  ]
    .filter((p) => p.length > 0)
    .map((p) => p.join(" "));
}

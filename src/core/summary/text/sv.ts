/**
 * The summary text in Swedish: whole sentences with the numbers, ready to paste
 * into a delårsrapport or årsredovisning.
 */
import { formatDateLong, formatMoney, formatNumber, formatPercent } from "../../format";
import type { ActivityState, GoalAssessment, Summary } from "../summary.types";
import { capitalise, count, joinList, nameActivities, plural } from "./words";

const ONLY_ACTIVITY: Record<ActivityState, string> = {
  done: "är genomförd",
  inProgress: "pågår",
  delayed: "är försenad",
  notStarted: "har inte påbörjats",
  cancelled: "har avbrutits",
  unreported: "saknar uppföljning",
};

function statePart(state: ActivityState, n: number): string {
  const c = count(n, "sv");
  switch (state) {
    case "inProgress":
      return `${c} pågår`;
    case "delayed":
      return `${c} är ${plural(n, "försenad", "försenade")}`;
    case "notStarted":
      return `${c} har inte påbörjats`;
    case "cancelled":
      return `${c} har avbrutits`;
    case "unreported":
      return `${c} saknar uppföljning`;
    case "done":
      return `${c} ${plural(n, "genomförd", "genomförda")}`;
  }
}

function activitySentences(s: Summary): string[] {
  const total = s.activities.length;
  if (total === 0) return ["Planen har ännu inga aktiviteter."];
  const out: string[] = [];
  const only = s.activities[0];
  if (total === 1 && only) out.push(`Planens enda aktivitet ${ONLY_ACTIVITY[only.state]}.`);
  else {
    const done = s.byStatus.done;
    const first =
      done === 0
        ? "är ingen genomförd"
        : `är ${statePart("done", done)} (${formatPercent(done / total, "sv")})`;
    const rest = (["inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const)
      .filter((st) => s.byStatus[st] > 0)
      .map((st) => statePart(st, s.byStatus[st]));
    out.push(`Av planens ${formatNumber(total, "sv")} aktiviteter ${joinList([first, ...rest], "sv")}.`);
  }
  const delayed = s.activities.filter((a) => a.state === "delayed");
  if (delayed.length === 1) out.push(`Den försenade aktiviteten är ${nameActivities(delayed, "sv")}.`);
  if (delayed.length > 1) out.push(`De försenade aktiviteterna är ${nameActivities(delayed, "sv")}.`);
  const overdue = s.activities.filter((a) => a.overdue && a.state !== "delayed");
  if (overdue.length > 0) {
    const form = plural(overdue.length, "genomförd", "genomförda");
    out.push(`Slutdatumet har passerats för ${nameActivities(overdue, "sv")}, som inte är ${form}.`);
  }
  const missingIds = new Set(
    s.deviations.filter((d) => d.kind === "followUpMissing").map((d) => d.activityId),
  );
  const missing = s.activities.filter((a) => missingIds.has(a.id));
  if (missing.length > 0)
    out.push(`Uppföljning för ${s.period.name} saknas för ${nameActivities(missing, "sv")}.`);
  return out;
}

const ONLY_GOAL: Record<Exclude<GoalAssessment, "notAssessed">, string> = {
  met: "uppfyllt",
  partlyMet: "delvis uppfyllt",
  notMet: "ej uppfyllt",
};
const MANY_GOALS: Record<Exclude<GoalAssessment, "notAssessed">, string> = {
  met: "uppfyllda",
  partlyMet: "delvis uppfyllda",
  notMet: "ej uppfyllda",
};
const WHY_NOT = "indikatorvärde, målvärde eller riktning saknas";

function goalSentences(s: Summary): string[] {
  const total = s.goals.length;
  const only = s.goals[0];
  if (total === 0 || !only) return ["Planen har inga mål."];
  if (total === 1) {
    if (only.assessment === "notAssessed") return [`Planens enda mål kan inte bedömas eftersom ${WHY_NOT}.`];
    return [`Planens enda mål är ${ONLY_GOAL[only.assessment]}.`];
  }
  const parts = (["met", "partlyMet", "notMet"] as const)
    .filter((a) => s.byAssessment[a] > 0)
    .map((a) => {
      const n = s.byAssessment[a];
      return `${count(n, "sv", "neuter")} ${plural(n, ONLY_GOAL[a], MANY_GOALS[a])}`;
    });
  const none = s.byAssessment.notAssessed;
  if (parts.length === 0)
    return [`Inget av planens ${formatNumber(total, "sv")} mål kan bedömas ännu eftersom ${WHY_NOT}.`];
  const out = [`Av planens ${formatNumber(total, "sv")} mål är ${joinList(parts, "sv")}.`];
  if (none > 0)
    out.push(
      `För ${count(none, "sv", "neuter")} mål går det inte att göra någon bedömning eftersom ${WHY_NOT}.`,
    );
  return out;
}

function deviationClause(deviation: number, currency: string): string {
  if (deviation === 0) return "vilket är i nivå med budgeten";
  const sign = deviation > 0 ? "positiv avvikelse: under budget" : "negativ avvikelse: över budget";
  return `vilket ger en avvikelse mot budgeten på ${formatMoney(deviation, "sv", currency)} (${sign})`;
}

function moneySentences(s: Summary): string[] {
  if (s.activities.length === 0) return [];
  const m = (v: number): string => formatMoney(v, "sv", s.currency);
  const b = s.budget;
  const out = [`Budgeten för aktiviteterna är ${m(b.budget)}.`];
  const forecast = `prognosen för aktiviteternas totala kostnad är ${m(b.forecast)}, ${deviationClause(b.deviation, s.currency)}`;
  if (s.period.type === "interim") out.push(`Utfallet hittills är ${m(b.outcome)} och ${forecast}.`);
  else {
    const share =
      b.budget > 0 ? `, vilket motsvarar ${formatPercent(b.outcome / b.budget, "sv")} av budgeten` : "";
    out.push(`Utfallet till och med ${formatDateLong(s.period.cutoff, "sv")} är ${m(b.outcome)}${share}.`);
    out.push(`${capitalise(forecast)}.`);
  }
  if (b.withoutBudget > 0) {
    const what = `${count(b.withoutBudget, "sv")} ${plural(b.withoutBudget, "aktivitet", "aktiviteter")}`;
    out.push(`I budgetsumman räknas ${what} utan budget som ${m(0)}.`);
  }
  const over = s.deviations
    .filter((d) => d.kind === "overBudget")
    .map((d) => ({ id: d.activityId, activity: d.activity }));
  if (over.length > 0)
    out.push(`Prognosen eller utfallet överstiger budgeten för ${nameActivities(over, "sv")}.`);
  return out;
}

/** A count then and now; with `since` fronted the verb comes before the subject (V2). */
function trend(before: number, now: number, what: string, since: string | null): string {
  const from = formatNumber(before, "sv");
  const to = formatNumber(now, "sv");
  const state =
    before === now ? `oförändrat (${to})` : `${now > before ? "ökat" : "minskat"} från ${from} till ${to}`;
  const verb = before === now ? "är" : "har";
  return since === null
    ? `${capitalise(what)} ${verb} ${state}.`
    : `Sedan ${since} ${verb} ${what} ${state}.`;
}

function changeSentences(s: Summary): string[] {
  // An empty plan has nothing that could have changed.
  if (s.period.type !== "annual" || (s.activities.length === 0 && s.goals.length === 0)) return [];
  const c = s.change;
  if (c === null) return ["Det finns ingen tidigare helårsperiod att jämföra med."];
  const delta = c.outcome.now - c.outcome.before;
  const money =
    delta === 0
      ? "Utfallet är oförändrat sedan dess."
      : `Utfallet har ${delta > 0 ? "ökat" : "minskat"} med ${formatMoney(Math.abs(delta), "sv", s.currency)} sedan dess.`;
  return [
    trend(c.done.before, c.done.now, "antalet genomförda aktiviteter", c.previous.name),
    money,
    trend(c.goalsMet.before, c.goalsMet.now, "antalet uppfyllda mål", null),
  ];
}

function wholePlanSentences(s: Summary): string[] {
  const w = s.wholePlan;
  if (w === null) return [];
  const out = ["Detta är planperiodens sista årsbokslut."];
  const span = w.start && w.end ? `, ${formatDateLong(w.start, "sv")} – ${formatDateLong(w.end, "sv")},` : "";
  const noun = plural(w.activities, "aktivitet", "aktiviteter");
  const share = w.activities > 0 ? ` (${formatPercent(w.done / w.activities, "sv")})` : "";
  out.push(
    `Under hela planperioden${span} har ${count(w.done, "sv")} av ${formatNumber(w.activities, "sv")} ${noun} genomförts${share} ` +
      `och utfallet är ${formatMoney(w.outcome, "sv", s.currency)} av en total budget på ${formatMoney(w.budget, "sv", s.currency)}.`,
  );
  if (w.notDone.length > 0) {
    const form = plural(w.notDone.length, "genomförd", "genomförda");
    out.push(`Vid planperiodens slut är ${nameActivities(w.notDone, "sv")} inte ${form}.`);
  }
  if (w.goalsComparable > 0) {
    out.push(
      `Av målen med både utgångsvärde och uppmätt värde har ${formatNumber(w.goalsImproved, "sv")} av ` +
        `${formatNumber(w.goalsComparable, "sv")} utvecklats i avsedd riktning sedan utgångsläget.`,
    );
  }
  return out;
}

/** The Swedish paragraphs of the summary text, in order. */
export function paragraphsSv(s: Summary): string[] {
  const cutoff = formatDateLong(s.period.cutoff, "sv");
  const intro =
    s.period.type === "annual"
      ? `Årsbokslutet avser perioden ${s.period.name} med brytdatum ${cutoff}.`
      : `Delårsrapporten avser perioden ${s.period.name} med brytdatum ${cutoff}.`;
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

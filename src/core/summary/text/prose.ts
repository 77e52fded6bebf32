/**
 * The summary prose, written once: which sentences a summary calls for and with what
 * numbers. Each language's words are in its phrasebook (sv.ts, en.ts), whole sentences
 * with named arguments and plural forms (core/text).
 */
import { formatDateLong, formatMoney, formatPercent } from "../../language";
import type { Lang } from "../../language";
import { formatMessage, joinList } from "../../text";
import type { ActivityState, Summary } from "../summary.types";
import { chainParagraphs, type Say } from "./chainProse";
import { EN } from "./en";
import { SV } from "./sv";

/** How many activities are named before "och ytterligare N" / "and N more". */
export const NAMED_MAX = 3;

type Named = { readonly id: string; readonly activity: string | null };

/** An activity as "A3 (Utbilda chefer)", or only its ID when it has no name. */
function activityName(a: Named): string {
  const name = a.activity?.trim();
  return name ? `${a.id} (${name})` : a.id;
}

/** Activities named by ID and name, the first few, then how many more. */
function nameActivities(list: readonly Named[], say: Say, lang: Lang): string {
  const shown = list.length > NAMED_MAX + 1 ? list.slice(0, NAMED_MAX) : list;
  const names = shown.map(activityName);
  const rest = list.length - shown.length;
  if (rest > 0) names.push(say("activities.more", { n: rest }));
  return joinList(names, lang);
}

const LATER_STATES = ["inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const;

function activitySentences(s: Summary, say: Say, lang: Lang): string[] {
  const total = s.activities.length;
  if (total === 0) return [say("activities.none")];
  const names = (list: readonly Named[]): string => nameActivities(list, say, lang);
  const out: string[] = [];
  const only = s.activities[0];
  if (total === 1 && only) out.push(say(`activities.only.${only.state}`));
  else {
    const done = s.byStatus.done;
    const first =
      done === 0
        ? say("activities.noneDone")
        : say("activities.done", { n: done, share: formatPercent(done / total, lang) });
    const rest = LATER_STATES.filter((st) => s.byStatus[st] > 0).map((st: ActivityState) =>
      say(`activities.${st}`, { n: s.byStatus[st] }),
    );
    out.push(say("activities.of", { total, parts: joinList([first, ...rest], lang) }));
  }
  const delayed = s.activities.filter((a) => a.state === "delayed");
  if (delayed.length > 0)
    out.push(say("activities.delayedNamed", { n: delayed.length, names: names(delayed) }));
  const overdue = s.activities.filter((a) => a.overdue && a.state !== "delayed");
  if (overdue.length > 0) out.push(say("activities.overdue", { n: overdue.length, names: names(overdue) }));
  const missingIds = new Set(
    s.deviations.filter((d) => d.kind === "followUpMissing").map((d) => d.activityId),
  );
  const missing = s.activities.filter((a) => missingIds.has(a.id));
  if (missing.length > 0)
    out.push(say("activities.followUpMissing", { period: s.period.name, names: names(missing) }));
  return out;
}

function goalSentences(s: Summary, say: Say, lang: Lang): string[] {
  const total = s.goals.length;
  const only = s.goals[0];
  if (total === 0 || !only) return [say("goals.none")];
  if (total === 1) return [say(`goals.only.${only.assessment}`)];
  const parts = (["met", "partlyMet", "notMet"] as const)
    .filter((a) => s.byAssessment[a] > 0)
    .map((a) => say(`goals.${a}`, { n: s.byAssessment[a] }));
  const none = s.byAssessment.notAssessed;
  if (parts.length === 0) return [say("goals.noneAssessable", { total })];
  const out = [say("goals.of", { total, parts: joinList(parts, lang) })];
  if (none > 0) out.push(say("goals.notAssessed", { n: none }));
  return out;
}

function moneySentences(s: Summary, say: Say, lang: Lang): string[] {
  if (s.activities.length === 0) return [];
  const m = (v: number): string => formatMoney(v, lang, s.currency);
  const b = s.budget;
  const deviationKey = b.deviation === 0 ? "money.inLine" : b.deviation > 0 ? "money.under" : "money.over";
  const forecast = { forecast: m(b.forecast), deviation: say(deviationKey, { deviation: m(b.deviation) }) };
  const out = [say("money.budget", { budget: m(b.budget) })];
  if (s.period.type === "interim") out.push(say("money.interim", { outcome: m(b.outcome), ...forecast }));
  else {
    const hasShare = b.budget > 0 ? "yes" : "no";
    const share = b.budget > 0 ? formatPercent(b.outcome / b.budget, lang) : "";
    const cutoff = formatDateLong(s.period.cutoff, lang);
    out.push(say("money.annualOutcome", { cutoff, outcome: m(b.outcome), hasShare, share }));
    out.push(say("money.annualForecast", forecast));
  }
  if (b.withoutBudget > 0) out.push(say("money.withoutBudget", { n: b.withoutBudget, zero: m(0) }));
  const over = s.deviations
    .filter((d) => d.kind === "overBudget")
    .map((d) => ({ id: d.activityId, activity: d.activity }));
  if (over.length > 0) out.push(say("money.overBudget", { names: nameActivities(over, say, lang) }));
  return out;
}

/** "same", "up" or "down": how a figure moved since the earlier period. */
function direction(before: number, now: number): "same" | "up" | "down" {
  return before === now ? "same" : now > before ? "up" : "down";
}

function changeSentences(s: Summary, say: Say, lang: Lang): string[] {
  // An empty plan has nothing that could have changed.
  if (s.period.type !== "annual" || (s.activities.length === 0 && s.goals.length === 0)) return [];
  const c = s.change;
  if (c === null) return [say("change.none")];
  const delta = c.outcome.now - c.outcome.before;
  return [
    say(`change.done.${direction(c.done.before, c.done.now)}`, { since: c.previous.name, ...c.done }),
    say(`change.outcome.${direction(c.outcome.before, c.outcome.now)}`, {
      amount: formatMoney(Math.abs(delta), lang, s.currency),
    }),
    say(`change.goalsMet.${direction(c.goalsMet.before, c.goalsMet.now)}`, c.goalsMet),
  ];
}

function wholePlanSentences(s: Summary, say: Say, lang: Lang): string[] {
  const w = s.wholePlan;
  if (w === null) return [];
  const date = (d: string | null): string => (d ? formatDateLong(d, lang) : "");
  const out = [say("whole.last")];
  out.push(
    say("whole.overall", {
      span: w.start && w.end ? "dates" : "none",
      start: date(w.start),
      end: date(w.end),
      done: w.done,
      total: w.activities,
      hasShare: w.activities > 0 ? "yes" : "no",
      share: w.activities > 0 ? formatPercent(w.done / w.activities, lang) : "",
      outcome: formatMoney(w.outcome, lang, s.currency),
      budget: formatMoney(w.budget, lang, s.currency),
    }),
  );
  if (w.notDone.length > 0)
    out.push(say("whole.notDone", { n: w.notDone.length, names: nameActivities(w.notDone, say, lang) }));
  if (w.goalsComparable > 0)
    out.push(say("whole.goals", { improved: w.goalsImproved, comparable: w.goalsComparable }));
  return out;
}

/**
 * The paragraphs of the summary text in a language, in order.
 * @example summaryProse(summary, "sv")[0].startsWith("Delårsrapporten avser perioden Delår 2019")
 */
export function summaryProse(s: Summary, lang: Lang): string[] {
  const book = lang === "sv" ? SV : EN;
  const say: Say = (key, args = {}) => formatMessage(book[key], args, lang);
  const intro = say(s.period.type === "annual" ? "intro.annual" : "intro.interim", {
    period: s.period.name,
    cutoff: formatDateLong(s.period.cutoff, lang),
  });
  return [
    [intro, ...activitySentences(s, say, lang)],
    goalSentences(s, say, lang),
    ...chainParagraphs(s, say, lang),
    moneySentences(s, say, lang),
    changeSentences(s, say, lang),
    wholePlanSentences(s, say, lang),
  ]
    .filter((p) => p.length > 0)
    .map((p) => p.join(" "));
}

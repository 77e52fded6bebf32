/**
 * The Follow-up view's results per national sub-goal as lines of text (docs/reports.md):
 * for each sub-goal its goals by assessment, its activities by status and its
 * deviations without an action; one plain line for a sub-goal the plan does not touch;
 * then the goals without a sub-goal. From the summary's JSON, in the pane's language,
 * through the message mechanism (named arguments, plural forms by Intl.PluralRules).
 */
import type { Lang } from "../../core/language";
import type { SubGoalJson, SummaryJson } from "../../core/summary";
import { joinList, speaker, type Phrasebooks } from "../../core/text";

export type NationalGoalLine = { readonly key: string; readonly term: string; readonly detail: string };

const STATES = ["done", "inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const;
const ASSESSMENTS = ["met", "partlyMet", "notMet", "notAssessed"] as const;
type Key =
  | "goals"
  | "activities"
  | "deviations"
  | "untouched"
  | "without"
  | (typeof STATES)[number]
  | (typeof ASSESSMENTS)[number];

const BOOKS: Phrasebooks<Key> = {
  sv: {
    goals: "{n, plural, =0 {Inga mål} one {Ett mål} other {# mål}}{parts, select, none {} other {: {parts}}}",
    activities:
      "{n, plural, =0 {inga aktiviteter} one {en aktivitet} other {# aktiviteter}}{parts, select, none {} other {: {parts}}}",
    deviations:
      "{n, plural, one {en avvikelse} other {# avvikelser}}, {missing, plural, =0 {{n, plural, one {med åtgärd} other {alla med åtgärd}}} one {en utan åtgärd} other {# utan åtgärd}}",
    untouched: "Planen berör inte detta delmål.",
    without: "Utan nationellt delmål",
    done: "{n, plural, one {en genomförd} other {# genomförda}}",
    inProgress: "{n, plural, one {en pågår} other {# pågår}}",
    delayed: "{n, plural, one {en försenad} other {# försenade}}",
    notStarted: "{n, plural, one {en ej påbörjad} other {# ej påbörjade}}",
    cancelled: "{n, plural, one {en avbruten} other {# avbrutna}}",
    unreported: "{n, plural, one {en utan rapport} other {# utan rapport}}",
    met: "{n, plural, one {ett uppfyllt} other {# uppfyllda}}",
    partlyMet: "{n, plural, one {ett delvis uppfyllt} other {# delvis uppfyllda}}",
    notMet: "{n, plural, one {ett ej uppfyllt} other {# ej uppfyllda}}",
    notAssessed: "{n, plural, one {ett ej bedömt} other {# ej bedömda}}",
  },
  en: {
    goals:
      "{n, plural, =0 {No goals} one {One goal} other {# goals}}{parts, select, none {} other {: {parts}}}",
    activities:
      "{n, plural, =0 {no activities} one {one activity} other {# activities}}{parts, select, none {} other {: {parts}}}",
    deviations:
      "{n, plural, one {one deviation} other {# deviations}}, {missing, plural, =0 {{n, plural, one {with an action} other {all with an action}}} one {one without an action} other {# without an action}}",
    untouched: "The plan does not address this sub-goal.",
    without: "Without a national sub-goal",
    done: "{n, number} done",
    inProgress: "{n, number} in progress",
    delayed: "{n, number} delayed",
    notStarted: "{n, number} not started",
    cancelled: "{n, number} cancelled",
    unreported: "{n, number} unreported",
    met: "{n, number} met",
    partlyMet: "{n, number} partly met",
    notMet: "{n, number} not met",
    notAssessed: "{n, number} not assessed",
  },
};

const say = speaker(BOOKS);

function detailOf(g: SubGoalJson, lang: Lang): string {
  const list = <K extends Key>(keys: readonly K[], counts: Readonly<Record<K, number>>): string => {
    const parts = keys.filter((k) => counts[k] > 0).map((k) => say(k, lang, { n: counts[k] }));
    return parts.length === 0 ? "none" : joinList(parts, lang);
  };
  const parts = [
    say("goals", lang, { n: g.goals.length, parts: list(ASSESSMENTS, g.byAssessment) }),
    say("activities", lang, { n: g.activities.length, parts: list(STATES, g.byStatus) }),
  ];
  if (g.deviations > 0) parts.push(say("deviations", lang, { n: g.deviations, missing: g.withoutAction }));
  return parts.join("; ");
}

/** The lines, or none when the plan has no National sub-goal column. */
export function nationalGoalLines(json: SummaryJson, lang: Lang): NationalGoalLine[] {
  const part = json.nationalGoals;
  if (part === undefined) return [];
  const lines = part.subGoals.map((g) => ({
    key: String(g.number),
    term: `${g.number}. ${g.name}`,
    detail: g.touched ? detailOf(g, lang) : say("untouched", lang),
  }));
  if (part.withoutSubGoal !== null)
    lines.push({ key: "none", term: say("without", lang), detail: detailOf(part.withoutSubGoal, lang) });
  return lines;
}

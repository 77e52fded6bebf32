/**
 * The Follow-up view's results per national sub-goal as lines of text (docs/reports.md):
 * for each sub-goal its goals by assessment, its activities by status and its
 * deviations without an action; one plain line for a sub-goal the plan does not touch;
 * then the goals without a sub-goal. From the summary's JSON, in the pane's language.
 */
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/language";
import type { SubGoalJson, SummaryJson } from "../../core/summary";
import { SUMMARY_STRINGS } from "./summaryStrings";

export type NationalGoalLine = { readonly key: string; readonly term: string; readonly detail: string };

const STATES = ["done", "inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const;
const ASSESSMENTS = ["met", "partlyMet", "notMet", "notAssessed"] as const;

function detailOf(g: SubGoalJson, lang: Lang): string {
  const s = SUMMARY_STRINGS[lang];
  const n = (v: number): string => formatNumber(v, lang);
  const goals = ASSESSMENTS.filter((k) => g.byAssessment[k] > 0).map(
    (k) => `${n(g.byAssessment[k])} ${s[k]}`,
  );
  const states = STATES.filter((k) => g.byStatus[k] > 0).map((k) => `${n(g.byStatus[k])} ${s[k]}`);
  const parts = [
    `${s.goals} ${n(g.goals.length)}${goals.length > 0 ? `: ${goals.join(", ")}` : ""}`,
    `${s.activities} ${n(g.activities.length)}${states.length > 0 ? `: ${states.join(", ")}` : ""}`,
  ];
  if (g.deviations > 0)
    parts.push(`${s.deviations} ${n(g.deviations)}, ${s.withoutAction} ${n(g.withoutAction)}`);
  return parts.join(" · ");
}

/** The lines, or none when the plan has no National sub-goal column. */
export function nationalGoalLines(json: SummaryJson, lang: Lang): NationalGoalLine[] {
  const s = SUMMARY_STRINGS[lang];
  const part = json.nationalGoals;
  if (part === undefined) return [];
  const lines = part.subGoals.map((g) => ({
    key: String(g.number),
    term: `${g.number}. ${g.name}`,
    detail: g.touched ? detailOf(g, lang) : s.untouched,
  }));
  if (part.withoutSubGoal !== null)
    lines.push({ key: "none", term: s.withoutSubGoal, detail: detailOf(part.withoutSubGoal, lang) });
  return lines;
}

/**
 * The summary prose per national sub-goal (docs/reports.md), written once like prose.ts:
 * for each sub-goal the plan touches, its goals (assessment, women's and men's latest
 * values against the target, regional goal) and its activities; one sentence per
 * sub-goal the plan does not touch; the goals without a sub-goal; and every deviation
 * with its action. Empty for a plan without the National sub-goal column.
 */
import { formatNumber, formatPercent } from "../../language";
import type { Lang } from "../../language";
import { nationalGoalName } from "../../nationalGoals";
import { joinList, type MessageArgs } from "../../text";
import {
  STATE_ORDER,
  type ChainDeviation,
  type GoalSummary,
  type StatusCounts,
  type SubGoalResult,
  type Summary,
} from "../summary.types";
import type { SummaryPhrase } from "./phrases";

export type Say = (key: SummaryPhrase, args?: MessageArgs) => string;

/** The states after "done", in the order the plan's activities sentence names them (prose.ts). */
const LATER_STATES = ["inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const;

const figure = (v: number, lang: Lang): string => formatNumber(v, lang, 2);

/** A goal's assessment and latest values against its target, and its regional goal. */
function goalSentences(g: GoalSummary, regional: string | null, say: Say, lang: Lang): string[] {
  const both = g.women !== null && g.men !== null;
  const values = both ? "both" : g.total !== null ? "total" : "none";
  const gap = g.direction === "closeGap";
  const targetKind =
    g.target === null || (values === "total" && gap) ? "none" : gap && g.gap !== null ? "gap" : "level";
  const out = [
    say("chain.goal", {
      id: g.id,
      assessment: g.assessment,
      values,
      women: g.women === null ? "" : figure(g.women, lang),
      men: g.men === null ? "" : figure(g.men, lang),
      total: g.total === null ? "" : figure(g.total, lang),
      gap: g.gap === null ? "" : figure(g.gap, lang),
      targetKind,
      target: g.target === null ? "" : figure(g.target, lang),
    }),
  ];
  if (regional !== null) out.push(say("chain.regional", { id: g.id, regional }));
  return out;
}

/** "är en genomförd (50 %) och en pågår": the activities' states as clauses of activities.*. */
function stateParts(counts: StatusCounts, say: Say, lang: Lang): string {
  const total = STATE_ORDER.reduce((n, st) => n + counts[st], 0);
  const first =
    counts.done === 0
      ? say("activities.noneDone")
      : say("activities.done", { n: counts.done, share: formatPercent(counts.done / total, lang) });
  const rest = LATER_STATES.filter((st) => counts[st] > 0).map((st) =>
    say(`activities.${st}`, { n: counts[st] }),
  );
  return joinList([first, ...rest], lang);
}

function groupParagraph(r: SubGoalResult, s: Summary, say: Say, lang: Lang): string[] {
  const counts = { goals: r.goals.length, activities: r.activities.length };
  const out =
    r.number === null
      ? [say("chain.without", counts)]
      : [say("chain.subGoal", { number: r.number, name: nationalGoalName(r.number, lang), ...counts })];
  const regional = new Map(s.chain?.links.map((l) => [l.id, l.regionalGoal]) ?? []);
  for (const g of s.goals.filter((x) => r.goals.includes(x.id)))
    out.push(...goalSentences(g, regional.get(g.id) ?? null, say, lang));
  if (r.activities.length > 0) {
    const parts = stateParts(r.byStatus, say, lang);
    out.push(say(r.number === null ? "chain.activitiesWithout" : "chain.activities", { parts }));
  }
  return out;
}

/** "A2 (Lönekartläggning)", or only the ID. */
const named = (d: ChainDeviation): string => (d.name?.trim() ? `${d.id} (${d.name.trim()})` : d.id);

function deviationSentences(deviations: readonly ChainDeviation[], say: Say, lang: Lang): string[] {
  if (deviations.length === 0) return [say("chain.deviations.none")];
  const out = [say("chain.deviations.of", { n: deviations.length })];
  for (const d of deviations) {
    out.push(
      say("chain.deviation", {
        on: d.on,
        name: named(d),
        kinds: joinList(
          d.kinds.map((k) => say(`chain.kind.${k}`)),
          lang,
        ),
        hasAction: d.action === null ? "no" : d.actionInComment ? "comment" : "yes",
        // The sentence ends with its own full stop.
        action: (d.action ?? "").replace(/[.\s]+$/u, ""),
      }),
    );
  }
  const missing = deviations.filter((d) => d.action === null).length;
  if (missing > 0) out.push(say("chain.deviations.missing", { n: missing }));
  return out;
}

/** The paragraphs per national sub-goal, in order; none for a plan without the column. */
export function chainParagraphs(s: Summary, say: Say, lang: Lang): string[][] {
  const c = s.chain;
  if (c === null) return [];
  const touched = c.subGoals.filter((r) => r.goals.length > 0);
  const untouched = c.subGoals.flatMap((r) =>
    r.number !== null && r.goals.length === 0
      ? [say("chain.untouched", { number: r.number, name: nationalGoalName(r.number, lang) })]
      : [],
  );
  return [
    ...touched.map((r) => groupParagraph(r, s, say, lang)),
    untouched,
    c.withoutSubGoal === null ? [] : groupParagraph(c.withoutSubGoal, s, say, lang),
    deviationSentences(c.deviations, say, lang),
  ];
}

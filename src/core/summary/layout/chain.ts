/**
 * The summary sheet per national sub-goal (docs/reports.md): a block per sub-goal with
 * its goals (women, men, total, gap, target, assessment), their regional goals and its
 * activities; one line for a sub-goal the plan does not touch; the goals without a
 * sub-goal; then the deviations with their actions. Nothing for an older plan.
 */
import type { Lang } from "../../language";
import { nationalGoalName, type NationalGoalNumber } from "../../nationalGoals";
import type { ChainSummary, SubGoalResult, Summary } from "../summary.types";
import { writeActivities, writeGoals } from "./details";
import { chainKindsWord, L, phrase } from "./labels";
import { styled, text, type SheetWriter } from "./sheetWriter";

/** A sub-goal as a heading: "Delmål 5: Jämställd hälsa". */
export function subGoalHeading(number: NationalGoalNumber | null, lang: Lang): string {
  if (number === null) return L.withoutSubGoal[lang];
  return phrase("subGoalTitled", lang, { n: number, name: nationalGoalName(number, lang) });
}

function writeGroup(w: SheetWriter, s: Summary, c: ChainSummary, r: SubGoalResult, lang: Lang): void {
  w.row([styled(subGoalHeading(r.number, lang), "subtitle")]);
  if (r.number !== null && r.goals.length === 0) {
    // Across the sheet's width, so that the one line stays one line.
    w.merged(text(L.untouched[lang], "body"));
    w.gap();
    return;
  }
  const goals = s.goals.filter((g) => r.goals.includes(g.id));
  writeGoals(w, goals, lang);
  for (const g of goals) {
    const regional = c.links.find((l) => l.id === g.id)?.regionalGoal ?? null;
    if (regional !== null)
      w.row([styled(L.regionalGoal[lang], "label"), text(`${g.id}: ${regional}`, "body")]);
  }
  writeActivities(
    w,
    s.activities.filter((a) => r.activities.includes(a.id)),
    lang,
  );
  w.gap();
}

/** The deviating goals and activities, each with its sub-goals, who is responsible and its action. */
function writeChainDeviations(w: SheetWriter, c: ChainSummary, lang: Lang): void {
  w.row([styled(L.deviationsActions[lang], "heading")]);
  if (c.deviations.length === 0) {
    w.row([text(L.noDeviations[lang], "body")]);
    w.gap();
    return;
  }
  // The action sits in the wide last column, so that it wraps little.
  const header = [L.kind, L.goalOrActivity, L.nationalGoal, L.responsible];
  w.row([
    ...header.map((h) => styled(h[lang], "header")),
    text(null),
    text(null),
    text(null),
    styled(L.action[lang], "header"),
  ]);
  for (const d of c.deviations) {
    const action =
      d.action === null
        ? styled(L.noAction[lang], "warn")
        : text(d.actionInComment ? phrase("fromComment", lang, { action: d.action }) : d.action, "body");
    w.row([
      styled(chainKindsWord(d.kinds, lang), "bad"),
      text(d.name ? `${d.id} ${d.name}` : d.id, "body"),
      text(d.nationalGoals.join(", ") || null, "body"),
      text(d.responsible, "body"),
      text(null),
      text(null),
      text(null),
      action,
    ]);
  }
  w.gap();
}

/** The per-sub-goal part of the sheet; nothing for a plan without the National sub-goal column. */
export function writeNationalGoals(w: SheetWriter, s: Summary, lang: Lang): void {
  const c = s.chain;
  if (c === null) return;
  w.row([styled(L.nationalGoals[lang], "heading")]);
  for (const r of c.subGoals) writeGroup(w, s, c, r, lang);
  if (c.withoutSubGoal !== null) writeGroup(w, s, c, c.withoutSubGoal, lang);
  writeChainDeviations(w, c, lang);
}

/**
 * A goal's links up the chain of governance (docs/import.md "Rules"): its national
 * gender-equality sub-goals and its regional goal, from their own column or label, or
 * from a heading that is a national sub-goal ("Delmål 5: Jämställd hälsa", "Jämställd
 * hälsa"), which holds for the goals below it. A bare "Delmål 2: Fler kvinnor …" stays
 * the plan's own goal.
 */
import { isBlank } from "../cells";
import { readNationalGoalRefs, type NationalGoalNumber } from "../nationalGoals";
import { normaliseText, readNumber, readText } from "../read";
import type { ImportWarning, NotUnderstoodReason } from "./import.types";
import type { SourceField } from "./sourceRecords";

/** A goal as the import gathers it from its records. */
export type GoalDraft = {
  id: string;
  numbering: string | null;
  articles: number[];
  goal: string;
  indicator: string | null;
  target: number | null;
  nationalGoals: NationalGoalNumber[];
  /** True once the goal's own column or label gave its sub-goals (a heading's no longer count). */
  ownNational?: boolean;
  regionalGoal: string | null;
  cell: string;
};

/**
 * The sub-goals a goal line names when it is a national sub-goal heading: the line
 * (with its numbering) is wholly one or more sub-goals by name; null otherwise.
 */
export function nationalHeading(numbering: string | null, goalText: string): NationalGoalNumber[] | null {
  if (!/\p{L}{3}/u.test(goalText)) return null;
  const refs = readNationalGoalRefs(numbering ? `${numbering} ${goalText}` : goalText);
  return refs.goals.length > 0 && refs.notUnderstood.length === 0 ? refs.goals : null;
}

/** The sub-goals of a goal's own Nationellt delmål field, and what of it was not understood. */
export function nationalGoalsOf(field: SourceField | undefined): {
  goals: NationalGoalNumber[];
  notUnderstood: boolean;
} {
  if (!field) return { goals: [], notUnderstood: false };
  const refs = readNationalGoalRefs(field.value);
  return { goals: refs.goals, notUnderstood: refs.notUnderstood.length > 0 };
}

/** A goal's regional goal from its field, or null. */
export function regionalGoalOf(field: SourceField | undefined): string | null {
  return field ? readText(field.value) : null;
}

/** The first indicator and target given on a goal's records; a later, different one is a warning. */
export function addGoalDetails(
  goal: GoalDraft,
  indicator: SourceField | undefined,
  target: SourceField | undefined,
  warnings: ImportWarning[],
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): void {
  const ind = indicator ? readText(indicator.value) : null;
  if (indicator && ind !== null) {
    if (goal.indicator === null) goal.indicator = ind;
    else if (normaliseText(goal.indicator) !== normaliseText(ind)) {
      warnings.push({ code: "GOAL_DETAIL_DIFFERS", cell: indicator.cell, text: ind });
    }
  }
  if (!target || isBlank(target.value)) return;
  const n = readNumber(target.value);
  if (!n.ok) list(target.cell, n.text, "target");
  else if (n.value !== null) {
    if (goal.target === null) goal.target = n.value;
    else if (goal.target !== n.value)
      warnings.push({ code: "GOAL_DETAIL_DIFFERS", cell: target.cell, text: String(n.value) });
  }
}

/** A goal's own sub-goals (they replace those of a heading above) and regional goal; the first given wins. */
export function addGoalLinks(
  goal: GoalDraft,
  nationalField: SourceField | undefined,
  regionalField: SourceField | undefined,
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): void {
  const own = nationalGoalsOf(nationalField);
  if (nationalField && own.notUnderstood)
    list(nationalField.cell, readText(nationalField.value) ?? "", "nationalGoal");
  if (own.goals.length > 0 && !goal.ownNational) {
    goal.nationalGoals = own.goals;
    goal.ownNational = true;
  }
  goal.regionalGoal ??= regionalGoalOf(regionalField);
}

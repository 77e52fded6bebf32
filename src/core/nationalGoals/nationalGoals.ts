/**
 * Sweden's national gender-equality sub-goals (jämställdhetspolitiska delmål) as data
 * (docs/domain.md "The national gender-equality sub-goals"): the six in force since
 * 2017, the four of 2006–2016 and how they map, and OUR proposal of which sub-goal a
 * Charter article serves — a proposal of this product, not a source.
 */
import type { Lang } from "../language";

export type NationalGoalNumber = 1 | 2 | 3 | 4 | 5 | 6;

export type NationalGoal = {
  readonly number: NationalGoalNumber;
  readonly sv: string;
  readonly en: string;
};

/** Where the six sub-goals and the old numbering come from. */
export const NATIONAL_GOALS_SOURCE =
  "Regeringen, Mer om jämställdhetspolitikens mål (regeringen.se, 2017): six sub-goals since 2017, four from 2006 to 2016.";

/** The six sub-goals since 2017, in the government's order and wording. */
export const NATIONAL_GOALS: readonly NationalGoal[] = [
  { number: 1, sv: "En jämn fördelning av makt och inflytande", en: "Equal division of power and influence" },
  { number: 2, sv: "Ekonomisk jämställdhet", en: "Economic equality" },
  { number: 3, sv: "Jämställd utbildning", en: "Equal education" },
  {
    number: 4,
    sv: "Jämn fördelning av det obetalda hem- och omsorgsarbetet",
    en: "Equal distribution of unpaid housework and provision of care",
  },
  { number: 5, sv: "Jämställd hälsa", en: "Equal health" },
  { number: 6, sv: "Mäns våld mot kvinnor ska upphöra", en: "Men's violence against women must stop" },
];

/**
 * The four sub-goals of 2006–2016 by their old number, as the sub-goal of today with
 * the same content: old 3 (unpaid housework and care) is 4 today, old 4 (men's violence
 * against women) is 6.
 */
export const OLD_NATIONAL_GOALS: readonly { readonly written: number; readonly now: NationalGoalNumber }[] = [
  { written: 1, now: 1 },
  { written: 2, now: 2 },
  { written: 3, now: 4 },
  { written: 4, now: 6 },
];

/**
 * OUR proposal (not a source) of the sub-goal a Charter article serves, for articles
 * whose link is plain; articles 1–30 are the same in the 2006 and 2022 texts. The
 * others get no proposal.
 */
export const ARTICLE_PROPOSALS: Readonly<Record<number, NationalGoalNumber>> = {
  2: 1, // political representation → power and influence
  3: 1, // participation in political and civic life
  11: 2, // the employer role → economic equality
  13: 3, // education and lifelong learning
  14: 5, // health
  15: 4, // social care and services → unpaid care
  16: 4, // childcare
  17: 4, // care of other dependants
  21: 6, // safety and security → men's violence against women
  22: 6, // gender-based violence
  23: 6, // human trafficking
  27: 2, // economic development
};

/** True for 1–6. */
export function isNationalGoalNumber(n: number): n is NationalGoalNumber {
  return Number.isInteger(n) && n >= 1 && n <= 6;
}

/** A sub-goal's name. @example nationalGoalName(5, "sv") === "Jämställd hälsa" */
export function nationalGoalName(n: NationalGoalNumber, lang: Lang): string {
  const goal = NATIONAL_GOALS.find((g) => g.number === n);
  if (!goal) throw new Error(`Unknown national sub-goal ${String(n)}`);
  return goal[lang];
}

/** Today's number of an old (2006–2016) number, or null. */
export function oldNationalGoal(written: number): NationalGoalNumber | null {
  return OLD_NATIONAL_GOALS.find((o) => o.written === written)?.now ?? null;
}

/**
 * The sub-goals our table proposes for a goal's articles, sorted and once each.
 * @example proposeNationalGoals([22, 2, 14, 5]) → [1, 5, 6]
 */
export function proposeNationalGoals(articles: readonly number[]): NationalGoalNumber[] {
  const out = new Set<NationalGoalNumber>();
  for (const a of articles) {
    const goal = ARTICLE_PROPOSALS[a];
    if (goal !== undefined) out.add(goal);
  }
  return [...out].sort((a, b) => a - b);
}

/** Sub-goal numbers as a cell writes them. @example nationalGoalsCell([1, 5]) === "1, 5" */
export function nationalGoalsCell(goals: readonly NationalGoalNumber[]): string {
  return goals.join(", ");
}

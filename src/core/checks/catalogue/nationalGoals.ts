/** The finding catalogue (docs/findings.md): goals and the national gender-equality sub-goals. */
import type { Lang } from "../../language";
import { nationalGoalName, type NationalGoalNumber } from "../../nationalGoals";
import { joinList } from "../../text";
import { entry, place, type RowPlace } from "./entry";

/** "2 (Ekonomisk jämställdhet) och 5 (Jämställd hälsa)" / "2 (Economic equality) and 5 (…)" */
const named = (goals: readonly NationalGoalNumber[], lang: Lang): string =>
  joinList(
    goals.map((g) => `${g} (${nationalGoalName(g, lang)})`),
    lang,
  );

type GoalText = RowPlace & { readonly header: string; readonly text: string };
type OldNumbering = RowPlace & { readonly written: number; readonly read: NationalGoalNumber };
type NoGoal = RowPlace & {
  readonly header: string;
  readonly articles: readonly number[];
  readonly proposal: readonly NationalGoalNumber[];
};

export const NATIONAL_GOALS = {
  NATIONAL_GOAL_UNKNOWN: entry(
    "warning",
    {
      sv: "En cell i «Nationellt delmål» nämner inget av de sex delmålen.",
      en: "A «National sub-goal» cell names none of the six sub-goals.",
    },
    (a: GoalText) => ({ ...place(a), header: a.header, text: a.text }),
  ),
  NATIONAL_GOAL_OLD_NUMBERING: entry(
    "warning",
    {
      sv: "Ett nationellt delmål är skrivet med numreringen från före 2017.",
      en: "A national sub-goal is written in the numbering used before 2017.",
    },
    (a: OldNumbering, lang) => ({
      ...place(a),
      written: a.written,
      read: a.read,
      name: nationalGoalName(a.read, lang),
    }),
  ),
  NATIONAL_GOAL_NONE: entry(
    "info",
    {
      sv: "Ett mål är inte kopplat till något nationellt delmål.",
      en: "A goal is not linked to a national sub-goal.",
    },
    (a: NoGoal, lang) => ({
      ...place(a),
      header: a.header,
      n: a.proposal.length,
      proposal: named(a.proposal, lang),
    }),
  ),
};

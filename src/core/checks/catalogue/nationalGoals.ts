/** The finding catalogue (docs/findings.md): goals and the national gender-equality sub-goals. */
import type { Lang } from "../../language";
import { nationalGoalName, type NationalGoalNumber } from "../../nationalGoals";
import { formatMessage, joinList } from "../../text";
import { entry, where, type RowPlace } from "./entry";

/** "delmål 2 (Ekonomisk jämställdhet) och 5 (Jämställd hälsa)" / "sub-goals 2 (Economic equality) and 5 …" */
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

const SV_NONE =
  "Målet på {where} är inte kopplat till något nationellt jämställdhetspolitiskt delmål; {n, plural, =0 {välj ett eller flera av de sex delmålen i «{header}».} other {utifrån artiklarna föreslår tillägget {proposal}, skriv in det i «{header}» eller välj ett annat.}}";
const EN_NONE =
  "The goal on {where} is not linked to a national gender-equality sub-goal; {n, plural, =0 {choose one or more of the six sub-goals in «{header}».} other {from its articles the add-in proposes {proposal}; write it in «{header}» or choose another.}}";

export const NATIONAL_GOALS = {
  NATIONAL_GOAL_UNKNOWN: entry(
    "warning",
    {
      sv: "En cell i «Nationellt delmål» nämner inget av de sex delmålen.",
      en: "A «National sub-goal» cell names none of the six sub-goals.",
    },
    {
      sv: (a: GoalText) =>
        formatMessage(
          "«{text}» i «{header}» på {where} är inget av de sex nationella delmålen; skriv delmålets nummer 1–6 eller dess namn, till exempel «5» eller «Jämställd hälsa».",
          { text: a.text, header: a.header, where: where(a, "sv") },
          "sv",
        ),
      en: (a) =>
        formatMessage(
          "«{text}» in «{header}» on {where} is none of the six national sub-goals; write the sub-goal's number 1–6 or its name, for example «5» or «Equal health».",
          { text: a.text, header: a.header, where: where(a, "en") },
          "en",
        ),
    },
  ),
  NATIONAL_GOAL_OLD_NUMBERING: entry(
    "warning",
    {
      sv: "Ett nationellt delmål är skrivet med numreringen från före 2017.",
      en: "A national sub-goal is written in the numbering used before 2017.",
    },
    {
      sv: (a: OldNumbering) =>
        formatMessage(
          "På {where} står delmål {written} med namnet från numreringen 2006–2016; det lästes som delmål {read} ({name}), skriv {read}.",
          { where: where(a, "sv"), written: a.written, read: a.read, name: nationalGoalName(a.read, "sv") },
          "sv",
        ),
      en: (a) =>
        formatMessage(
          "On {where}, sub-goal {written} is written with its name from the 2006–2016 numbering; it was read as sub-goal {read} ({name}); write {read}.",
          { where: where(a, "en"), written: a.written, read: a.read, name: nationalGoalName(a.read, "en") },
          "en",
        ),
    },
  ),
  NATIONAL_GOAL_NONE: entry(
    "info",
    {
      sv: "Ett mål är inte kopplat till något nationellt delmål.",
      en: "A goal is not linked to a national sub-goal.",
    },
    {
      sv: (a: NoGoal) =>
        formatMessage(
          SV_NONE,
          {
            where: where(a, "sv"),
            header: a.header,
            n: a.proposal.length,
            proposal: `${a.proposal.length === 1 ? "delmål" : "delmålen"} ${named(a.proposal, "sv")}`,
          },
          "sv",
        ),
      en: (a) =>
        formatMessage(
          EN_NONE,
          {
            where: where(a, "en"),
            header: a.header,
            n: a.proposal.length,
            proposal: `${a.proposal.length === 1 ? "sub-goal" : "sub-goals"} ${named(a.proposal, "en")}`,
          },
          "en",
        ),
    },
  ),
};

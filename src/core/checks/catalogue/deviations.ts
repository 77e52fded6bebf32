/** The finding catalogue (docs/findings.md): deviations and their actions (åtgärd vid avvikelse). */
import type { ActivityDeviationKind, IndicatorDeviationKind } from "../../deviation";
import type { Lang } from "../../language";
import { formatMessage, joinList } from "../../text";
import { entry } from "./entry";

type Kind = ActivityDeviationKind | IndicatorDeviationKind;

const WORDS: Readonly<Record<Kind, { readonly sv: string; readonly en: string }>> = {
  delayed: { sv: "försenad", en: "delayed" },
  overdue: { sv: "inte klar fast slutdatumet har passerat", en: "not done although its end date has passed" },
  overBudget: { sv: "över budget", en: "over budget" },
  notMet: { sv: "inte uppfyllt", en: "not met" },
  worseThanBaseline: { sv: "sämre än utgångsvärdet", en: "worse than the baseline" },
};

/** An activity's follow-up row, or a goal's indicator row, with its deviations at a period. */
type ActionMissing = {
  readonly of: "activity" | "goal";
  readonly id: string;
  readonly period: string;
  readonly deviations: readonly Kind[];
  /** The Åtgärd column's header. */
  readonly header: string;
};

const kinds = (a: ActionMissing, lang: Lang): string =>
  joinList(
    a.deviations.map((k) => WORDS[k][lang]),
    lang,
  );

export const DEVIATIONS = {
  DEVIATION_ACTION_MISSING: entry(
    "warning",
    {
      sv: "En avvikelse saknar åtgärd.",
      en: "A deviation has no action.",
    },
    {
      sv: (a: ActionMissing) =>
        formatMessage(
          "{of, select, goal {Målet} other {Aktiviteten}} {id} är {kinds} vid {period} men ingen åtgärd anges; skriv i «{header}» vad som ska göras.",
          { of: a.of, id: a.id, period: a.period, kinds: kinds(a, "sv"), header: a.header },
          "sv",
        ),
      en: (a) =>
        formatMessage(
          "{of, select, goal {Goal} other {Activity}} {id} is {kinds} at {period} but no action is given; write in «{header}» what will be done.",
          { of: a.of, id: a.id, period: a.period, kinds: kinds(a, "en"), header: a.header },
          "en",
        ),
    },
  ),
};

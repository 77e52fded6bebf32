/** The finding catalogue (docs/findings.md): deviations and their actions (åtgärd vid avvikelse). */
import type { ActivityDeviationKind, IndicatorDeviationKind } from "../../deviation";
import type { Lang } from "../../language";
import { joinList, speaker, type Phrasebooks } from "../../text";
import { entry } from "./entry";

type Kind = ActivityDeviationKind | IndicatorDeviationKind;

/** A deviation as the message's {kinds} lists it ("försenad och över budget"). */
const KINDS: Phrasebooks<Kind> = {
  sv: {
    delayed: "försenad",
    overdue: "inte klar fast slutdatumet har passerat",
    overBudget: "över budget",
    notMet: "inte uppfyllt",
    worseThanBaseline: "sämre än utgångsvärdet",
  },
  en: {
    delayed: "delayed",
    overdue: "not done although its end date has passed",
    overBudget: "over budget",
    notMet: "not met",
    worseThanBaseline: "worse than the baseline",
  },
};

const kind = speaker(KINDS);

/** An activity's follow-up row, or a goal's indicator row, with its deviations at a period. */
type ActionMissing = {
  readonly of: "activity" | "goal";
  readonly id: string;
  readonly period: string;
  readonly deviations: readonly Kind[];
  /** The Åtgärd column's header. */
  readonly header: string;
};

export const DEVIATIONS = {
  DEVIATION_ACTION_MISSING: entry(
    "warning",
    {
      sv: "En avvikelse saknar åtgärd.",
      en: "A deviation has no action.",
    },
    (a: ActionMissing, lang: Lang) => ({
      of: a.of,
      id: a.id,
      period: a.period,
      kinds: joinList(
        a.deviations.map((k) => kind(k, lang)),
        lang,
      ),
      header: a.header,
    }),
  ),
};

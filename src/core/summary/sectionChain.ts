/**
 * The report section per national sub-goal (section.ts, docs/reports.md): one table of
 * the six sub-goals (and the goals without one) with their goals, activities, results
 * and deviations, one table of the goals under each with women's and men's latest
 * values against the target, and the deviations with their actions. Nothing for a plan
 * without the National sub-goal column.
 */
import { formatNumber } from "../language";
import type { Lang } from "../language";
import { subGoalHeading } from "./layout/chain";
import { assessmentWord, chainKindsWord, L, phrase } from "./layout/labels";
import type { SectionBlock, SectionCell } from "./section.types";
import type { ChainSummary, SubGoalResult, Summary } from "./summary.types";

const WORDS = {
  perSubGoal: { sv: "Resultat per nationellt delmål", en: "Results per national sub-goal" },
  goalsPerSubGoal: { sv: "Mål per nationellt delmål", en: "Goals per national sub-goal" },
  done: { sv: "Genomförda", en: "Done" },
  met: { sv: "Uppfyllda mål", en: "Goals met" },
  withoutAction: { sv: "Utan åtgärd", en: "Without an action" },
} as const;

type Table = (title: string, header: readonly string[], rows: readonly (readonly SectionCell[])[]) => void;

const textCell = (text: string | null): SectionCell => ({ text: text ?? "", figure: false });

function overviewRow(r: SubGoalResult, lang: Lang): SectionCell[] {
  const n = (v: number): SectionCell => ({ text: formatNumber(v, lang), figure: true });
  const name = textCell(subGoalHeading(r.number, lang));
  // A sub-goal the plan does not touch is said plainly, with no zeros that read as a failure.
  if (r.number !== null && r.goals.length === 0)
    return [name, textCell(L.untouched[lang]), ...Array.from({ length: 5 }, () => textCell(null))];
  const done = r.byStatus.done;
  return [
    name,
    n(r.goals.length),
    n(r.activities.length),
    n(done),
    n(r.byAssessment.met),
    n(r.deviations),
    n(r.withoutAction),
  ];
}

function goalRows(s: Summary, c: ChainSummary, lang: Lang): SectionCell[][] {
  const number = (v: number | null): SectionCell => ({
    text: v === null ? "" : formatNumber(v, lang, 2),
    figure: true,
  });
  const groups = [...c.subGoals, ...(c.withoutSubGoal ? [c.withoutSubGoal] : [])];
  return groups.flatMap((r) =>
    s.goals
      .filter((g) => r.goals.includes(g.id))
      .map((g) => {
        const word = assessmentWord(g.assessment, lang);
        return [
          textCell(r.number === null ? L.withoutSubGoal[lang] : String(r.number)),
          textCell(g.id),
          textCell(g.goal ?? g.indicator),
          number(g.women),
          number(g.men),
          number(g.target),
          textCell(g.assessmentSource === "manual" ? phrase("manual", lang, { assessment: word }) : word),
        ];
      }),
  );
}

/** The section's blocks per national sub-goal; `table` numbers and adds a table. */
export function chainBlocks(s: Summary, lang: Lang, table: Table, blocks: SectionBlock[]): void {
  const c = s.chain;
  if (c === null) return;
  blocks.push({ kind: "heading", level: 2, text: L.nationalGoals[lang] });
  const groups = [...c.subGoals, ...(c.withoutSubGoal ? [c.withoutSubGoal] : [])];
  table(
    WORDS.perSubGoal[lang],
    [
      L.nationalGoal[lang],
      L.goals[lang],
      L.activities[lang],
      WORDS.done[lang],
      WORDS.met[lang],
      L.deviations[lang],
      WORDS.withoutAction[lang],
    ],
    groups.map((r) => overviewRow(r, lang)),
  );
  const goals = goalRows(s, c, lang);
  if (goals.length > 0)
    table(
      WORDS.goalsPerSubGoal[lang],
      [
        L.subGoal[lang],
        L.goalId[lang],
        L.goal[lang],
        L.women[lang],
        L.men[lang],
        L.target[lang],
        L.assessment[lang],
      ],
      goals,
    );
  blocks.push({ kind: "heading", level: 2, text: L.deviationsActions[lang] });
  if (c.deviations.length === 0) {
    blocks.push({ kind: "paragraph", text: L.noDeviations[lang] });
    return;
  }
  table(
    L.deviationsActions[lang],
    [L.kind[lang], L.goalOrActivity[lang], L.nationalGoal[lang], L.responsible[lang], L.action[lang]],
    c.deviations.map((d) => [
      textCell(chainKindsWord(d.kinds, lang)),
      textCell(d.name ? `${d.id} ${d.name}` : d.id),
      textCell(d.nationalGoals.join(", ")),
      textCell(d.responsible),
      textCell(
        d.action === null
          ? L.noAction[lang]
          : d.actionInComment
            ? phrase("fromComment", lang, { action: d.action })
            : d.action,
      ),
    ]),
  );
}

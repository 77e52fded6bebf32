/**
 * The follow-up summary as a section of the annual or interim report, described
 * without any file format: headings, the ready text paragraph by paragraph, tables
 * (each with a header row and a caption) and the charts with their figures.
 * The Word writer (src/workbook/docx) and any other renderer draw this; the words
 * and figures are the summary sheet's, so the section and the sheet agree.
 */
import { formatDateLong, formatMoney, formatNumber, formatPercent } from "../language";
import type { Lang } from "../language";
import { headingOf } from "./layout/details";
import { assessmentWord, deviationWord, L, phrase, stateWord } from "./layout/labels";
import { chainBlocks } from "./sectionChain";
import { sectionCharts } from "./sectionCharts";
import type { ReportSection, SectionBlock, SectionCell } from "./section.types";

export type { ReportSection, SectionBlock, SectionCell, SectionChart, SectionTable } from "./section.types";
import { summaryParagraphs } from "./summaryText";
import { ASSESSMENT_ORDER, STATE_ORDER, type Summary } from "./summary.types";

const CAPTION = {
  table: { sv: "Tabell", en: "Table" },
  figure: { sv: "Figur", en: "Figure" },
  activitiesDone: { sv: "Genomförda", en: "Done" },
  resultsPerArticle: { sv: "Resultat per artikel", en: "Results per article" },
  goalFulfilment: { sv: "Måluppfyllelse", en: "Goal fulfilment" },
  budgetOutcomeForecast: { sv: "Budget, utfall och prognos", en: "Budget, outcome and forecast" },
} as const;

const figureCell = (text: string): SectionCell => ({ text, figure: true });
const textCell = (text: string | null): SectionCell => ({ text: text ?? "", figure: false });

/** The blocks written so far, and how the parts add theirs (tables numbered in order). */
type Builder = {
  readonly blocks: SectionBlock[];
  readonly heading: (text: string) => void;
  readonly table: (
    title: string,
    header: readonly string[],
    rows: readonly (readonly SectionCell[])[],
  ) => void;
  readonly money: (v: number | null) => SectionCell;
  readonly number: (v: number | null) => SectionCell;
};

function builder(s: Summary, lang: Lang): Builder {
  const blocks: SectionBlock[] = [];
  let tables = 0;
  return {
    blocks,
    heading: (text) => void blocks.push({ kind: "heading", level: 2, text }),
    table: (title, header, rows) => {
      tables++;
      blocks.push({
        kind: "table",
        caption: phrase("tableCaption", lang, { n: tables, title }),
        header,
        rows,
      });
    },
    money: (v) => figureCell(v === null ? "" : formatMoney(v, lang, s.currency)),
    number: (v) => figureCell(v === null ? "" : formatNumber(v, lang, 2)),
  };
}

/** Activities by status and goals by assessment. */
function keyFigureTables({ heading, table }: Builder, s: Summary, lang: Lang): void {
  heading(L.keyFigures[lang]);
  const total = s.activities.length;
  table(
    phrase("keyFiguresActivities", lang),
    [L.status[lang], L.count[lang], L.share[lang]],
    [
      ...STATE_ORDER.map((st) => [
        textCell(stateWord(st, lang)),
        figureCell(formatNumber(s.byStatus[st], lang)),
        figureCell(total > 0 ? formatPercent(s.byStatus[st] / total, lang) : ""),
      ]),
      [
        textCell(L.total[lang]),
        figureCell(formatNumber(total, lang)),
        figureCell(total > 0 ? formatPercent(1, lang) : ""),
      ],
    ],
  );
  table(
    phrase("keyFiguresGoals", lang),
    [L.assessment[lang], L.count[lang]],
    [
      ...ASSESSMENT_ORDER.map((a) => [
        textCell(assessmentWord(a, lang)),
        figureCell(formatNumber(s.byAssessment[a], lang)),
      ]),
      [textCell(L.total[lang]), figureCell(formatNumber(s.goals.length, lang))],
    ],
  );
}

/** The results per article and the goals' fulfilment. */
function articleTables({ heading, table, money, number }: Builder, s: Summary, lang: Lang): void {
  heading(CAPTION.resultsPerArticle[lang]);
  table(
    CAPTION.resultsPerArticle[lang],
    [
      L.article[lang],
      L.goals[lang],
      L.activities[lang],
      CAPTION.activitiesDone[lang],
      L.budget[lang],
      L.outcome[lang],
      L.forecast[lang],
    ],
    s.articles.map((a) => [
      textCell(
        a.prioritised
          ? headingOf(a.article, a.title, lang)
          : phrase("notPrioritised", lang, { heading: headingOf(a.article, a.title, lang) }),
      ),
      figureCell(formatNumber(a.goals, lang)),
      figureCell(formatNumber(a.activities, lang)),
      figureCell(formatNumber(a.byStatus.done, lang)),
      money(a.budget),
      money(a.outcome),
      money(a.forecast),
    ]),
  );

  heading(CAPTION.goalFulfilment[lang]);
  table(
    CAPTION.goalFulfilment[lang],
    [
      L.goalId[lang],
      L.goal[lang],
      L.women[lang],
      L.men[lang],
      L.total[lang],
      L.target[lang],
      L.assessment[lang],
    ],
    s.goals.map((g) => {
      const word = assessmentWord(g.assessment, lang);
      return [
        textCell(g.id),
        textCell(g.goal ?? g.indicator),
        number(g.women),
        number(g.men),
        number(g.total),
        number(g.target),
        textCell(g.assessmentSource === "manual" ? phrase("manual", lang, { assessment: word }) : word),
      ];
    }),
  );
}

/** Budget, outcome and forecast, and the deviations. */
function moneyTables({ blocks, heading, table, money }: Builder, s: Summary, lang: Lang): void {
  heading(CAPTION.budgetOutcomeForecast[lang]);
  const b = s.budget;
  table(
    CAPTION.budgetOutcomeForecast[lang],
    [L.measure[lang], L.amount[lang]],
    [
      [textCell(L.budget[lang]), money(b.budget)],
      [textCell(L.outcome[lang]), money(b.outcome)],
      [textCell(L.forecast[lang]), money(b.forecast)],
      [textCell(L.deviation[lang]), money(b.deviation)],
      ...(b.withoutBudget > 0
        ? [[textCell(L.withoutBudget[lang]), figureCell(formatNumber(b.withoutBudget, lang))]]
        : []),
    ],
  );
  blocks.push({ kind: "paragraph", text: L.deviationNote[lang] });

  heading(L.deviations[lang]);
  if (s.deviations.length === 0) blocks.push({ kind: "paragraph", text: L.noDeviations[lang] });
  else
    table(
      L.deviations[lang],
      [
        L.kind[lang],
        L.activity[lang],
        L.responsible[lang],
        L.end[lang],
        L.budget[lang],
        L.outcome[lang],
        L.forecast[lang],
      ],
      s.deviations.map((d) => [
        textCell(deviationWord(d.kind, lang)),
        textCell(d.activity ? `${d.activityId} ${d.activity}` : d.activityId),
        textCell(d.responsible),
        textCell(d.end === null ? null : formatDateLong(d.end, lang)),
        money(d.budget),
        money(d.outcome),
        money(d.forecast),
      ]),
    );
}

/** The report section of a summary in the given language. */
export function reportSection(s: Summary, lang: Lang): ReportSection {
  const b = builder(s, lang);
  const { blocks, heading } = b;
  const named = phrase(s.period.type === "annual" ? "titleAnnual" : "titleInterim", lang, {
    period: s.period.name,
  });
  const title =
    s.period.cutoff === null
      ? named
      : phrase("titleWithCutoff", lang, { title: named, cutoff: formatDateLong(s.period.cutoff, lang) });
  blocks.push({ kind: "heading", level: 1, text: title });
  blocks.push({ kind: "paragraph", text: L.subtitle[lang] });

  heading(L.text[lang]);
  for (const p of summaryParagraphs(s, lang)) blocks.push({ kind: "paragraph", text: p });

  keyFigureTables(b, s, lang);
  articleTables(b, s, lang);
  moneyTables(b, s, lang);
  chainBlocks(s, lang, b.table, blocks);

  const charts = sectionCharts(s, lang);
  let figures = 0;
  if (charts.length > 0) {
    heading(L.charts[lang]);
    for (const c of charts) {
      figures++;
      blocks.push({ ...c, caption: phrase("figureCaption", lang, { n: figures, title: c.title }) });
    }
  }
  return { lang, title, blocks };
}

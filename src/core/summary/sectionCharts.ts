/**
 * The report section's charts (section.ts): the summary sheet's charts, from the
 * same figures as the sheet and the pane (summaryChartData), each with its text alternative.
 */
import { formatNumber } from "../language";
import type { Lang } from "../language";
import type { LayoutChart } from "../sheetLayout";
import { seriesFill } from "../style";
import { summaryChartData } from "./chartData";
import { assessmentWord, L, phrase, stateWord } from "./layout/labels";
import type { SectionChart } from "./section.types";
import type { Summary } from "./summary.types";

type ChartRows = readonly (readonly [string, ...(number | null)[]])[];

/** A chart's text alternative: its title, then each group's figures in words. */
function altText(title: string, header: readonly string[], rows: ChartRows, lang: Lang): string {
  return phrase("chartAlt", lang, {
    title,
    groups: rows
      .map(([category, ...vals]) =>
        phrase("chartGroup", lang, {
          category,
          figures: vals
            .map((v, i) =>
              phrase("chartFigure", lang, {
                series: header[i + 1] ?? "",
                value: v === null ? "–" : formatNumber(v, lang, 2),
              }),
            )
            .join(", "),
        }),
      )
      .join("; "),
  });
}

/** The summary sheet's charts (those with data), from the same figures as the sheet and the pane. */
export function sectionCharts(s: Summary, lang: Lang): Omit<SectionChart, "caption">[] {
  const f = summaryChartData(s);
  const article = (n: number): string => phrase("articleShort", lang, { n });
  const chart = (
    type: LayoutChart["type"],
    title: string,
    header: readonly string[],
    rows: ChartRows,
    colours: LayoutChart["colours"],
  ): Omit<SectionChart, "caption"> => ({
    kind: "chart",
    type,
    title,
    header,
    rows,
    alt: altText(title, header, rows, lang),
    colours,
  });
  const out: Omit<SectionChart, "caption">[] = [];
  if (f.status.length > 0) {
    out.push(
      chart(
        "columnStacked",
        L.chartStatus[lang],
        [L.article[lang], ...f.states.map((st) => stateWord(st, lang))],
        f.status.map((a) => [article(a.article), ...f.states.map((st) => a.counts[st])]),
        f.states.map(seriesFill),
      ),
      chart(
        "columnClustered",
        L.chartBudget[lang],
        [L.article[lang], L.budget[lang], L.outcome[lang]],
        f.money.map((a) => [article(a.article), a.budget, a.outcome]),
        [seriesFill("budget"), seriesFill("outcome")],
      ),
    );
  }
  if (f.gender.length > 0) {
    out.push(
      chart(
        "barClustered",
        L.chartGender[lang],
        [L.goal[lang], L.women[lang], L.men[lang]],
        f.gender.map((g) => [g.goalId, g.women, g.men]),
        [seriesFill("women"), seriesFill("men")],
      ),
    );
  }
  if (f.subGoals.length > 0) {
    out.push(
      chart(
        "columnStacked",
        L.chartSubGoals[lang],
        [L.nationalGoal[lang], ...f.assessments.map((a) => assessmentWord(a, lang))],
        f.subGoals.map((g) => [
          g.number === null ? L.withoutSubGoal[lang] : phrase("subGoal", lang, { n: g.number }),
          ...f.assessments.map((a) => g.counts[a]),
        ]),
        f.assessments.map(seriesFill),
      ),
    );
  }
  return out;
}

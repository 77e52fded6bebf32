/**
 * The charts of the summary sheet, each drawn from a well-formed Excel table placed
 * just below it: status per article, budget against outcome per article, women and
 * men per goal, and (with the National sub-goal column) goals by assessment per sub-goal.
 */
import type { Lang } from "../../language";
import type { LayoutCell, LayoutChart } from "../../sheetLayout";
import { summaryChartData, type SummaryChartData } from "../chartData";
import type { Summary } from "../summary.types";
import { seriesFill } from "../../style";
import { assessmentWord, L, phrase, stateWord } from "./labels";
import { num, styled, text, type SheetWriter } from "./sheetWriter";

type ChartTable = { name: string; header: readonly string[]; rows: readonly (readonly LayoutCell[])[] };

/** Rows a chart takes on the sheet. */
const CHART_HEIGHT = 16;

/**
 * Rows the women-and-men chart takes: two bars per goal need room, so it grows with
 * the goals (two rows each, beside the title, axis and legend), up to what a printed
 * page holds below the title rows.
 */
const genderChartHeight = (goals: number): number => Math.min(30, Math.max(CHART_HEIGHT, 6 + 2 * goals));

/** Letters and digits of a period name for table names: "Helår 2019" → "Helar2019". */
export function tableSlug(periodName: string): string {
  const plain = periodName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]/g, "");
  return plain === "" ? "Period" : plain;
}

/** The names of the chart tables of a period (unique per period in a workbook). */
export function chartTableNames(periodName: string): {
  status: string;
  budget: string;
  gender: string;
  subGoals: string;
} {
  const slug = tableSlug(periodName);
  return {
    status: `CEMR_Status_${slug}`,
    budget: `CEMR_Budget_${slug}`,
    gender: `CEMR_WomenMen_${slug}`,
    subGoals: `CEMR_SubGoals_${slug}`,
  };
}

/** Goals by assessment per national sub-goal: the chart and the table it is drawn from. */
function subGoalsChart(
  figures: SummaryChartData,
  name: string,
  lang: Lang,
): [Omit<LayoutChart, "anchor" | "data">, ChartTable] {
  return [
    {
      type: "columnStacked",
      title: L.chartSubGoals[lang],
      seriesBy: "columns",
      colours: figures.assessments.map(seriesFill),
    },
    {
      name,
      header: [L.nationalGoal[lang], ...figures.assessments.map((a) => assessmentWord(a, lang))],
      rows: figures.subGoals.map((g) => [
        text(g.number === null ? L.withoutSubGoal[lang] : phrase("subGoal", lang, { n: g.number })),
        ...figures.assessments.map((a) => num(g.counts[a], "integer")),
      ]),
    },
  ];
}

/**
 * The charts, each on a page of its own with the table it is drawn from below it; a
 * chart with no data is left out. A chart at the top of a page is never cut in two by
 * a page break (LibreOffice prints a cut chart half on each page), however long the
 * tables are. The figures come from summaryChartData, as the task pane's charts do,
 * and each series' colour from seriesColours.ts, as the pane's.
 */
export function writeCharts(w: SheetWriter, s: Summary, lang: Lang): void {
  const names = chartTableNames(s.period.name);
  const category = (n: number): LayoutCell => text(phrase("articleShort", lang, { n }));
  const figures = summaryChartData(s);
  if (figures.status.length === 0 && figures.gender.length === 0 && figures.subGoals.length === 0) return;
  w.pageBreak();
  w.row([styled(L.charts[lang], "heading")]);
  let first = true;
  const chart = (c: Omit<LayoutChart, "anchor" | "data">, table: ChartTable, height = CHART_HEIGHT): void => {
    if (!first) w.pageBreak();
    first = false;
    w.chartOverTable(c, height, table);
    w.gap();
  };
  if (figures.status.length > 0) {
    chart(
      {
        type: "columnStacked",
        title: L.chartStatus[lang],
        seriesBy: "columns",
        colours: figures.states.map(seriesFill),
      },
      {
        name: names.status,
        header: [L.article[lang], ...figures.states.map((st) => stateWord(st, lang))],
        rows: figures.status.map((a) => [
          category(a.article),
          ...figures.states.map((st) => num(a.counts[st], "integer")),
        ]),
      },
    );
    chart(
      {
        type: "columnClustered",
        title: L.chartBudget[lang],
        seriesBy: "columns",
        colours: [seriesFill("budget"), seriesFill("outcome")],
      },
      {
        name: names.budget,
        header: [L.article[lang], L.budget[lang], L.outcome[lang]],
        rows: figures.money.map((a) => [
          category(a.article),
          num(a.budget, "money"),
          num(a.outcome, "money"),
        ]),
      },
    );
  }
  if (figures.gender.length > 0) {
    chart(
      {
        type: "barClustered",
        title: L.chartGender[lang],
        seriesBy: "columns",
        colours: [seriesFill("women"), seriesFill("men")],
      },
      {
        name: names.gender,
        header: [L.goal[lang], L.women[lang], L.men[lang]],
        rows: figures.gender.map((g) => [text(g.goalId), num(g.women, "number"), num(g.men, "number")]),
      },
      genderChartHeight(figures.gender.length),
    );
  }
  if (figures.subGoals.length > 0) chart(...subGoalsChart(figures, names.subGoals, lang));
}

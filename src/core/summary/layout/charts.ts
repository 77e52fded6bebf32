/**
 * The charts of the summary sheet, each drawn from a well-formed Excel table placed
 * just above it: status per article, budget against outcome per article, and women
 * and men per goal.
 */
import type { Lang } from "../../language";
import type { LayoutCell } from "../../sheetLayout.types";
import { summaryChartData } from "../chartData";
import type { Summary } from "../summary.types";
import { seriesFill } from "../../style";
import { L, stateWord } from "./labels";
import { num, styled, text, type SheetWriter } from "./sheetWriter";

/** Rows a chart takes on the sheet. */
const CHART_HEIGHT = 16;

/** Letters and digits of a period name for table names: "Helår 2019" → "Helar2019". */
export function tableSlug(periodName: string): string {
  const plain = periodName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]/g, "");
  return plain === "" ? "Period" : plain;
}

/** The names of the three chart tables of a period (unique per period in a workbook). */
export function chartTableNames(periodName: string): { status: string; budget: string; gender: string } {
  const slug = tableSlug(periodName);
  return { status: `CEMR_Status_${slug}`, budget: `CEMR_Budget_${slug}`, gender: `CEMR_WomenMen_${slug}` };
}

/**
 * The chart tables and charts; a chart with no data is left out. The figures come
 * from summaryChartData, as the task pane's charts do.
 */
export function writeCharts(w: SheetWriter, s: Summary, lang: Lang): void {
  const names = chartTableNames(s.period.name);
  const category = (n: number): LayoutCell => text(`${L.articleShort[lang]} ${n}`);
  const figures = summaryChartData(s);
  if (figures.status.length === 0 && figures.gender.length === 0) return;
  w.row([styled(L.charts[lang], "heading")]);
  if (figures.status.length > 0) {
    const data = w.table(
      names.status,
      [L.article[lang], ...figures.states.map((st) => stateWord(st, lang))],
      figures.status.map((a) => [
        category(a.article),
        ...figures.states.map((st) => num(a.counts[st], "integer")),
      ]),
    );
    w.gap();
    w.chart(
      {
        type: "columnStacked",
        title: L.chartStatus[lang],
        data,
        seriesBy: "columns",
        colours: figures.states.map(seriesFill),
      },
      CHART_HEIGHT,
    );
    w.gap();
    const money = w.table(
      names.budget,
      [L.article[lang], L.budget[lang], L.outcome[lang]],
      figures.money.map((a) => [category(a.article), num(a.budget, "money"), num(a.outcome, "money")]),
    );
    w.gap();
    w.chart(
      {
        type: "columnClustered",
        title: L.chartBudget[lang],
        data: money,
        seriesBy: "columns",
        colours: [seriesFill("budget"), seriesFill("outcome")],
      },
      CHART_HEIGHT,
    );
    w.gap();
  }
  if (figures.gender.length > 0) {
    const data = w.table(
      names.gender,
      [L.goal[lang], L.women[lang], L.men[lang]],
      figures.gender.map((g) => [text(g.goalId), num(g.women, "number"), num(g.men, "number")]),
    );
    w.gap();
    w.chart(
      {
        type: "barClustered",
        title: L.chartGender[lang],
        data,
        seriesBy: "columns",
        colours: [seriesFill("women"), seriesFill("men")],
      },
      CHART_HEIGHT,
    );
  }
}

/**
 * The Follow-up view's charts as models, from the same figures as the summary sheet's
 * charts (summaryChartData): activities by status, budget against outcome and forecast,
 * women against men per goal with the target, and the goals by assessment per national
 * sub-goal (for a plan with the National sub-goal column). Per article when the pane is wide
 * enough for one column per article, otherwise for the whole plan.
 */
import { tokens } from "@fluentui/react-components";
import { formatMoney, formatNumber } from "../../core/language";
import type { Lang } from "../../core/language";
import { nationalGoalName } from "../../core/nationalGoals";
import {
  type ActivityState,
  assessmentWord,
  type GenderFigures,
  stateWord,
  type SummaryChartData,
} from "../../core/summary";
import {
  largestValue,
  measure,
  neededWidth,
  niceTicks,
  type BarChartModel,
  type ChartGroup,
  type ChartSeries,
} from "./chartModel";
import { chartWords } from "./chartStrings";
import { SERIES_COLOURS, type SeriesMeaning } from "../../core/style";

/** A series' colour in the pane: the theme token the core decides for its meaning (seriesColours.ts). */
const colourOf = (meaning: SeriesMeaning): string => tokens[SERIES_COLOURS[meaning].token];

const count = (lang: Lang) => (n: number) => formatNumber(n, lang);

/** A large number short, for an axis: "1,2 mn" / "1.2M". */
const compact = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(n);

function statusChart(data: SummaryChartData, lang: Lang, perArticle: boolean): BarChartModel {
  const say = chartWords(lang);
  const states = perArticle ? data.states : data.totalStates;
  const series: ChartSeries[] = states.map((st) => ({
    key: st,
    legend: stateWord(st, lang),
    color: colourOf(st),
  }));
  const nonZero = (counts: Readonly<Record<ActivityState, number>>) =>
    Object.fromEntries(states.filter((st) => counts[st] > 0).map((st) => [st, counts[st]]));
  const groups: ChartGroup[] = perArticle
    ? data.status.map((a) => ({
        label: String(a.article),
        name: say("articleShort", { article: a.article }),
        values: nonZero(a.counts),
      }))
    : [{ label: say("allActivities"), name: say("allActivities"), values: nonZero(data.statusTotal) }];
  const counts = perArticle ? data.status.map((a) => a.counts) : [data.statusTotal];
  const layout = perArticle ? "stacked" : "grouped";
  return {
    id: "status",
    title: perArticle ? say("statusPerArticle") : say("statusTotal"),
    kind: perArticle ? say("stackedKind") : say("groupedKind"),
    alt: perArticle ? say("statusPerArticleAlt") : say("statusTotalAlt"),
    layout,
    series,
    groups,
    xTitle: perArticle ? say("article") : "",
    format: count(lang),
    ticks: niceTicks(largestValue(layout, groups), true),
    tick: count(lang),
    table: {
      head: [perArticle ? say("article") : "", ...series.map((x) => x.legend)],
      rows: groups.map((g, i) => [g.name, ...states.map((st) => formatNumber(counts[i]?.[st] ?? 0, lang))]),
    },
    minWidth: neededWidth(layout, groups.length, series.length),
  };
}

function moneyChart(
  data: SummaryChartData,
  lang: Lang,
  currency: string,
  perArticle: boolean,
): BarChartModel {
  const say = chartWords(lang);
  const keys = ["budget", "outcome", "forecast"] as const;
  const series: ChartSeries[] = keys.map((k) => ({ key: k, legend: say(k), color: colourOf(k) }));
  const rows = perArticle
    ? data.money.map((a) => ({
        label: String(a.article),
        name: say("articleShort", { article: a.article }),
        ...a,
      }))
    : [{ label: say("wholePlan"), name: say("wholePlan"), ...data.moneyTotal }];
  const money = (n: number) => formatMoney(n, lang, currency);
  const amount = (n: number) => formatNumber(n, lang);
  const currencyUnit = lang === "sv" && currency === "SEK" ? "kr" : currency;
  const groups: ChartGroup[] = rows.map((r) => ({
    label: r.label,
    name: r.name,
    values: { budget: r.budget, outcome: r.outcome, forecast: r.forecast },
  }));
  const max = largestValue("grouped", groups);
  const scale = moneyScale(max, lang, currency);
  return {
    id: "money",
    title: say(perArticle ? "moneyPerArticle" : "moneyTotal", { unit: scale.unit }),
    kind: say("groupedKind"),
    alt: perArticle ? say("moneyPerArticleAlt") : say("moneyTotalAlt"),
    layout: "grouped",
    series,
    groups,
    xTitle: perArticle ? say("article") : "",
    format: money,
    ticks: niceTicks(max / scale.divisor, false).map((t) => t * scale.divisor),
    tick: (n) => formatNumber(n / scale.divisor, lang, 1),
    // The currency once in the heads, so that the columns stay narrow.
    table: {
      head: [
        perArticle ? say("article") : "",
        ...series.map((x) => say("inCurrency", { legend: x.legend, currency: currencyUnit })),
      ],
      rows: rows.map((r) => [r.name, amount(r.budget), amount(r.outcome), amount(r.forecast)]),
    },
    minWidth: neededWidth("grouped", rows.length, series.length),
  };
}

/**
 * The money axis in the currency, thousands or millions, whichever keeps its numbers
 * short: "tkr" is the Swedish reports' thousand kronor.
 */
export function moneyScale(max: number, lang: Lang, currency: string): { divisor: number; unit: string } {
  const divisor = max >= 10_000_000 ? 1_000_000 : max >= 10_000 ? 1_000 : 1;
  if (lang === "sv" && currency === "SEK") {
    return { divisor, unit: divisor === 1_000_000 ? "mnkr" : divisor === 1_000 ? "tkr" : "kr" };
  }
  if (divisor === 1) return { divisor, unit: currency };
  const size = divisor === 1_000_000 ? "millions" : "thousands";
  return { divisor, unit: chartWords(lang)("moneyUnit", { size, currency }) };
}

/** A target that is a level to reach (Öka, Minska, or no direction), not a gap. */
const levelTarget = (g: GenderFigures): number | null => (g.direction === "closeGap" ? null : g.target);

/** Goals measured in the same unit share a chart, so that no goal's scale hides another's. */
function byUnit(goals: readonly GenderFigures[]): { unit: string; goals: GenderFigures[] }[] {
  const groups = new Map<string, { unit: string; goals: GenderFigures[] }>();
  for (const g of goals) {
    const unit = g.unit?.trim() ?? "";
    const key = unit.toLowerCase();
    const group = groups.get(key);
    if (group) group.goals.push(g);
    else groups.set(key, { unit, goals: [g] });
  }
  return [...groups.values()];
}

function genderCharts(data: SummaryChartData, lang: Lang): BarChartModel[] {
  const say = chartWords(lang);
  return byUnit(data.gender).map(({ unit, goals }, i) => {
    const withTarget = goals.some((g) => levelTarget(g) !== null);
    const series: ChartSeries[] = [
      { key: "women", legend: say("women"), color: colourOf("women") },
      { key: "men", legend: say("men"), color: colourOf("men") },
      ...(withTarget ? [{ key: "target", legend: say("target"), color: colourOf("target") }] : []),
    ];
    const value = (n: number | null) => (n === null ? "–" : measure(n, lang));
    const targetText = (g: GenderFigures) =>
      g.target === null
        ? "–"
        : g.direction === "closeGap"
          ? say("gapTarget", { value: value(g.target) })
          : value(g.target);
    const groups: ChartGroup[] = goals.map((g) => {
      const values: Record<string, number> = {};
      if (g.women !== null) values["women"] = g.women;
      if (g.men !== null) values["men"] = g.men;
      const level = levelTarget(g);
      if (level !== null) values["target"] = level;
      return { label: g.goalId, name: g.goalId, values };
    });
    const gapTargets = goals.some((g) => g.direction === "closeGap" && g.target !== null);
    const max = largestValue("grouped", groups);
    return {
      id: `gender-${i}`,
      title: say("gender", { unit: unit === "" ? say("noUnit") : unit }),
      kind: say("groupedKind"),
      alt: say("genderAlt"),
      layout: "grouped",
      series,
      groups,
      xTitle: say("goal"),
      format: (n) => measure(n, lang),
      ticks: niceTicks(max, false),
      tick: (n) => (max >= 1_000_000 ? compact(n, lang) : measure(n, lang)),
      ...(gapTargets ? { note: say("gapTargetNote") } : {}),
      table: {
        head: [say("goal"), say("women"), say("men"), say("target")],
        rows: goals.map((g) => [g.goalId, value(g.women), value(g.men), targetText(g)]),
      },
      minWidth: neededWidth("grouped", groups.length, series.length),
    };
  });
}

/** Goals by assessment per national sub-goal the plan touches (and the goals without one), stacked. */
function subGoalChart(data: SummaryChartData, lang: Lang): BarChartModel {
  const say = chartWords(lang);
  const series: ChartSeries[] = data.assessments.map((a) => ({
    key: a,
    legend: assessmentWord(a, lang),
    color: colourOf(a),
  }));
  const groups: ChartGroup[] = data.subGoals.map((g) => ({
    label: g.number === null ? "–" : String(g.number),
    name:
      g.number === null
        ? say("noSubGoal")
        : say("subGoalName", { number: g.number, name: nationalGoalName(g.number, lang) }),
    values: Object.fromEntries(data.assessments.filter((a) => g.counts[a] > 0).map((a) => [a, g.counts[a]])),
  }));
  return {
    id: "subGoals",
    title: say("subGoals"),
    kind: say("stackedKind"),
    alt: say("subGoalsAlt"),
    layout: "stacked",
    series,
    groups,
    xTitle: say("subGoal"),
    format: count(lang),
    ticks: niceTicks(largestValue("stacked", groups), true),
    tick: count(lang),
    table: {
      head: [say("subGoal"), ...series.map((x) => x.legend)],
      // Short row headers ("Delmål 5"), as the sheet's and the Word section's chart tables have
      // them, so that the open table fits the pane; the names are in the list per sub-goal.
      rows: data.subGoals.map((g) => [
        g.number === null ? say("noSubGoal") : say("subGoalShort", { number: g.number }),
        ...data.assessments.map((a) => formatNumber(g.counts[a], lang)),
      ]),
    },
    minWidth: neededWidth("stacked", groups.length, series.length),
  };
}

/**
 * The Follow-up view's charts for a pane `width` px wide: status and money per article
 * when their columns fit, else for the whole plan; one women-and-men chart per unit.
 * Charts with nothing to show are left out, as on the sheet.
 */
export function followUpChartModels(
  data: SummaryChartData,
  lang: Lang,
  currency: string,
  width: number,
): BarChartModel[] {
  const models: BarChartModel[] = [];
  const activities = Object.values(data.statusTotal).some((n) => n > 0);
  if (activities) {
    const n = data.status.length;
    const statusFits = n > 0 && neededWidth("stacked", n, data.states.length) <= width;
    models.push(statusChart(data, lang, statusFits));
    const moneyFits = n > 0 && neededWidth("grouped", n, 3) <= width;
    models.push(moneyChart(data, lang, currency, moneyFits));
  }
  return [
    ...models,
    ...genderCharts(data, lang),
    ...(data.subGoals.length > 0 ? [subGoalChart(data, lang)] : []),
  ];
}

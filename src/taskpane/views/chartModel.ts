/**
 * A bar chart as plain data, before any chart library sees it: its title and text
 * alternative, series and groups, the figures as a table, and the width it needs.
 * The Follow-up and Check views build these outside the render; ChartFigure draws them.
 */
import { formatNumber } from "../../core/language";
import type { Lang } from "../../core/language";
import { chartWords } from "./chartStrings";

export type ChartSeries = {
  readonly key: string;
  readonly legend: string;
  /** A colour token (a CSS variable of the Fluent theme), so it follows light and dark. */
  readonly color: string;
};

/** One category on the x axis; a series without a value here has no bar here. */
export type ChartGroup = {
  /** Short, for the axis ("11", "M3"). */
  readonly label: string;
  /** In full, for the figures and the screen reader ("Art. 11"). */
  readonly name: string;
  readonly values: Readonly<Partial<Record<string, number>>>;
};

export type BarChartModel = {
  readonly id: string;
  readonly title: string;
  /** What kind of chart it is, for screen readers ("Staplat stapeldiagram"). */
  readonly kind: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  readonly alt: string;
  readonly layout: "stacked" | "grouped";
  readonly series: readonly ChartSeries[];
  readonly groups: readonly ChartGroup[];
  readonly xTitle: string;
  /** A value in full (figures, tooltips, screen reader). */
  readonly format: (n: number) => string;
  /** The y axis: its ticks, from 0 to the top of the scale, and how each is written. */
  readonly ticks: readonly number[];
  readonly tick: (n: number) => string;
  readonly note?: string;
  readonly table: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /** The narrowest width in px at which the bars and their labels stay readable. */
  readonly minWidth: number;
  /** The chart's height in px, axes included, when not the usual. */
  readonly height?: number;
};

/** Room for the y axis and its title. */
const AXIS_WIDTH = 64;

/** The width a chart of `groups` categories needs: stacked columns, or groups of `perGroup` bars. */
export function neededWidth(layout: "stacked" | "grouped", groups: number, perGroup: number): number {
  const groupWidth = layout === "stacked" ? 28 : perGroup * 7 + 8;
  return AXIS_WIDTH + groups * groupWidth;
}

/**
 * Round ticks from 0 to at least `max`: about five, spaced 1, 2, 2.5 or 5 times a
 * power of ten (whole numbers only when `whole`).
 */
export function niceTicks(max: number, whole: boolean): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const raw = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
  if (whole) step = Math.max(1, Math.ceil(step));
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9);
}

/** The largest bar (grouped) or stack (stacked) of a chart's groups. */
export function largestValue(layout: "stacked" | "grouped", groups: readonly ChartGroup[]): number {
  const sizes = groups.map((g) => {
    const values = Object.values(g.values).filter((v): v is number => v !== undefined);
    return layout === "stacked" ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
  });
  return Math.max(0, ...sizes);
}

/** A measured value in text: up to two decimals, in the pane's language. */
export const measure = (n: number, lang: Lang): string => formatNumber(n, lang, 2);

/** The figures of a model as running text: "Art. 2: Budget 260 000 kr, Utfall 247 000 kr." */
export function figuresInWords(model: BarChartModel, lang: Lang): string {
  const say = chartWords(lang);
  return model.groups
    .map((g) => {
      const parts = model.series.flatMap((s) => {
        const v = g.values[s.key];
        return v === undefined ? [] : [say("figure", { legend: s.legend, value: model.format(v) })];
      });
      return say("groupFigures", { name: g.name, figures: parts.join(", ") });
    })
    .join(" ");
}

/** What a screen reader says for the whole chart: its kind, title, text alternative and figures. */
export const chartDescription = (model: BarChartModel, lang: Lang): string =>
  chartWords(lang)("described", {
    kind: model.kind,
    title: model.title,
    alt: model.alt,
    figures: figuresInWords(model, lang),
  });

/** What a screen reader says for one bar: "Art. 2, Budget: 260 000 kr". */
export const barLabel = (group: string, legend: string, value: string, lang: Lang): string =>
  chartWords(lang)("bar", { name: group, legend, value });

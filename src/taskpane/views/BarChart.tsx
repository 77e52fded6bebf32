/**
 * Draws a BarChartModel with Fluent UI's v9 charts: stacked columns or grouped bars,
 * numbers in the pane's language, and every bar labelled for screen readers. The
 * legend is ChartFigure's, so that it lists the series in their order.
 */
import {
  GroupedVerticalBarChart,
  VerticalStackedBarChart,
  type GroupedVerticalBarChartData,
  type VerticalStackedChartProps,
} from "@fluentui/react-charts";
import type { Lang } from "../../core/language";
import { barLabel, chartDescription, type BarChartModel } from "./chartModel";

/** The chart's height in px, axes included. */
export const CHART_HEIGHT = 220;

/** The points of one group in series order, each with the colour to draw it in and what a screen reader says. */
function points(model: BarChartModel, lang: Lang, colors: readonly string[], groupIndex: number) {
  const g = model.groups[groupIndex];
  if (!g) return [];
  return model.series.flatMap((s, i) => {
    const v = g.values[s.key];
    if (v === undefined) return [];
    const said = model.format(v);
    const color = colors[i] ?? s.color;
    return [
      { key: s.key, legend: s.legend, color, value: v, said, label: barLabel(g.name, s.legend, said, lang) },
    ];
  });
}

export function BarChart({
  model,
  lang,
  width,
  colors,
}: {
  readonly model: BarChartModel;
  readonly lang: Lang;
  readonly width: number;
  /** The series' colours as drawn (the model's, or the system's in high contrast). */
  readonly colors: readonly string[];
}) {
  const height = model.height ?? CHART_HEIGHT;
  const common = {
    width,
    height,
    culture: lang === "sv" ? "sv-SE" : "en-GB",
    margins: { top: 16, bottom: model.xTitle ? 56 : 36, left: 56, right: 12 },
    yAxisTickValues: [...model.ticks],
    yMaxValue: model.ticks[model.ticks.length - 1] ?? 1,
    yAxisTickFormat: model.tick,
    ...(model.xTitle ? { xAxisTitle: model.xTitle } : {}),
    hideLegend: true,
    // The chart's own description is in English: the pane's words and figures replace it.
    svgProps: { "aria-label": chartDescription(model, lang) },
    roundCorners: true,
  };
  if (model.layout === "stacked") {
    const data: VerticalStackedChartProps[] = model.groups.map((g, i) => ({
      xAxisPoint: g.label,
      xAxisCalloutData: g.name,
      chartData: points(model, lang, colors, i).map((p) => ({
        legend: p.legend,
        data: p.value,
        color: p.color,
        yAxisCalloutData: p.said,
        callOutAccessibilityData: { ariaLabel: p.label },
      })),
    }));
    return (
      <div style={{ width, height }}>
        <VerticalStackedBarChart {...common} data={data} barWidth="auto" maxBarWidth={32} hideLabels />
      </div>
    );
  }
  const data: GroupedVerticalBarChartData[] = model.groups.map((g, i) => ({
    name: g.label,
    series: points(model, lang, colors, i).map((p) => ({
      key: p.key,
      legend: p.legend,
      data: p.value,
      color: p.color,
      xAxisCalloutData: g.name,
      yAxisCalloutData: p.said,
      callOutAccessibilityData: { ariaLabel: p.label },
    })),
  }));
  return (
    // The chart fills its container: the container is what sets its size.
    <div style={{ width, height }}>
      <GroupedVerticalBarChart {...common} data={data} barWidth="auto" maxBarWidth={24} hideLabels />
    </div>
  );
}

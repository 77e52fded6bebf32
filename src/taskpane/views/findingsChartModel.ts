/**
 * The Check view's small chart as a model: findings per sheet, stacked by severity,
 * counted (findingCounts) from the same findings as the list below it.
 */
import { tokens } from "@fluentui/react-components";
import { type Severity, SEVERITY_ORDER, type SheetFindingCounts } from "../../core/checks";
import { formatNumber } from "../../core/language";
import type { Lang } from "../../core/language";
import { largestValue, neededWidth, niceTicks, type BarChartModel, type ChartGroup } from "./chartModel";
import type { Say } from "../../core/text";
import { chartWords, type ChartPhrase } from "./chartStrings";

/** The severities' colours, as in the list: red errors, amber warnings, blue things to look at. */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBackground3,
  warning: tokens.colorPaletteMarigoldBorderActive,
  info: tokens.colorPaletteBlueBorderActive,
};

const legendOf = (say: Say<ChartPhrase>, sev: Severity): string =>
  sev === "error" ? say("errors") : sev === "warning" ? say("warnings") : say("infos");

/** The chart of findings per sheet (findingCounts), or null when there are none. */
export function findingsChartModel(rows: readonly SheetFindingCounts[], lang: Lang): BarChartModel | null {
  const say = chartWords(lang);
  if (rows.length === 0) return null;
  const severities = SEVERITY_ORDER.filter((sev) => rows.some((r) => r.counts[sev] > 0));
  const n = (v: number) => formatNumber(v, lang);
  const groups: ChartGroup[] = rows.map((r) => {
    const name = r.sheet ?? say("workbook");
    const values = severities.filter((sev) => r.counts[sev] > 0).map((sev) => [sev, r.counts[sev]]);
    return { label: name, name, values: Object.fromEntries(values) };
  });
  return {
    id: "findings",
    title: say("findingsPerSheet"),
    kind: say("stackedKind"),
    alt: say("findingsAlt"),
    layout: "stacked",
    series: severities.map((sev) => ({ key: sev, legend: legendOf(say, sev), color: SEVERITY_COLOR[sev] })),
    groups,
    xTitle: say("sheet"),
    format: n,
    ticks: niceTicks(largestValue("stacked", groups), true),
    tick: n,
    table: {
      head: [say("sheet"), ...severities.map((sev) => legendOf(say, sev)), say("total")],
      rows: rows.map((r) => [
        r.sheet ?? say("workbook"),
        ...severities.map((sev) => n(r.counts[sev])),
        n(r.total),
      ]),
    },
    minWidth: neededWidth("stacked", rows.length, severities.length),
    // A small chart: the list below it is what the user works through.
    height: 170,
  };
}

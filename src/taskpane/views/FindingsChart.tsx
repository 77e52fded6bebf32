/**
 * The Check view's small chart above the list: findings per sheet, stacked by
 * severity. Loaded lazily with the chart package; nothing is drawn without findings.
 */
import { useMemo } from "react";
import type { SheetFindingCounts } from "../../core/checks";
import type { Lang } from "../../core/language";
import { ChartFigure } from "./ChartFigure";
import { findingsChartModel } from "./findingsChartModel";
import { useWidth } from "./useWidth";

export default function FindingsChart({
  lang,
  counts,
}: {
  readonly lang: Lang;
  readonly counts: readonly SheetFindingCounts[];
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const model = useMemo(() => findingsChartModel(counts, lang), [counts, lang]);
  if (model === null) return null;
  return <div ref={ref}>{width > 0 && <ChartFigure model={model} lang={lang} width={width} />}</div>;
}

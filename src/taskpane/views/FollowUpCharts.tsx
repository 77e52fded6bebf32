/**
 * The Follow-up view's charts for the chosen period: activities by status, budget
 * against outcome and forecast, and women against men per goal with the target. The
 * figures are the summary sheet's (summaryChartData); the pane's width decides per
 * article or for the whole plan. Loaded lazily with the chart package.
 */
import { useMemo } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import type { SummaryChartData } from "../../core/summary";
import { ChartFigure } from "./ChartFigure";
import { chartWords } from "./chartStrings";
import { followUpChartModels } from "./followUpChartModels";
import { useWidth } from "./useWidth";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export default function FollowUpCharts({
  lang,
  data,
  currency,
}: {
  readonly lang: Lang;
  readonly data: SummaryChartData;
  readonly currency: string;
}) {
  const say = chartWords(lang);
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLDivElement>();
  const models = useMemo(
    () => (width > 0 ? followUpChartModels(data, lang, currency, width) : []),
    [data, lang, currency, width],
  );
  return (
    <section aria-labelledby="followup-charts-title" className={styles.root} ref={ref}>
      <Text as="h3" weight="semibold" id="followup-charts-title">
        {say("charts")}
      </Text>
      {models.map((m) => (
        <ChartFigure key={m.id} model={m} lang={lang} width={width} />
      ))}
    </section>
  );
}

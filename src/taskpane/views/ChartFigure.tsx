/**
 * One chart with its text alternative: a title, a sentence saying what it shows, the
 * chart (scrolling sideways only when the pane is too narrow for its bars), and a
 * button that shows its figures as a table, for the keyboard and screen readers.
 * With forced colours (high contrast) the bars take the system's colours and the table
 * is shown from the start.
 */
import { useState } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { BarChart } from "./BarChart";
import type { BarChartModel } from "./chartModel";
import { CHART_STRINGS } from "./chartStrings";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0 },
  alt: { margin: 0, color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  toggle: { alignSelf: "flex-start" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: {
    width: "12px",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    flexShrink: 0,
    // The swatch is the key to the bars' colours: the system must not repaint it.
    forcedColorAdjust: "none",
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    verticalAlign: "top",
    fontWeight: tokens.fontWeightRegular,
  },
  first: { textAlign: "left" },
  head: { fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The system colours series are drawn in when colours are forced (high contrast). */
const SYSTEM_COLORS = ["CanvasText", "Highlight", "LinkText", "GrayText", "ActiveText", "VisitedText"];

const forcedColors = (): boolean =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(forced-colors: active)").matches
    : false;

export function ChartFigure({
  model,
  lang,
  width,
}: {
  readonly model: BarChartModel;
  readonly lang: Lang;
  readonly width: number;
}) {
  const s = CHART_STRINGS[lang];
  const styles = useStyles();
  const id = useId(`chart-${model.id}`);
  const [forced] = useState(forcedColors);
  const [open, setOpen] = useState(forced);
  const colors = model.series.map((x, i) =>
    forced ? (SYSTEM_COLORS[i % SYSTEM_COLORS.length] ?? x.color) : x.color,
  );
  const chartWidth = Math.max(width, model.minWidth);
  const chart = <BarChart model={model} lang={lang} width={chartWidth} colors={colors} />;
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`} aria-describedby={`${id}-alt`}>
      <Text as="h4" weight="semibold" id={`${id}-title`} className={styles.title}>
        {model.title}
      </Text>
      <Text as="p" size={200} id={`${id}-alt`} className={styles.alt}>
        {model.alt}
      </Text>
      {chartWidth > width ? (
        // Focusable so that keyboard users can scroll a chart wider than the pane.
        <div
          className={styles.scroll}
          tabIndex={0}
          role="region"
          aria-label={`${model.title}. ${s.scrollHint}`}
        >
          {chart}
        </div>
      ) : (
        <div data-chart={model.id}>{chart}</div>
      )}
      <ul className={styles.legend} aria-label={s.legend}>
        {model.series.map((x, i) => (
          <li key={x.key} className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: colors[i] }} aria-hidden="true" />
            <Text size={200}>{x.legend}</Text>
          </li>
        ))}
      </ul>
      {model.note !== undefined && (
        <Text as="p" size={200} className={styles.alt}>
          {model.note}
        </Text>
      )}
      <Button
        className={styles.toggle}
        size="small"
        aria-expanded={open}
        aria-controls={`${id}-table`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? s.hideTable : s.showTable}
      </Button>
      <div
        id={`${id}-table`}
        hidden={!open}
        className={styles.scroll}
        tabIndex={open ? 0 : -1}
        role="region"
        aria-label={`${s.tableOf} ${model.title}`}
      >
        {open && (
          <table className={styles.table}>
            <caption className={styles.hidden}>
              {s.tableOf} {model.title}
            </caption>
            <thead>
              <tr>
                {model.table.head.map((h, i) => (
                  <th
                    key={i}
                    scope="col"
                    className={mergeClasses(styles.cell, styles.head, i === 0 && styles.first)}
                  >
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((v, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className={mergeClasses(styles.cell, styles.first)}>
                        {v}
                      </th>
                    ) : (
                      <td key={i} className={styles.cell}>
                        {v}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}

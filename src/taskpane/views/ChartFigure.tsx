/**
 * One chart with its text alternative: a title, a sentence saying what it shows, the
 * chart (scrolling sideways only when the pane is too narrow for its bars), its key,
 * and a button that shows its figures as a table, for the keyboard and screen readers.
 * With forced colours (high contrast) the bars take the system's colours and the table
 * is shown from the start.
 */
import { useState } from "react";
import { Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { BarChart } from "./BarChart";
import type { BarChartModel } from "./chartModel";
import { chartWords } from "./chartStrings";
import { KeyList } from "./KeyList";
import { RowsTable } from "./RowsTable";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0 },
  alt: { margin: 0, color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  toggle: { alignSelf: "flex-start" },
  swatch: {
    width: "12px",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    // The swatch is the key to the bars' colours: the system must not repaint it.
    forcedColorAdjust: "none",
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
  const say = chartWords(lang);
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
          aria-label={say("scrollHint", { title: model.title })}
        >
          {chart}
        </div>
      ) : (
        chart
      )}
      <KeyList
        label={say("legend")}
        items={model.series.map((x, i) => ({
          key: x.key,
          mark: <span className={styles.swatch} style={{ backgroundColor: colors[i] }} />,
          text: x.legend,
        }))}
      />
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
        {open ? say("hideTable") : say("showTable")}
      </Button>
      <div id={`${id}-table`} hidden={!open}>
        {open && (
          <RowsTable
            caption={say("figures")}
            head={model.table.head}
            rows={model.table.rows}
            counted={false}
            numeric
          />
        )}
      </div>
    </figure>
  );
}

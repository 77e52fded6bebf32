/**
 * A chart of the report section drawn on a canvas as a PNG, for "Kopiera för Word":
 * the clipboard carries no native charts, but Word pastes an <img> with a data: URL as
 * a picture. Drawn from the section's own figures (the same as the Word document's and
 * the summary sheet's charts) in the pane's series colours: title, value axis with
 * grid lines, bars stacked or side by side, category labels and a legend. Where the
 * host has no canvas (or refuses to export it), null: the chart is then copied as its
 * figures in a table.
 */
import { formatNumber } from "../core/language";
import type { Lang } from "../core/language";
import type { ChartImage, ReportSection, SectionChart } from "../core/summary";

const WIDTH = 600;
/** Drawn at twice the size, shown at WIDTH: sharp when Word scales or prints it. */
const SCALE = 2;
const FONT = '12px "Segoe UI", Arial, sans-serif';
const INK = "#333333";
const GRID = "#d9d9d9";

type Plot = { x: number; y: number; w: number; h: number };

/** A round step of about a fifth of the largest value (at least 1), so the axis has five or so lines. */
function axisStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return Math.max(1, step);
}

/** The top of the value axis and its step: room for the largest bar or stack. */
function valueAxis(c: SectionChart): { top: number; step: number } {
  const stacked = c.type.endsWith("Stacked");
  const sums = c.rows.map((r) => {
    const values = r.slice(1).map((v) => (typeof v === "number" && v > 0 ? v : 0));
    return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
  });
  const step = axisStep(Math.max(0, ...sums));
  return { top: Math.max(step, Math.ceil(Math.max(0, ...sums) / step) * step), step };
}

function legend(g: CanvasRenderingContext2D, c: SectionChart, y: number): void {
  const names = c.header.slice(1);
  const widths = names.map((n) => 14 + g.measureText(n).width + 16);
  let x = (WIDTH - widths.reduce((a, b) => a + b, 0)) / 2;
  names.forEach((name, i) => {
    g.fillStyle = c.colours[i] ?? INK;
    g.fillRect(x, y - 9, 10, 10);
    g.fillStyle = INK;
    g.fillText(name, x + 14, y);
    x += widths[i] ?? 0;
  });
}

/** Grid lines and their values across the value axis (left to right for bars, bottom up for columns). */
function grid(
  g: CanvasRenderingContext2D,
  p: Plot,
  axis: { top: number; step: number },
  horizontal: boolean,
  lang: Lang,
): void {
  g.strokeStyle = GRID;
  g.fillStyle = INK;
  for (let v = 0; v <= axis.top + axis.step / 2; v += axis.step) {
    const label = formatNumber(v, lang);
    g.beginPath();
    if (horizontal) {
      const x = p.x + (v / axis.top) * p.w;
      g.moveTo(x, p.y);
      g.lineTo(x, p.y + p.h);
      g.fillText(label, x - g.measureText(label).width / 2, p.y + p.h + 14);
    } else {
      const y = p.y + p.h - (v / axis.top) * p.h;
      g.moveTo(p.x, y);
      g.lineTo(p.x + p.w, y);
      g.fillText(label, p.x - 6 - g.measureText(label).width, y + 4);
    }
    g.stroke();
  }
}

/** Each category's bars and its label; stacked or side by side. */
function bars(g: CanvasRenderingContext2D, c: SectionChart, p: Plot, top: number, horizontal: boolean): void {
  const stacked = c.type.endsWith("Stacked");
  const band = (horizontal ? p.h : p.w) / Math.max(1, c.rows.length);
  const series = c.header.length - 1;
  const thick = (band * 0.7) / (stacked ? 1 : Math.max(1, series));
  c.rows.forEach(([category, ...values], i) => {
    let base = 0;
    values.forEach((v, s) => {
      const value = typeof v === "number" && v > 0 ? v : 0;
      const from = stacked ? base : 0;
      const offset = band * 0.15 + (stacked ? 0 : s * thick);
      g.fillStyle = c.colours[s] ?? INK;
      if (horizontal)
        g.fillRect(p.x + (from / top) * p.w, p.y + i * band + offset, (value / top) * p.w, thick);
      else
        g.fillRect(
          p.x + i * band + offset,
          p.y + p.h - ((from + value) / top) * p.h,
          thick,
          (value / top) * p.h,
        );
      base += value;
    });
    if (band < 11) return;
    g.fillStyle = INK;
    const w = g.measureText(category).width;
    if (horizontal) g.fillText(category, p.x - 6 - w, p.y + i * band + band / 2 + 4);
    else g.fillText(category, p.x + i * band + (band - w) / 2, p.y + p.h + 16);
  });
}

/** The chart as a PNG picture, or null where the host cannot draw one. */
export function chartImage(c: SectionChart, lang: Lang): ChartImage | null {
  const horizontal = c.type.startsWith("bar");
  const height = horizontal ? Math.min(1600, Math.max(300, 110 + c.rows.length * 22)) : 360;
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  const g = typeof canvas.getContext === "function" ? canvas.getContext("2d") : null;
  if (!g) return null;
  g.scale(SCALE, SCALE);
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, WIDTH, height);
  g.font = `bold 16px "Segoe UI", Arial, sans-serif`;
  g.fillStyle = INK;
  g.fillText(c.title, (WIDTH - g.measureText(c.title).width) / 2, 26);
  g.font = FONT;
  const axis = valueAxis(c);
  const labels = horizontal ? c.rows.map((r) => r[0]) : [formatNumber(axis.top, lang)];
  const left = 16 + Math.min(200, Math.max(0, ...labels.map((l) => g.measureText(l).width)));
  const plot: Plot = { x: left, y: 44, w: WIDTH - left - 32, h: height - 44 - 56 };
  grid(g, plot, axis, horizontal, lang);
  bars(g, c, plot, axis.top, horizontal);
  legend(g, c, height - 14);
  try {
    return { src: canvas.toDataURL("image/png"), width: WIDTH, height };
  } catch {
    return null;
  }
}

/** A picture of each chart of the section, in order (null where the host cannot draw one). */
export function chartImages(section: ReportSection): (ChartImage | null)[] {
  return section.blocks.flatMap((b) => (b.kind === "chart" ? [chartImage(b, section.lang)] : []));
}

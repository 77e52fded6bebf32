/**
 * The report section as HTML for the clipboard ("Kopiera för Word"): Word pastes
 * h1/h2 as Heading 1/2, tables with a header row (thead, which Word repeats on each
 * page), and paragraphs. Every text is escaped: workbook content never becomes markup.
 * The clipboard cannot carry native charts: each chart comes as a picture (PNG, as a
 * data: URL, with the chart's alt text) where the host could draw one, else as its
 * figures in a table; its caption below either.
 */
import { formatNumber } from "../language";
import type { ReportSection, SectionBlock, SectionChart } from "./section";

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function table(
  header: readonly string[],
  rows: readonly (readonly { text: string; figure: boolean }[])[],
): string {
  const head = `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${c.figure ? ' style="text-align:right"' : ""}>${escapeHtml(c.text)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table border="1" style="border-collapse:collapse">${head}<tbody>${body}</tbody></table>`;
}

/** A chart drawn as a PNG picture (by the pane, which has a canvas), and its size in CSS pixels. */
export type ChartImage = { readonly src: string; readonly width: number; readonly height: number };

/** Only a PNG as base64 data becomes an image: nothing else reaches the src attribute. */
const PNG_DATA = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

function chartHtml(
  b: SectionChart,
  image: ChartImage | null | undefined,
  format: (n: number) => string,
): string {
  const caption = `<p class="MsoCaption">${escapeHtml(b.caption)}</p>`;
  if (image && PNG_DATA.test(image.src)) {
    const size = `width="${Math.round(image.width)}" height="${Math.round(image.height)}"`;
    return `<p><img src="${image.src}" ${size} alt="${escapeHtml(b.alt)}"></p>${caption}`;
  }
  const rows = b.rows.map(([category, ...values]) => [
    { text: category, figure: false },
    ...values.map((v) => ({ text: v === null ? "" : format(v), figure: true })),
  ]);
  return `${caption}${table(b.header, rows)}`;
}

function block(b: Exclude<SectionBlock, SectionChart>): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(b.text)}</p>`;
    case "table":
      return `<p class="MsoCaption">${escapeHtml(b.caption)}</p>${table(b.header, b.rows)}`;
  }
}

/**
 * The whole section as one HTML fragment. `images` holds a picture per chart, in the
 * section's order of charts; a chart without one comes as its figures in a table.
 */
export function sectionHtml(section: ReportSection, images: readonly (ChartImage | null)[] = []): string {
  const format = (n: number): string => formatNumber(n, section.lang, 2);
  let charts = 0;
  const html = section.blocks.map((b) =>
    b.kind === "chart" ? chartHtml(b, images[charts++], format) : block(b),
  );
  return `<div lang="${section.lang}">${html.join("")}</div>`;
}

/** The section as plain text, for a clipboard that takes no HTML: blocks separated by blank lines. */
export function sectionPlainText(section: ReportSection): string {
  return section.blocks
    .map((b) => {
      if (b.kind === "heading" || b.kind === "paragraph") return b.text;
      const rows =
        b.kind === "table"
          ? b.rows.map((r) => r.map((c) => c.text))
          : b.rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
      return [b.caption, b.header.join("\t"), ...rows.map((r) => r.join("\t"))].join("\n");
    })
    .join("\n\n");
}

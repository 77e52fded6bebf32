/**
 * The report section as HTML for the clipboard ("Kopiera för Word"): Word pastes
 * h1/h2 as Heading 1/2, tables with a header row (thead, which Word repeats on each
 * page), and paragraphs. Every text is escaped: workbook content never becomes markup.
 * The clipboard cannot carry native charts, so each chart comes as its caption and
 * its figures in a table.
 */
import { formatNumber } from "../format";
import type { ReportSection, SectionBlock } from "./section";

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

function block(b: SectionBlock, format: (n: number) => string): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(b.text)}</p>`;
    case "table":
      return `<p class="MsoCaption">${escapeHtml(b.caption)}</p>${table(b.header, b.rows)}`;
    case "chart":
      return (
        `<p class="MsoCaption">${escapeHtml(b.caption)}</p>` +
        table(
          b.header,
          b.rows.map(([category, ...values]) => [
            { text: category, figure: false },
            ...values.map((v) => ({ text: v === null ? "" : format(v), figure: true })),
          ]),
        )
      );
  }
}

/** The whole section as one HTML fragment. */
export function sectionHtml(section: ReportSection): string {
  const format = (n: number): string => formatNumber(n, section.lang, 2);
  return `<div lang="${section.lang}">${section.blocks.map((b) => block(b, format)).join("")}</div>`;
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

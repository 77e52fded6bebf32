/**
 * The report section (section.ts) described without any file format: headings,
 * paragraphs, tables with captions and charts with their figures.
 */
import type { Lang } from "../language";
import type { LayoutChart } from "../sheetLayout";

/** A table cell: its text as shown, and whether it is a figure (aligned right). */
export type SectionCell = { readonly text: string; readonly figure: boolean };

export type SectionTable = {
  readonly kind: "table";
  /** The caption above the table ("Tabell 1. Nyckeltal"). */
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly SectionCell[])[];
};

/** A chart with its figures: categories down the first column, one series per further column. */
export type SectionChart = {
  readonly kind: "chart";
  readonly type: LayoutChart["type"];
  readonly title: string;
  /** The caption below the chart ("Figur 1. …"). */
  readonly caption: string;
  /** The alternative text read out instead of the chart. */
  readonly alt: string;
  /** Each series' fill, in the pane's colours for the same meaning (core/style). */
  readonly colours: LayoutChart["colours"];
  /** Header row: the category column's name, then each series' name. */
  readonly header: readonly string[];
  /** One row per category: its name, then one value per series (null when unknown). */
  readonly rows: readonly (readonly [string, ...(number | null)[]])[];
};

export type SectionBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | SectionTable
  | SectionChart;

export type ReportSection = {
  readonly lang: Lang;
  /** The section's heading: kind of report, period and cut-off. */
  readonly title: string;
  readonly blocks: readonly SectionBlock[];
};

/**
 * The summary sheet, renderer-neutral (core/sheetLayout/sheetLayout.types.ts): title and facts, key
 * figures, change and whole-plan result (annual), one block per article, deviations,
 * the ready text, and charts with their data tables; ready to print on A4.
 */
import { isoParts, type IsoDate } from "../dates";
import type { Lang } from "../language";
import type { SheetLayout } from "../sheetLayout";
import { writeNationalGoals } from "./layout/chain";
import { writeCharts } from "./layout/charts";
import { writeArticles, writeDeviations } from "./layout/details";
import { L, phrase } from "./layout/labels";
import { writeChange, writeHeader, writeKeyFigures, writeWholePlan } from "./layout/overview";
import { safeSheetName } from "../cells";
import { sheetWriter, styled, text, WIDTH } from "./layout/sheetWriter";
import type { Summary } from "./summary.types";
import { summaryParagraphs } from "./summaryText";

/** Column widths in characters: IDs, names, numbers, and a wide comment column. */
const COLUMN_WIDTHS: readonly number[] = [22, 40, 14, 20, 14, 14, 14, 40];

/** The marker the product keeps on its own summary sheets, by period. */
export function summaryMarker(summary: Summary): string {
  return `cemr:summary:${summary.period.name}`;
}

/**
 * The sheet's name: "Årsbokslut 2019" / "Annual report 2019" for an annual period,
 * "Delår 2019" / "Interim report 2019" for the year's ordinary interim period, and
 * the period's own name for other interim periods ("Tertial 1 2019"), made a name
 * Excel takes (core/cells/sheetNames.ts).
 */
export function summarySheetName(summary: Summary, lang: Lang): string {
  const year = isoParts(summary.period.cutoff).year;
  const ordinary = /^(delår|interim)\s*\d{4}$/i.test(summary.period.name.trim());
  const interim = phrase("sheetInterim", lang, { year });
  if (summary.period.type === "annual") return phrase("sheetAnnual", lang, { year });
  if (ordinary) return interim;
  return safeSheetName(summary.period.name, interim);
}

/** The whole summary sheet for a period, made on `madeOn`. */
export function summaryLayout(summary: Summary, lang: Lang, madeOn: IsoDate): SheetLayout {
  const w = sheetWriter(COLUMN_WIDTHS.slice(0, WIDTH));
  writeHeader(w, summary, lang, madeOn);
  writeKeyFigures(w, summary, lang);
  writeChange(w, summary, lang);
  writeWholePlan(w, summary, lang);
  writeArticles(w, summary, lang);
  writeNationalGoals(w, summary, lang);
  writeDeviations(w, summary, lang);
  w.row([styled(L.text[lang], "heading")]);
  for (const paragraph of summaryParagraphs(summary, lang)) w.merged(text(paragraph, "note"));
  w.gap();
  writeCharts(w, summary, lang);
  return {
    name: summarySheetName(summary, lang),
    marker: summaryMarker(summary),
    columnWidths: w.columnWidths(),
    blocks: w.blocks(),
    merges: w.merges(),
    tables: w.tables(),
    charts: w.charts(),
    rowHeights: w.rowHeights(),
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 0, last: 1 },
      pageBreaks: w.pageBreaks(),
    },
  };
}

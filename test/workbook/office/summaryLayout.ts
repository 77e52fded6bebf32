/** Test data: a summary sheet layout as the product writes it for Härnösands kommun. */
import type { LayoutCell, SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";

const ARTICLES = [2, 5, 11, 14, 18, 23];

/** A summary sheet for Helår 2019 with `extraRows` more deviation rows. */
export function summaryLayout(extraRows: number, name = "Sammanfattning Helår 2019"): SheetLayout {
  const statusRows: LayoutCell[][] = ARTICLES.map((a, i) => [
    { v: `Artikel ${a}` },
    { v: i + 1, f: "integer" },
    { v: 2, f: "integer" },
    { v: i % 2, f: "integer" },
  ]);
  const deviations: LayoutCell[][] = Array.from({ length: 3 + extraRows }, (_, i) => [
    { v: `A${1 + (i % 9)}.${1 + Math.floor(i / 9)}`, s: "label" },
    { v: "Försenad", s: "bad" },
    { v: "HR-chef" },
    { v: i === 0 ? "=Kontakta förvaltningen" : "Budgeten överskriden med 12 000 kr" },
  ]);
  return {
    name,
    marker: `summary:${name.replace("Sammanfattning ", "")}`,
    columnWidths: [28, 14, 14, 40],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [{ v: "Uppföljning av jämställdhetsplanen – Helår 2019", s: "title" }],
          [{ v: "Härnösands kommun", s: "subtitle" }],
          [
            { v: "Brytdatum", s: "label" },
            { v: 43830, f: "date" },
          ],
          [
            { v: "Andel genomförda", s: "label" },
            { v: 0.42, f: "percent", s: "good" },
          ],
        ],
      },
      { row: 14, col: 0, cells: [[{ v: "Avvikelser", s: "heading" }], ...deviations] },
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    tables: [
      {
        name: `CEMR_Status_${name.replace(/\W/g, "_")}`,
        row: 5,
        col: 0,
        header: ["Artikel", "Genomförda", "Pågår", "Försenade"],
        rows: statusRows,
      },
    ],
    charts: [
      {
        type: "columnStacked",
        title: "Aktiviteter per artikel",
        data: { row: 5, col: 0, rows: 7, cols: 4 },
        seriesBy: "columns",
        colours: ["#107C10", "#0078D4", "#DA3B01"],
        anchor: { row: 5, col: 5, rows: 15, cols: 8 },
      },
      {
        type: "barClustered",
        title: "Budget och utfall",
        data: { row: 5, col: 0, rows: 7, cols: 2 },
        seriesBy: "rows",
        colours: ["#616161", "#0078D4"],
        anchor: { row: 21, col: 5, rows: 15, cols: 8 },
      },
    ],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 0, last: 1 },
      pageBreaks: [21],
    },
  };
}

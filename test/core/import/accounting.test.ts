/**
 * "Every line of the input is accounted for in the preview", as a property: for any
 * mix of plan-like lines (headers, titles, headings, bullets, labelled parts, amounts,
 * hostile text), in table or document shape, each non-empty row is one line of the
 * result with a role, each goal and activity points at a line that names its ID, and
 * each line taken as not understood is listed with its cell.
 */
import fc from "fast-check";
import { isBlank, type CellValue } from "../../../src/core/cells/cells";
import type { ImportResult } from "../../../src/core/import/import.types";
import { importList, importText } from "../../../src/core/import/importList";

const RUNS = { numRuns: 300, seed: 20_181_120 };

const PIECES = [
  "Artikel",
  "Mål",
  "Aktivitet",
  "Ansvarig",
  "Tidplan",
  "Kostnad",
  "Resurser",
  "Indikator",
  "Målvärde",
  "Handlingsplan för jämställdhet 2018–2020",
  "Artikel 11 – Arbetsgivarrollen",
  "Article 2 – Political representation",
  "Mål 1: Jämställda löner (artikel 11)",
  "Mål:",
  "1. Heltid som norm (artikel 11)",
  "1.1 Lönekartläggning",
  "a) Utbilda chefer",
  "• Lönekartläggning. Ansvar: HR. Tid: löpande. Kostnad: 50 tkr.",
  "– Trygghetsvandringar. Tid: från 2020. Kostnad: 30 000 kr/år",
  "o Analys per kön",
  "Ansvar: HR-avdelningen. Tid: t.o.m. 2021.",
  "Indikator: Andel kvinnor (%). Målvärde: 50 %",
  "Aktiviteter:",
  "delningen i nämnder och",
  "(artikel 2)",
  "Sida 2 av 3",
  "inför budget 2021",
  "1,2 mnkr",
  "=SUMMA(A1:A3)",
  "#N/A",
  "",
  "   ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<CellValue>(...PIECES) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 11, 50000, true) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const rows = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 14 });

function checkAccounted(values: readonly (readonly CellValue[])[], result: ImportResult): void {
  const nonBlank = values.flatMap((row, r) => (row.some((v) => !isBlank(v)) ? [r + 1] : []));
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
  expect(result.lines.map((l) => rowOf(l.cell))).toEqual(nonBlank);
  const byRow = new Map(result.lines.map((l) => [rowOf(l.cell), l]));
  for (const g of result.goals) expect(byRow.get(rowOf(g.cell))?.ids).toContain(g.id);
  for (const a of result.activities) expect(byRow.get(rowOf(a.cell))?.ids).toContain(a.id);
  const listedRows = new Set(result.notUnderstood.map((n) => rowOf(n.cell)));
  for (const n of result.notUnderstood) expect(byRow.has(rowOf(n.cell))).toBe(true);
  // A line not understood is listed, on its own row or on a line that continues it.
  result.lines.forEach((l, i) => {
    if (l.role !== "notUnderstood") return;
    const block = [l];
    for (let k = i + 1; result.lines[k]?.role === "part"; k++) block.push(result.lines[k]!);
    expect(block.some((b) => listedRows.has(rowOf(b.cell)))).toBe(true);
  });
}

describe("every line is accounted for", () => {
  it("in a range, whatever it holds", () => {
    fc.assert(
      fc.property(rows, (values) => {
        const result = importList(
          { sheet: "Blad1", top: 0, left: 0, values },
          { lang: "sv", from: "2018-01-01", to: "2020-12-31" },
        );
        checkAccounted(values, result);
      }),
      RUNS,
    );
  });

  it("in pasted text, whatever it holds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (lines) => {
        const result = importText(lines.join("\n"), { lang: "sv" });
        checkAccounted(
          lines.map((l) => l.split("\t")),
          result,
        );
      }),
      RUNS,
    );
  });
});

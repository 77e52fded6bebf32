/**
 * The follow-up sheet as a reader prints it. Both example plans (assets/example, made by
 * `npm run example`) get their annual follow-up sheet in Swedish and in English, written
 * by the file adapter; LibreOffice (the referee) prints the four workbooks to PDF in one
 * run, and poppler's pdftotext and pdftoppm give each page's words and pixels. Each
 * chart's plot, the band between its title and its legend (found by their words), must
 * hold coloured ink and a solid patch of every series' colour that has a bar to draw:
 * a chart whose series carry no fill prints as an empty frame, with axes and legend.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import type { Lang } from "../../../src/core/language/language";
import type { LayoutChart, SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";
import { openXlsx, saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { convertInLibreOffice } from "./libreOffice";
import {
  colouredPixels,
  pdfPixels,
  pdfWords,
  solidPixels,
  type PdfPage,
  type PdfWord,
  type PixelBox,
  type Pixels,
} from "./pdfPages";

jest.setTimeout(300_000);

const examples = join(__dirname, "..", "..", "..", "assets", "example");
const PLANS = [
  { file: "exempelplan.xlsx", period: "Helår 2020" },
  { file: "example-plan.xlsx", period: "Annual 2020" },
] as const;
const LANGS: readonly Lang[] = ["sv", "en"];
/** Pixels per inch of the rendered pages: an A4 page in landscape is 1169 × 827. */
const DPI = 100;

type Rendered = {
  readonly name: string;
  readonly layout: SheetLayout;
  /** The follow-up sheet's pages (the plan's own sheets print before it), with the words they show. */
  readonly pages: readonly PdfPage[];
  readonly pixels: ReadonlyMap<number, Pixels>;
};

const rendered: Rendered[] = [];
let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cemr-render-"));
  const made: { name: string; layout: SheetLayout }[] = [];
  for (const plan of PLANS)
    for (const lang of LANGS) {
      const wb = await openXlsx(readFileSync(join(examples, plan.file)));
      const port = xlsxPort(wb);
      const prepared = await prepareSummary(port, plan.period, lang, "2021-01-15");
      if (!prepared.ok) throw new Error(`${plan.file}: no period ${plan.period}`);
      expect((await writeSummary(port, prepared)).ok).toBe(true);
      const name = `${plan.file.replace(/\.xlsx$/, "")}-${lang}`;
      writeFileSync(join(dir, `${name}.xlsx`), await saveXlsx(wb));
      made.push({ name, layout: prepared.layout });
    }
  const pdfDir = join(dir, "pdf");
  await convertInLibreOffice(
    made.map((m) => join(dir, `${m.name}.xlsx`)),
    {
      filter: "pdf",
      outDir: pdfDir,
      home: join(dir, "home"),
      converted: (file, outNames) =>
        outNames.includes(
          `${file
            .split("/")
            .pop()
            ?.replace(/\.xlsx$/, "")}.pdf`,
        ),
    },
  );
  for (const m of made) {
    const pdf = join(pdfDir, `${m.name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not print ${m.name}.xlsx`);
    const title = firstCellText(m.layout);
    // The sheet's pages: those that show its title (repeated on each page).
    const pages = (await pdfWords(pdf)).filter((p) => findRun([p], title) !== null);
    if (pages.length === 0) throw new Error(`${m.name}: no page shows "${title}"`);
    const numbers = pages.map((p) => p.number);
    const out = join(dir, `px-${m.name}`);
    mkdirSync(out);
    const pixels = await pdfPixels(pdf, Math.min(...numbers), Math.max(...numbers), DPI, out);
    // LibreOffice also writes, clipped away, what lies beyond a page's edge (the next
    // chart, a cut one's other half): only words with ink under them are on the page.
    const shown = pages.map((p) => {
      const px = pixels.get(p.number);
      return { ...p, words: px ? p.words.filter((w) => inked(px, w)) : [] };
    });
    rendered.push({ ...m, pages: shown, pixels });
  }
});

afterAll(() => {
  if (dir && !process.env["CEMR_KEEP_RENDER"]) rmSync(dir, { recursive: true, force: true });
});

function firstCellText(layout: SheetLayout): string {
  const v = layout.blocks[0]?.cells[0]?.[0]?.v;
  if (typeof v !== "string") throw new Error("the sheet has no title");
  return v;
}

/** Whether a word shows on the page: some dark pixel in its box. */
function inked(p: Pixels, w: PdfWord): boolean {
  const px = DPI / 72;
  for (let y = Math.max(0, Math.floor(w.yMin * px)); y < Math.min(p.height, Math.ceil(w.yMax * px)); y++)
    for (let x = Math.max(0, Math.floor(w.xMin * px)); x < Math.min(p.width, Math.ceil(w.xMax * px)); x++) {
      const k = (y * p.width + x) * 3;
      if (Math.max(p.rgb[k]!, p.rgb[k + 1]!, p.rgb[k + 2]!) < 140) return true;
    }
  return false;
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== "");

/** Where a run of words (a chart's title) is printed: its page and its words, or null. */
function findRun(pages: readonly PdfPage[], text: string): { page: PdfPage; words: PdfWord[] } | null {
  const want = wordsOf(text);
  for (const page of pages)
    for (let i = 0; i + want.length <= page.words.length; i++) {
      const run = page.words.slice(i, i + want.length);
      if (run.every((w, k) => w.text === want[k])) return { page, words: run };
    }
  return null;
}

/** The series' names of a chart: its data table's header, the category column aside. */
function seriesNames(layout: SheetLayout, chart: LayoutChart): string[] {
  const table = layout.tables.find((t) => t.row === chart.data.row && t.col === chart.data.col);
  if (!table) throw new Error(`no data table for "${chart.title}"`);
  return table.header.slice(1);
}

/** Whether series i has a bar to draw: a value above 0 in its column. */
function hasBar(layout: SheetLayout, chart: LayoutChart, i: number): boolean {
  const table = layout.tables.find((t) => t.row === chart.data.row && t.col === chart.data.col);
  return (table?.rows ?? []).some((r) => {
    const v = r[i + 1]?.v;
    return typeof v === "number" && v > 0;
  });
}

/**
 * The band of a chart's plot on its page, in pixels: below its title, above its legend
 * (the first line under the title holding every series' name), across the page.
 */
function plotBox(r: Rendered, chart: LayoutChart): { page: number; box: PixelBox } | string {
  const title = findRun(r.pages, chart.title);
  if (!title) return `${r.name}: the title of "${chart.title}" is not printed`;
  const { page } = title;
  const below = Math.max(...title.words.map((w) => w.yMax));
  const names = seriesNames(r.layout, chart).flatMap(wordsOf);
  const legend = linesOf(page)
    .filter((ws) => ws.every((w) => w.yMin > below))
    .find((ws) => names.every((n) => ws.some((w) => w.text === n)));
  if (!legend) return `${r.name}: no legend under "${chart.title}" on its page (split by a page break?)`;
  const px = DPI / 72;
  return {
    page: page.number,
    box: {
      x0: 0,
      x1: Math.floor(page.width * px),
      y0: Math.ceil(below * px) + 1,
      y1: Math.floor(Math.min(...legend.map((w) => w.yMin)) * px) - 1,
    },
  };
}

/** The lines of a page, by the top of their words (to the point), top to bottom. */
function linesOf(page: PdfPage): PdfWord[][] {
  const lines = new Map<number, PdfWord[]>();
  for (const w of page.words) {
    const key = Math.round(w.yMin);
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws);
}

/**
 * How often a chart's legend shows: lines holding every series' name and nothing else.
 * A chart cut by a page break shows on both pages, so its legend may show twice.
 */
function legendsPrinted(r: Rendered, chart: LayoutChart): number {
  const names = new Set(seriesNames(r.layout, chart).flatMap(wordsOf));
  return r.pages
    .flatMap(linesOf)
    .filter(
      (ws) => ws.every((w) => names.has(w.text)) && [...names].every((n) => ws.some((w) => w.text === n)),
    ).length;
}

describe("the follow-up sheet printed by LibreOffice", () => {
  it("has four renders, each with its four charts (the example plans are linked to national sub-goals)", () => {
    expect(rendered.map((r) => r.name)).toEqual([
      "exempelplan-sv",
      "exempelplan-en",
      "example-plan-sv",
      "example-plan-en",
    ]);
    for (const r of rendered) expect(r.layout.charts).toHaveLength(4);
  });

  it("prints each chart whole on one page: its title and legend on the same page, once", () => {
    const cut = rendered.flatMap((r) =>
      r.layout.charts
        .filter((c) => typeof plotBox(r, c) === "string" || legendsPrinted(r, c) !== 1)
        .map((c) => `${r.name} "${c.title}"`),
    );
    expect(cut).toEqual([]);
  });

  it("draws every chart's bars in colour, each series in its own colour", () => {
    const faults: string[] = [];
    for (const r of rendered)
      for (const chart of r.layout.charts) {
        const found = plotBox(r, chart);
        if (typeof found === "string") {
          faults.push(found);
          continue;
        }
        const { page, box } = found;
        const pixels = r.pixels.get(page);
        if (!pixels) throw new Error(`${r.name}: page ${page} not rendered`);
        const coloured = colouredPixels(pixels, box);
        if (coloured < 200)
          faults.push(`${r.name} "${chart.title}": ${coloured} coloured pixels in its plot`);
        seriesNames(r.layout, chart).forEach((name, i) => {
          if (!hasBar(r.layout, chart, i)) return;
          const colour = chart.colours[i] ?? "(none)";
          const solid = solidPixels(pixels, box, colour);
          if (solid < 20)
            faults.push(`${r.name} "${chart.title}": series "${name}" has ${solid} pixels of ${colour}`);
        });
      }
    expect(faults).toEqual([]);
  });
});

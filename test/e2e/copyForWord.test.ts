/**
 * "Kopiera för Word" / "Copy for Word" in a real browser (Debian's Chromium): on the web
 * page with the example plan, the button puts the section on the clipboard as HTML in
 * which each chart is a PNG picture, drawn on the browser's canvas, with the chart's alt
 * text, and the tables are real tables. The clipboard is read back as Word would get it
 * (navigator.clipboard.read), and each picture is decoded there and must show coloured
 * bars. The pictures are saved to test-output/screenshots.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareSummary } from "../../src/app/summariseWorkbook";
import type { Lang } from "../../src/core/language/language";
import { reportSection, type SectionChart } from "../../src/core/summary";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { offlineOffice, servedBrowser } from "./browser";

const root = join(__dirname, "..", "..");
const shots = join(root, "test-output", "screenshots");
mkdirSync(shots, { recursive: true });
const env = servedBrowser();

const WORDS = {
  sv: {
    file: "exempelplan.xlsx",
    example: "Prova med exempelplanen",
    followUp: "Uppföljning",
    annual: "Helår 2020",
    copy: "Kopiera för Word",
    copied: "Avsnittet är kopierat; klistra in det i Word.",
  },
  en: {
    file: "example-plan.xlsx",
    example: "Try with the example plan",
    followUp: "Follow-up",
    annual: "Annual 2020",
    copy: "Copy for Word",
    copied: "The section is copied; paste it into Word.",
  },
} as const;

type Picture = { alt: string; src: string; width: number; height: number; coloured: number };
type Pasted = { pictures: Picture[]; tables: number; captions: string[]; h1: string };

/** What the page's clipboard holds as HTML, read as a paste would read it; each picture decoded and its ink counted. */
const readClipboard = async (): Promise<Pasted> => {
  const items = await navigator.clipboard.read();
  const item = items.find((i) => i.types.includes("text/html"));
  if (!item) throw new Error("no HTML on the clipboard");
  const html = await (await item.getType("text/html")).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  const pictures: Picture[] = [];
  for (const img of Array.from(doc.querySelectorAll("img"))) {
    const decoded = new Image();
    decoded.src = img.getAttribute("src") ?? "";
    await decoded.decode();
    const canvas = document.createElement("canvas");
    canvas.width = decoded.naturalWidth;
    canvas.height = decoded.naturalHeight;
    const g = canvas.getContext("2d")!;
    g.drawImage(decoded, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, gr, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.max(r, gr, b) - Math.min(r, gr, b) > 60) coloured++;
    }
    const src = img.getAttribute("src") ?? "";
    pictures.push({
      alt: img.getAttribute("alt") ?? "",
      src,
      width: Number(img.getAttribute("width")),
      height: Number(img.getAttribute("height")),
      coloured,
    });
  }
  return {
    pictures,
    tables: doc.querySelectorAll("table").length,
    captions: Array.from(doc.querySelectorAll("p.MsoCaption")).map((p) => p.textContent ?? ""),
    h1: doc.querySelector("h1")?.textContent ?? "",
  };
};

async function expectedSection(lang: Lang) {
  const port = xlsxPort(await openXlsx(readFileSync(join(root, "assets", "example", WORDS[lang].file))));
  const prepared = await prepareSummary(port, WORDS[lang].annual, lang, "2021-01-15");
  if (!prepared.ok) throw new Error("the example has no annual 2020");
  return reportSection(prepared.summary, lang);
}

describe.each(["sv", "en"] as const)("Copy for Word on the web page (%s)", (lang) => {
  it("puts the charts on the clipboard as PNG pictures with their alt text, beside real tables", async () => {
    const w = WORDS[lang];
    const context = await env.browser.newContext({
      locale: lang === "sv" ? "sv-SE" : "en-GB",
      viewport: { width: 350, height: 900 },
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.goto(`${env.url}/index.html`);
      await page.getByRole("button", { name: w.example }).click();
      await page.getByText("Region Vättersund").first().waitFor();
      await page.getByRole("tab", { name: w.followUp }).click();
      await page.getByLabel("Period").selectOption(w.annual);
      await page.getByRole("button", { name: w.copy }).click();
      await page.getByText(w.copied).waitFor();
      const pasted = await page.evaluate(readClipboard);

      const section = await expectedSection(lang);
      const charts = section.blocks.filter((b): b is SectionChart => b.kind === "chart");
      // The sheet's three charts and goals per national sub-goal (the example plans are linked).
      expect(charts).toHaveLength(4);
      expect(pasted.h1).toBe(section.title);
      expect(pasted.pictures.map((p) => p.alt)).toEqual(charts.map((c) => c.alt));
      for (const [i, p] of pasted.pictures.entries()) {
        expect(p.src.slice(0, 22)).toBe("data:image/png;base64,");
        writeFileSync(
          join(shots, `copy-for-word-${lang}-${i + 1}.png`),
          Buffer.from(p.src.slice(22), "base64"),
        );
        expect(p.width).toBe(600);
        expect(p.height).toBeGreaterThanOrEqual(300);
        // Bars in the pane's colours: text, grid and axes are grey or black.
        expect(p.coloured).toBeGreaterThan(2000);
      }
      // The tables are tables; the charts no longer come as tables of their figures.
      expect(pasted.tables).toBe(section.blocks.filter((b) => b.kind === "table").length);
      expect(pasted.captions).toEqual(
        section.blocks.flatMap((b) => (b.kind === "table" || b.kind === "chart" ? [b.caption] : [])),
      );
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

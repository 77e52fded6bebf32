/**
 * The charts in a real browser, on the web page with the example plan, at a task
 * pane's 350 px: the Follow-up view's and the Check view's charts are drawn whole in
 * Swedish/light and English/dark, show the same figures the core computes for the
 * summary sheet, say what they show, open their figures from the keyboard, and pass
 * axe. A plan whose goals span many articles is charted for the whole plan until the
 * pane is widened. High contrast draws in the system's colours. Each chart is
 * photographed to test-output/screenshots.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { prepareSummary } from "../../src/app/summariseWorkbook";
import { articleCoverage } from "../../src/core/checks/coverage";
import { findingCounts } from "../../src/core/checks/findingCounts";
import type { Lang } from "../../src/core/language/language";
import { summaryChartData } from "../../src/core/summary/chartData";
import { openXlsx, saveXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { figuresInWords, type BarChartModel } from "../../src/taskpane/views/chartModel";
import { COVERAGE_SYMBOL } from "../../src/taskpane/views/CoverageGlance";
import { findingsChartModel } from "../../src/taskpane/views/findingsChartModel";
import { followUpChartModels } from "../../src/taskpane/views/followUpChartModels";
import { offlineOffice, servedBrowser } from "./browser";
import { axe, barLabels, cutOff } from "./pageChecks";

const root = join(__dirname, "..", "..");
const shots = join(root, "test-output", "screenshots");
mkdirSync(shots, { recursive: true });

const env = servedBrowser();

const WORDS = {
  sv: {
    file: "exempelplan.xlsx",
    example: "Prova med exempelplanen",
    followUp: "Uppföljning",
    check: "Granska",
    checkAgain: "Granska igen",
    refDate: "Granska per",
    annual: "Helår 2020",
    findings: /Anmärkningar:/,
    show: "Visa siffrorna",
    hide: "Dölj siffrorna",
    charts: "Diagram",
  },
  en: {
    file: "example-plan.xlsx",
    example: "Try with the example plan",
    followUp: "Follow-up",
    check: "Check",
    checkAgain: "Check again",
    refDate: "Check as of",
    annual: "Annual 2020",
    findings: /Findings:/,
    show: "Show the figures",
    hide: "Hide the figures",
    charts: "Charts",
  },
} as const;

type Opened = { context: BrowserContext; page: Page; errors: string[]; external: string[] };

/** The web page at a pane's width, on the example plan or on the given file. */
async function open(
  lang: Lang,
  scheme: "light" | "dark",
  options: { width?: number; forcedColors?: boolean; file?: Buffer } = {},
): Promise<Opened> {
  const context = await env.browser.newContext({
    locale: lang === "sv" ? "sv-SE" : "en-GB",
    colorScheme: scheme,
    forcedColors: options.forcedColors ? "active" : "none",
    viewport: { width: options.width ?? 350, height: 900 },
  });
  const page = await context.newPage();
  const external = await offlineOffice(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.url}/index.html`);
  if (options.file) {
    await page.locator('input[type="file"]').setInputFiles({
      name: WORDS[lang].file,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: options.file,
    });
  } else {
    await page.getByRole("button", { name: WORDS[lang].example }).click();
  }
  await page.getByText("Region Vättersund").first().waitFor();
  return { context, page, errors, external };
}

const exampleBytes = (lang: Lang) => readFileSync(join(root, "assets", "example", WORDS[lang].file));

/** The Follow-up view's charts as the core and the model make them for a pane `width` px wide. */
async function expectedFollowUp(bytes: Buffer, lang: Lang, width: number): Promise<BarChartModel[]> {
  const prepared = await prepareSummary(
    xlsxPort(await openXlsx(bytes)),
    WORDS[lang].annual,
    lang,
    "2021-01-15",
  );
  if (!prepared.ok) throw new Error("the example has no annual 2020");
  return followUpChartModels(summaryChartData(prepared.summary), lang, prepared.summary.currency, width);
}

/** Opens the Follow-up view on the annual 2020 period and waits for its charts. */
async function followUp(page: Page, lang: Lang): Promise<number> {
  await page.getByRole("tab", { name: WORDS[lang].followUp }).click();
  await page.getByLabel("Period").selectOption(WORDS[lang].annual);
  const section = page.getByRole("region", { name: WORDS[lang].charts, exact: true });
  await section.locator("figure svg[role=region]").first().waitFor();
  return section.evaluate((el) => Math.floor(el.getBoundingClientRect().width));
}

/** The figure of a chart, found by its title. */
const figureOf = (page: Page, m: BarChartModel): Locator =>
  page.getByRole("figure", { name: m.title, exact: true });

/** The figures table of a chart, opened from the keyboard, as its cells' text. */
async function figuresByKeyboard(page: Page, figure: Locator, lang: Lang): Promise<string[][]> {
  const button = figure.getByRole("button", { name: WORDS[lang].show });
  await button.focus();
  await page.keyboard.press("Enter");
  await figure.getByRole("button", { name: WORDS[lang].hide }).waitFor();
  return figure
    .getByRole("table")
    .locator("tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? "")),
    );
}

/** What each bar of a model is called for a screen reader, as BarChart labels it. */
const expectedBars = (m: BarChartModel): string[] =>
  m.groups.flatMap((g) =>
    m.series.flatMap((s) => {
      const v = g.values[s.key];
      return v === undefined ? [] : [`${g.name}, ${s.legend}: ${m.format(v)}`];
    }),
  );

describe.each([
  ["sv", "light"],
  ["en", "dark"],
] as const)("the charts on the example plan (%s, %s)", (lang: Lang, scheme) => {
  jest.setTimeout(180_000);
  const w = WORDS[lang];

  it("show the Follow-up view's figures whole, described, by keyboard, and pass axe", async () => {
    const { context, page, errors, external } = await open(lang, scheme);
    const width = await followUp(page, lang);
    const models = await expectedFollowUp(exampleBytes(lang), lang, width);
    // At 350 px the example's five articles fit: status and money per article, a chart per unit,
    // and goals per national sub-goal (the example plans are linked).
    expect(models.map((m) => [m.id, m.layout])).toEqual([
      ["status", "stacked"],
      ["money", "grouped"],
      ["gender-0", "grouped"],
      ["gender-1", "grouped"],
      ["gender-2", "grouped"],
      ["subGoals", "stacked"],
    ]);
    const figures = page.getByRole("figure");
    expect(await figures.count()).toBe(models.length);
    for (const m of models) {
      const figure = figureOf(page, m);
      await figure.scrollIntoViewIfNeeded();
      await figure.screenshot({ path: join(shots, `chart-${m.id}-${lang}-${scheme}.png`) });
      expect(await cutOff(figure)).toEqual([]);
      // What it shows, in words and in the pane's language, and every bar named with its figure.
      expect(await figure.getAttribute("aria-describedby")).toBeTruthy();
      await expect(figure.getByText(m.alt, { exact: true }).isVisible()).resolves.toBe(true);
      const said = await figure.locator("svg[role=region]").getAttribute("aria-label");
      expect(said).toBe(`${m.kind}: ${m.title}. ${m.alt} ${figuresInWords(m, lang)}`);
      expect(await barLabels(figure)).toEqual(expectedBars(m));
    }
    if (lang === "sv") {
      // The README's picture: the view's top with its first two charts.
      const pageY = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const top = await pageY(page.getByRole("heading", { name: w.followUp, level: 2 }));
      const bottom = await pageY(figureOf(page, models[2]!));
      await page.screenshot({
        path: join(shots, "readme-followup-sv-light.png"),
        fullPage: true,
        clip: { x: 0, y: top - 8, width: 350, height: bottom - top },
      });
    }
    // The bars one by one from the keyboard: Tab into the chart, then the arrow keys.
    const status = figureOf(page, models[0]!);
    await page.getByLabel("Period").focus();
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    const bars = expectedBars(models[0]!);
    expect(await focused()).toBe(bars[0]);
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe(bars[1]);
    expect(await status.evaluate((fig) => fig.contains(document.activeElement))).toBe(true);
    await axe(page, "follow-up charts");
    for (const m of models) {
      const figure = figureOf(page, m);
      expect(await figuresByKeyboard(page, figure, lang)).toEqual([[...m.table.head], ...m.table.rows]);
      expect(await cutOff(figure)).toEqual([]);
    }
    await axe(page, "follow-up charts with their figures");
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("chart the findings above the list and show the coverage at a glance, colour never alone", async () => {
    const { context, page, errors } = await open(lang, scheme);
    await page.getByRole("tab", { name: w.check }).click();
    await page.getByText(w.findings).waitFor();
    await page.getByLabel(w.refDate).selectOption({ label: `${w.annual} (2020-12-31)` });
    await page.getByRole("button", { name: w.checkAgain }).click();
    await page.getByText(w.findings).waitFor();

    const port = xlsxPort(await openXlsx(exampleBytes(lang)));
    const { plan, findings } = await checkWorkbook(port, "2020-12-31", lang);
    const m = findingsChartModel(findingCounts(findings), lang);
    if (m === null) throw new Error("the example has findings as of 2020-12-31");
    const figure = figureOf(page, m);
    await figure.locator("svg[role=region]").waitFor();
    await page.waitForFunction(
      () => document.querySelector("figure svg[role=region] [role=option]") !== null,
    );
    // Above the list: the chart comes before the findings' heading.
    const before = await figure.evaluate((fig) => {
      const heading = document.getElementById("findings-title");
      return (
        heading !== null && (fig.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      );
    });
    expect(before).toBe(true);
    await figure.screenshot({ path: join(shots, `chart-findings-${lang}-${scheme}.png`) });
    expect(await cutOff(figure)).toEqual([]);
    expect(await barLabels(figure)).toEqual(expectedBars(m));
    expect(await figuresByKeyboard(page, figure, lang)).toEqual([[...m.table.head], ...m.table.rows]);

    // Every article's tile carries the symbol of its coverage, not only its colour.
    const glance = page.getByRole("img", {
      name: lang === "sv" ? /täckning i korthet/ : /coverage at a glance/,
    });
    const tiles = await glance.evaluate((el) => [...el.children].map((t) => t.textContent));
    expect(tiles).toEqual(articleCoverage(plan, lang).map((r) => `${COVERAGE_SYMBOL[r.state]}${r.number}`));
    // The tiles with their key.
    await glance.locator("..").screenshot({ path: join(shots, `coverage-glance-${lang}-${scheme}.png`) });
    await axe(page, "check with chart");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the charts of a plan whose goals span many articles", () => {
  jest.setTimeout(180_000);

  /** The example with each goal i naming articles i, i + 10 and i + 20: thirty articles with activities. */
  async function broadPlan(): Promise<Buffer> {
    const wb = await openXlsx(exampleBytes("sv"));
    const port = xlsxPort(wb);
    const goals = (await port.read()).tables.find((t) => t.name === "Goals");
    if (!goals || !port.updateRows)
      throw new Error("no Goals table, or a file adapter that cannot update rows");
    const header = goals.values[0] ?? [];
    const col = header.findIndex((h) => h === "Artikel");
    expect(col).toBeGreaterThanOrEqual(0);
    await port.updateRows(
      goals.values.slice(1).map((_, i) => ({
        table: "Goals",
        row: goals.top + 1 + i,
        values: header.map((__, c) => (c === col ? `${i + 1}, ${i + 11}, ${i + 21}` : undefined)),
      })),
    );
    return Buffer.from(await saveXlsx(wb));
  }

  it("charts the whole plan in a 350 px pane and per article once the pane is widened", async () => {
    const file = await broadPlan();
    const { context, page, errors } = await open("sv", "light", { file });
    const width = await followUp(page, "sv");
    const narrow = await expectedFollowUp(file, "sv", width);
    expect(narrow.slice(0, 2).map((m) => m.title)).toEqual([
      "Aktiviteternas status",
      "Budget, utfall och prognos (tkr)",
    ]);
    for (const m of narrow.slice(0, 2)) {
      const figure = figureOf(page, m);
      await figure.screenshot({ path: join(shots, `chart-${m.id}-total-sv-light.png`) });
      expect(await cutOff(figure)).toEqual([]);
      expect(await barLabels(figure)).toEqual(expectedBars(m));
    }
    await page.setViewportSize({ width: 1200, height: 900 });
    const wide = await expectedFollowUp(file, "sv", await followUpWidth(page));
    expect(wide[0]?.title).toBe("Aktiviteternas status per artikel");
    const figure = figureOf(page, wide[0]!);
    await figure.locator("svg [role=option]").first().waitFor();
    await figure.screenshot({ path: join(shots, "chart-status-wide-sv-light.png") });
    expect(await cutOff(figure)).toEqual([]);
    expect(await barLabels(figure)).toEqual(expectedBars(wide[0]!));
    expect(errors).toEqual([]);
    await context.close();
  });

  async function followUpWidth(page: Page): Promise<number> {
    const section = page.getByRole("region", { name: "Diagram", exact: true });
    return section.evaluate((el) => Math.floor(el.getBoundingClientRect().width));
  }
});

describe("the charts in high contrast", () => {
  jest.setTimeout(180_000);

  it("draw in the system's colours with their figures open, and pass axe", async () => {
    const { context, page, errors } = await open("sv", "light", { forcedColors: true });
    await followUp(page, "sv");
    const figures = page.getByRole("figure");
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      expect(await figure.getByRole("button", { name: "Dölj siffrorna" }).getAttribute("aria-expanded")).toBe(
        "true",
      );
      expect(await figure.getByRole("table").isVisible()).toBe(true);
      const fills = await figure.evaluate((fig) => [
        ...new Set([...fig.querySelectorAll("svg [role=option]")].map((b) => b.getAttribute("fill"))),
      ]);
      expect(
        fills.every((f) =>
          ["CanvasText", "Highlight", "LinkText", "GrayText", "ActiveText", "VisitedText"].includes(f ?? ""),
        ),
      ).toBe(true);
      expect(await cutOff(figure)).toEqual([]);
    }
    await figures.first().screenshot({ path: join(shots, "chart-status-sv-high-contrast.png") });
    await axe(page, "follow-up charts in high contrast");
    expect(errors).toEqual([]);
    await context.close();
  });
});

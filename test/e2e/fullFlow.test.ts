/**
 * End to end in Chromium on the built web page, in Swedish and light and in English
 * and dark: open the example plan, check it as of a period's cut-off and pick a
 * finding, import a pasted plan, write an interim and an annual summary, save, and
 * verify the downloaded file with exceljs: the input tables unchanged, the new
 * sheets present with the right key figures. Every view is checked with axe-core
 * and photographed at a task pane's width.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { readPlan } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/language/language";
import { offlineOffice, servedBrowser } from "./browser";
import { axe } from "./pageChecks";

const root = join(__dirname, "..", "..");
const shots = join(root, "test-output", "screenshots");
mkdirSync(shots, { recursive: true });

const env = servedBrowser();

const WORDS = {
  sv: {
    example: "Prova med exempelplanen",
    tabPlan: "Plan",
    tabImport: "Importera",
    tabCheck: "Granska",
    tabSummary: "Uppföljning",
    org: "Region Vättersund",
    refDate: "Granska per",
    findings: /Anmärkningar:/,
    cellNow: /Cellen just nu:/,
    period: "Period",
    write: "Skriv uppföljningsbladet",
    written: /Bladet är skrivet:/,
    save: "Spara en kopia",
    interim: "Delår 2020",
    annual: "Helår 2020",
    interimSheet: "Delår 2020",
    annualSheet: "Årsbokslut 2020",
    text: "Text till årsredovisningen",
    figure: /Av planens 24 aktiviteter är 20 genomförda/,
    file: "exempelplan.xlsx",
  },
  en: {
    example: "Try with the example plan",
    tabPlan: "Plan",
    tabImport: "Import",
    tabCheck: "Check",
    tabSummary: "Follow-up",
    org: "Region Vättersund",
    refDate: "Check as of",
    findings: /Findings:/,
    cellNow: /The cell now:/,
    period: "Period",
    write: "Write the follow-up sheet",
    written: /The sheet is written:/,
    save: "Save a copy",
    interim: "Interim 2020",
    annual: "Annual 2020",
    interimSheet: "Interim report 2020",
    annualSheet: "Annual report 2020",
    text: "Text for the annual report",
    figure: /Of the plan's 24 activities, 20 are done/,
    file: "example-plan.xlsx",
  },
} as const;

function allText(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text))));
  return out.join("\n");
}

describe.each([
  ["sv", "light"],
  ["en", "dark"],
] as const)("the example plan on the web page (%s, %s)", (lang: Lang, scheme) => {
  jest.setTimeout(180_000);
  const w = WORDS[lang];

  it("is opened, checked, summarised twice and saved without touching its tables", async () => {
    const context = await env.browser.newContext({
      locale: lang === "sv" ? "sv-SE" : "en-GB",
      colorScheme: scheme,
      viewport: { width: 350, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}/index.html`);
    await axe(page, "start");

    await page.getByRole("button", { name: w.example }).click();
    await page.getByText(w.org).first().waitFor();
    await page.screenshot({ path: join(shots, `plan-${lang}-${scheme}.png`), fullPage: true });
    await axe(page, "plan");

    await page.getByRole("tab", { name: w.tabCheck }).click();
    await page.getByText(w.findings).waitFor();
    await page.getByLabel(w.refDate).selectOption({ label: `${w.annual} (2020-12-31)` });
    await page.getByRole("button", { name: lang === "sv" ? "Granska igen" : "Check again" }).click();
    await page.getByText(w.findings).waitFor();
    await page
      .getByRole("button", { name: /RESOURCE_OVER_BUDGET|budget/i })
      .first()
      .click();
    await page.getByText(w.cellNow).waitFor();
    await page.screenshot({ path: join(shots, `check-${lang}-${scheme}.png`), fullPage: true });
    await axe(page, "check");

    await page.getByRole("tab", { name: w.tabImport }).click();
    await page.getByRole("button", { name: lang === "sv" ? "Förhandsgranska" : "Preview" }).waitFor();
    await page.screenshot({ path: join(shots, `import-${lang}-${scheme}.png`), fullPage: true });
    await axe(page, "import");

    await page.getByRole("tab", { name: w.tabSummary }).click();
    await page.getByLabel(w.text).waitFor();
    for (const period of [w.interim, w.annual]) {
      await page.getByLabel(w.period).selectOption(period);
      await page.getByLabel(w.text).waitFor();
      await page.getByRole("button", { name: w.write }).click();
      await page.getByText(w.written).waitFor();
    }
    await page.screenshot({ path: join(shots, `summary-${lang}-${scheme}.png`), fullPage: true });
    await axe(page, "summary");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: w.save }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = await readFile(await download.path());

    const original = readPlan(
      await xlsxPort(await openXlsx(readFileSync(join(root, "assets", "example", w.file)))).read(),
    );
    const after = readPlan(await xlsxPort(await openXlsx(saved)).read());
    for (const key of [
      "facts",
      "articles",
      "goals",
      "activities",
      "periods",
      "followUp",
      "indicatorValues",
    ] as const) {
      expect(after[key]).toEqual(original[key]);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(saved).buffer);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([w.interimSheet, w.annualSheet]));
    const annual = allText(book.getWorksheet(w.annualSheet)!);
    expect(annual).toMatch(w.figure);
    const numbers: unknown[] = [];
    book.getWorksheet(w.annualSheet)!.eachRow((row) => row.eachCell((cell) => numbers.push(cell.value)));
    expect(numbers).toContain(3_480_000);

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

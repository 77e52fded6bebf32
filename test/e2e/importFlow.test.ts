/**
 * Import end to end on the web page: a plan pasted from a document (merged article
 * and goal cells, timeframes in words, one text nobody could date) becomes goals and
 * activities; what was not understood is shown before writing; the loose list itself
 * is untouched in the saved file. A plan's text copied from a PDF and pasted straight
 * into the view becomes the same plan, with every line accounted for, in a 350 px pane.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AxeBuilder } from "@axe-core/playwright";

import { openXlsx, saveXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { loadWithExcelJs } from "../workbook/xlsx/excelJsFiles";
import { readPlan } from "../../src/core/read/readPlan";
import { offlineOffice, servedBrowser } from "./browser";

const env = servedBrowser();
const SHOTS = join(__dirname, "..", "..", "test-output", "screenshots");
const PASTED_EN = readFileSync(join(__dirname, "../fixtures/import/plan-document-en.txt"), "utf8");

const LIST = [
  ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"],
  [
    "Artikel 2 – Politisk representation",
    "Jämn könsfördelning bland ordförande i nämnder",
    "Kartlägga könsfördelningen i nämnder och styrelser",
    "Regionstyrelsen",
    "Våren 2019",
  ],
  [null, null, "Utbildning för valberedningen om jämställd representation", "Regionstyrelsen", "HT 2019"],
  ["Art. 11", "Jämställda löner", "Årlig lönekartläggning med analys per kön", "HR-avdelningen", "Årligen"],
  [null, null, "Handlingsplan för osakliga löneskillnader", "HR-avdelningen", "enligt överenskommelse"],
];

async function looseListFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Inklistrad plan");
  LIST.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:B3");
  ws.mergeCells("A4:A5");
  ws.mergeCells("B4:B5");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("importing a pasted plan on the web page", () => {
  jest.setTimeout(120_000);

  it("previews goals, activities and what it did not understand, then writes them and leaves the list alone", async () => {
    const context = await env.browser.newContext({
      locale: "sv-SE",
      viewport: { width: 350, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    await page.goto(`${env.url}/index.html`);
    await page.locator('input[type="file"]').setInputFiles({
      name: "handlingsplan.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await looseListFile(),
    });
    await page.getByRole("tab", { name: "Importera" }).click();
    await page.getByLabel("Planperiod från").fill("2019-01-01");
    await page.getByLabel("Planperiod till").fill("2020-12-31");
    await page.getByRole("button", { name: "Förhandsgranska" }).first().click();
    await page.getByText("Mål som skrivs (2)").waitFor();
    await page.getByText("Aktiviteter som skrivs (4)").waitFor();
    const notUnderstood = page.getByRole("region", { name: /Inte förstått/ });
    await notUnderstood.getByText("enligt överenskommelse").waitFor();
    await page.getByRole("button", { name: "Skriv till Mål och Aktiviteter" }).click();
    await page.getByText("Skrivet: 2 mål, 4 aktiviteter").waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Spara en kopia" }).click(),
    ]);
    const saved = await readFile(await download.path());
    const wb = await openXlsx(saved);
    const plan = readPlan(await xlsxPort(wb).read());
    expect(plan.goals.rows.map((g) => [g.id, g.articles])).toEqual([
      ["M1", [2]],
      ["M2", [11]],
    ]);
    expect(plan.activities.rows.map((a) => [a.id, a.start, a.end])).toEqual([
      ["A1.1", "2019-01-01", "2019-06-30"],
      ["A1.2", "2019-07-01", "2019-12-31"],
      ["A2.1", "2019-01-01", "2020-12-31"],
      ["A2.2", null, null],
    ]);
    expect(plan.activities.rows[3]?.timeframe).toBe("enligt överenskommelse");
    const list = (await loadWithExcelJs(await saveXlsx(wb))).getWorksheet("Inklistrad plan")!;
    LIST.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) expect(list.getCell(r + 1, c + 1).value).toBe(v);
      }),
    );
    expect(external).toEqual([]);
    await context.close();
  });
});

describe("a plan's text pasted straight into the Import view", () => {
  jest.setTimeout(120_000);

  it("previews the readings, ignored and not-understood lines at 350 px, accessibly, then writes the plan", async () => {
    const context = await env.browser.newContext({
      locale: "en-GB",
      viewport: { width: 350, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    await page.goto(`${env.url}/index.html`);
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await page.getByRole("tab", { name: "Import" }).click();
    await page.getByLabel("Source").selectOption({ label: "Pasted text" });
    await page.getByLabel("The plan's text").fill(PASTED_EN);
    await page.getByLabel("Plan period from").fill("2018-01-01");
    await page.getByLabel("Plan period to").fill("2020-12-31");
    await page.getByRole("button", { name: "Preview" }).first().click();

    await page.getByText("Goals to write (8)").waitFor();
    await page.getByText("Activities to write (17)").waitFor();
    await page.getByText("Read as a document: headings with activities as points.").waitFor();
    const readings = page.getByRole("region", { name: "Read as – check before writing" });
    await readings.getByText(/^SEK 1\.2 million → SEK.1,200,000$/).waitFor();
    await readings.getByText(/^every quarter → 2018-01-01 – 2020-12-31 \(recurring/).waitFor();
    const ignored = page.getByRole("region", { name: "Ignored before the first heading" });
    await ignored.getByText("Background").waitFor();
    const notUnderstood = page.getByRole("region", { name: /Not understood/ });
    await notUnderstood.getByText("SEK 30,000 per year").waitFor();
    await notUnderstood.getByText("before the 2021 budget").waitFor();
    const goals = page.getByRole("region", { name: "Goals to write" });
    await goals.getByText("(1.)").waitFor();

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "import-pasted-en.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(350);
    const axe = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
    expect(
      axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);

    await page.getByRole("button", { name: "Write to Goals and Activities" }).click();
    await page.getByText("Written: 8 goals, 17 activities").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save a copy" }).click(),
    ]);
    const plan = readPlan(await xlsxPort(await openXlsx(await readFile(await download.path()))).read());
    expect(plan.goals.rows.map((g) => g.articles[0])).toEqual([2, 2, 5, 11, 11, 14, 22, 22]);
    expect(plan.activities.rows.find((a) => a.id === "A4.2")?.budget).toBe(1_200_000);
    expect(plan.activities.rows.find((a) => a.id === "A2.2")?.resources).toBe("SEK 30,000 per year");
    expect(external).toEqual([]);
    await context.close();
  });
});

describe("the web page by keyboard", () => {
  jest.setTimeout(120_000);

  it("opens the example plan, moves between views and checks, without a mouse", async () => {
    const context = await env.browser.newContext({ locale: "en-GB", viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    await offlineOffice(page);
    await page.goto(`${env.url}/index.html`);
    const focusOn = async (name: string | RegExp, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
        if (typeof name === "string" ? label.trim() === name : name.test(label)) return;
      }
      throw new Error(`Tab never reached ${String(name)}`);
    };
    await focusOn("Try with the example plan");
    await page.keyboard.press("Enter");
    await page.getByText("Region Vättersund").first().waitFor();
    await focusOn("Plan");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Check the plan" }).waitFor();
    await focusOn("Check again");
    await page.keyboard.press("Enter");
    await page.getByText(/Findings:/).waitFor();
    await context.close();
  });
});

/**
 * The whole product in a real browser, as a person with only a browser would use it:
 * the web page opens an .xlsx file (or starts empty), every view works on it, and
 * "Save a copy" downloads the changed workbook, which exceljs then reads back.
 * Screenshots of each view at a task pane's width go to test-output/screenshots.
 */
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { readPlan } from "../../src/core/read/readPlan";
import ExcelJS from "exceljs";
import { compoundFile, passwordProtectedWorkbook } from "../cli/badFileBytes";
import { offlineOffice, servedBrowser } from "./browser";

const shots = join(__dirname, "..", "..", "test-output", "screenshots");
mkdirSync(shots, { recursive: true });

const env = servedBrowser();

async function openPage(
  locale: string,
  colorScheme: "light" | "dark",
): Promise<{ context: BrowserContext; page: Page; external: string[]; errors: string[] }> {
  const context = await env.browser.newContext({
    locale,
    colorScheme,
    viewport: { width: 350, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const external = await offlineOffice(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.url}/index.html`);
  return { context, page, external, errors };
}

async function saveCopy(page: Page, label: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label }).click(),
  ]);
  const path = await download.path();
  return readFile(path);
}

describe("the web page on an .xlsx file", () => {
  jest.setTimeout(120_000);

  it("sets up a plan in an empty workbook, checks it and saves a copy that Excel tables read back (sv, light)", async () => {
    const { context, page, external, errors } = await openPage("sv-SE", "light");
    await page.getByRole("button", { name: "Börja med en tom arbetsbok" }).click();
    await page.getByRole("tab", { name: "Plan" }).waitFor();
    await page.getByLabel("Planperiod från").fill("2018-01-01");
    await page.getByLabel("Planperiod till").fill("2020-12-31");
    await page.getByRole("button", { name: "Lägg upp planarbetsboken" }).click();
    await page.getByText(/Skapade tabeller:/).waitFor();
    await page.getByRole("definition").filter({ hasText: "2018-01-01 – 2020-12-31" }).waitFor();
    await page.screenshot({ path: join(shots, "plan-sv-light.png"), fullPage: true });

    await page.getByRole("tab", { name: "Granska" }).click();
    await page.getByText(/Anmärkningar:/).waitFor();
    const finding = page.getByRole("button", { name: /Plan!B2/ }).first();
    await finding.click();
    await page.getByText(/Plan!B2 – Cellen just nu:/).waitFor();
    await page.screenshot({ path: join(shots, "check-sv-light.png"), fullPage: true });

    const bytes = await saveCopy(page, "Spara en kopia");
    const wb = await openXlsx(bytes);
    const plan = readPlan(await xlsxPort(wb).read());
    expect(plan.periods.rows.map((p) => p.period)).toEqual([
      "Delår 2018",
      "Helår 2018",
      "Delår 2019",
      "Helår 2019",
      "Delår 2020",
      "Helår 2020",
    ]);
    expect(plan.articles.rows).toHaveLength(30);
    expect(plan.problems.map((p) => p.code)).toEqual(["VALUE_REQUIRED"]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("names what is wrong with each kind of unusable file, and stays usable (sv)", async () => {
    const { context, page, errors } = await openPage("sv-SE", "light");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = "Mål";
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const cases: [string, Buffer, string][] = [
      [
        "skyddad.xlsx",
        Buffer.from(passwordProtectedWorkbook()),
        "Filen är lösenordsskyddad; ta bort lösenordet i Excel och försök igen.",
      ],
      ["gammal.xlsx", Buffer.from(compoundFile(["Workbook"])), "Filen är i det gamla .xls-formatet;"],
      [
        "avkortad.xlsx",
        good.subarray(0, Math.floor(good.length / 2)),
        "Filen är ofullständig (avbruten nedladdning eller kopiering?).",
      ],
      ["tom.xlsx", Buffer.alloc(0), "Filen är tom."],
    ];
    for (const [name, buffer, message] of cases) {
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: "application/octet-stream", buffer });
      await page.getByText(message).waitFor();
    }
    await page.getByRole("button", { name: "Börja med en tom arbetsbok" }).click();
    await page.getByRole("tab", { name: "Plan" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses a file that is not a workbook with one clear message (en, dark)", async () => {
    const { context, page, errors } = await openPage("en-GB", "dark");
    await page.locator('input[type="file"]').setInputFiles({
      name: "notes.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("These are meeting notes, not a workbook."),
    });
    await page.getByText("The file is not an Excel workbook (.xlsx).").waitFor();
    await page.screenshot({ path: join(shots, "start-en-dark.png"), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

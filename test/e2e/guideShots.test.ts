/**
 * The user's guide's pictures, taken from the real web page as a coordinator walks the
 * year: start, import a plan's text, set up the workbook, then on the example plan the
 * overview, a check, the hand-outs for a period, collecting one back, the check again and
 * the interim and annual follow-up. Each step waits for what the guide says it shows, so a
 * step that stops working fails here; the PNGs go to docs/guide/images/ (NAME.LANG.png),
 * where docs/guide.sv.md and guide.en.md show them. The guide's own pages are read too:
 * every picture they show is one this walk takes.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { offlineOffice, servedBrowser } from "./browser";

const root = join(__dirname, "..", "..");
const images = join(root, "docs", "guide", "images");
mkdirSync(images, { recursive: true });

const env = servedBrowser();

/**
 * The page at rest for a picture that is the same every run: no region scrolled sideways (a
 * wide table after a click in it), no hover or focus left where the last click was.
 */
async function unscroll(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    for (const el of document.querySelectorAll("*")) if (el.scrollLeft !== 0) el.scrollLeft = 0;
  });
}

const STEPS = [
  "start",
  "import",
  "setup",
  "plan",
  "check",
  "handout",
  "collect",
  "check-again",
  "interim",
  "annual",
] as const;
type Step = (typeof STEPS)[number];

const WORDS = {
  sv: {
    locale: "sv-SE",
    empty: "Börja med en tom arbetsbok",
    example: "Prova med exempelplanen",
    tabPlan: "Plan",
    tabImport: "Importera",
    tabCheck: "Granska",
    tabSummary: "Uppföljning",
    tabCollect: "Utskick och insamling",
    source: "Källa",
    pasted: "Inklistrad text",
    planText: "Planens text",
    from: "Planperiod från",
    to: "Planperiod till",
    preview: "Förhandsgranska",
    goalsFound: "Mål som skrivs (8)",
    setUp: "Lägg upp planarbetsboken",
    created: /Skapade tabeller:/,
    refDate: "Granska per",
    again: "Granska igen",
    findings: /Anmärkningar:/,
    makeHandouts: "Gör utskicksfiler",
    download: "Ladda ned",
    returned: "Välj de ifyllda arbetsböckerna (.xlsx, flera går bra)",
    answered: /Har inte svarat:|Alla har svarat\./,
    write: "Skriv uppföljningsbladet",
    written: /Bladet är skrivet:/,
    interim: "Delår 2020",
    annual: "Helår 2020",
    text: "Text till årsredovisningen",
    pastedFile: "plan-document-sv.txt",
  },
  en: {
    locale: "en-GB",
    empty: "Start with an empty workbook",
    example: "Try with the example plan",
    tabPlan: "Plan",
    tabImport: "Import",
    tabCheck: "Check",
    tabSummary: "Follow-up",
    tabCollect: "Hand-out and collect",
    source: "Source",
    pasted: "Pasted text",
    planText: "The plan's text",
    from: "Plan period from",
    to: "Plan period to",
    preview: "Preview",
    goalsFound: "Goals to write (8)",
    setUp: "Set up plan workbook",
    created: /Tables created:/,
    refDate: "Check as of",
    again: "Check again",
    findings: /Findings:/,
    makeHandouts: "Make hand-outs",
    download: "Download",
    returned: "Choose the filled-in workbooks (.xlsx, several at once)",
    answered: /Not answered:|Everyone has answered\./,
    write: "Write the follow-up sheet",
    written: /The sheet is written:/,
    interim: "Interim 2020",
    annual: "Annual 2020",
    text: "Text for the annual report",
    pastedFile: "plan-document-en.txt",
  },
} as const;

describe.each(["sv", "en"] as const)(
  "the year's cycle on the web page, photographed for the guide (%s)",
  (lang) => {
    jest.setTimeout(240_000);
    const w = WORDS[lang];

    it("walks from a plan's text to the annual follow-up, taking each step's picture", async () => {
      const context = await env.browser.newContext({
        locale: w.locale,
        colorScheme: "light",
        viewport: { width: 350, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const external = await offlineOffice(page);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const taken: Step[] = [];
      const shot = async (step: Step, p: Page = page) => {
        await p.evaluate(() => window.scrollTo(0, 0));
        await unscroll(p);
        await p.screenshot({ path: join(images, `${step}.${lang}.png`), animations: "disabled" });
        taken.push(step);
      };

      // The page as it opens: a file, the example plan or an empty workbook.
      await page.goto(`${env.url}/index.html`);
      await page.getByRole("button", { name: w.example }).waitFor();
      await shot("start");

      // A plan's text pasted from a document, previewed before anything is written.
      await page.getByRole("button", { name: w.empty }).click();
      await page.getByRole("tab", { name: w.tabImport }).click();
      await page.getByLabel(w.source).selectOption({ label: w.pasted });
      const text = readFileSync(join(root, "test", "fixtures", "import", w.pastedFile), "utf8");
      await page.getByLabel(w.planText).fill(text);
      await page.getByLabel(w.from).fill("2018-01-01");
      await page.getByLabel(w.to).fill("2020-12-31");
      await page.getByRole("button", { name: w.preview }).first().click();
      await page.getByText(w.goalsFound).waitFor();
      await shot("import");

      // Setting up the plan workbook's tables.
      await page.getByRole("tab", { name: w.tabPlan }).click();
      await page.getByLabel(w.from).fill("2018-01-01");
      await page.getByLabel(w.to).fill("2020-12-31");
      await page.getByRole("button", { name: w.setUp }).click();
      await page.getByText(w.created).waitFor();
      await shot("setup");

      // The example plan, followed through its last year.
      await page.goto(`${env.url}/index.html`);
      await page.getByRole("button", { name: w.example }).click();
      await page.getByText("Region Vättersund").first().waitFor();
      await shot("plan");

      const check = async (period: string, step: Step) => {
        await page.getByRole("tab", { name: w.tabCheck }).click();
        await page.getByText(w.findings).waitFor();
        await page.getByLabel(w.refDate).selectOption({ label: period });
        await page.getByRole("button", { name: w.again }).click();
        await page.getByText(w.findings).waitFor();
        await shot(step);
      };
      await check(`${w.interim} (2020-08-31)`, "check");

      await page.getByRole("tab", { name: w.tabCollect }).click();
      await page.getByRole("button", { name: w.makeHandouts }).waitFor();
      await page.getByLabel("Period", { exact: true }).selectOption(w.annual);
      await page.getByRole("button", { name: w.makeHandouts }).click();
      const downloadButton = page
        .getByRole("button", { name: new RegExp(`^${w.download} .+\\.xlsx$`) })
        .first();
      await downloadButton.waitFor();
      // Taken before a download scrolls the table sideways, so the picture is the same every run.
      await shot("handout");
      const [download] = await Promise.all([page.waitForEvent("download"), downloadButton.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${w.annual} - .+\\.xlsx$`));

      // One unit's file comes back (as it was sent: every row unchanged), and is previewed.
      await page.getByLabel(w.returned).setInputFiles({
        name: download.suggestedFilename(),
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await readFile(await download.path()),
      });
      await page.getByText(w.answered).first().waitFor();
      await page.getByText(w.answered).first().scrollIntoViewIfNeeded();
      await unscroll(page);
      await page.screenshot({ path: join(images, `collect.${lang}.png`), animations: "disabled" });
      taken.push("collect");

      await check(`${w.annual} (2020-12-31)`, "check-again");

      await page.getByRole("tab", { name: w.tabSummary }).click();
      await page.getByLabel(w.text).waitFor();
      for (const [period, step] of [
        [w.interim, "interim"],
        [w.annual, "annual"],
      ] as const) {
        await page.getByLabel("Period", { exact: true }).selectOption(period);
        await page.getByLabel(w.text).waitFor();
        await page.getByRole("button", { name: w.write }).click();
        await page.getByText(w.written).waitFor();
        await shot(step);
      }

      expect(taken).toEqual([...STEPS]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });

    it("is served by the add-in as a page with every picture, nothing blocked and nothing from elsewhere", async () => {
      const context = await env.browser.newContext({
        locale: w.locale,
        viewport: { width: 800, height: 900 },
      });
      const page = await context.newPage();
      const external = await offlineOffice(page);
      const blocked: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      // As the pane's footer does: its link in the pane's language opens the guide.
      await page.goto(`${env.url}/index.html`);
      const href = await page
        .getByRole("link", { name: lang === "sv" ? "Användarhandledning" : "User's guide" })
        .getAttribute("href");
      expect(href).toBe(`guide.${lang}.html`);
      await page.goto(`${env.url}/${href}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const pictures = await page
        .locator("img")
        .evaluateAll((imgs) =>
          (imgs as HTMLImageElement[]).map((i) => ({ src: i.getAttribute("src"), width: i.naturalWidth })),
        );
      expect(pictures.map((p) => p.src)).toEqual(STEPS.map((step) => `guide/images/${step}.${lang}.png`));
      for (const p of pictures) expect(p.width).toBe(350);
      // The in-page links land on headings, and the other language is one click away.
      const other = lang === "sv" ? "en" : "sv";
      expect(await page.locator(`a[href="guide.${other}.html"]`).count()).toBe(1);
      const anchors = await page
        .locator('a[href^="#"]')
        .evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute("href")!.slice(1))));
      expect(anchors.length).toBeGreaterThan(5);
      for (const id of anchors) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
      expect(await page.locator("script").count()).toBe(0);
      expect(blocked).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });

    it("shows in the guide exactly the pictures the walk takes", () => {
      const guide = readFileSync(join(root, "docs", `guide.${lang}.md`), "utf8");
      const shown = [...guide.matchAll(/!\[[^\]]+\]\(guide\/images\/([\w-]+)\.(\w+)\.png\)/g)];
      expect(shown.map((m) => m[2])).toEqual(shown.map(() => lang));
      expect(shown.map((m) => m[1])).toEqual([...STEPS]);
    });
  },
);

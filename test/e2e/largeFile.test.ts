/**
 * A large workbook opened on the web page in Chromium: the read runs in a Web
 * Worker (dist/xlsxReader.js, allowed by the page's CSP), the page shows how far
 * it has come, and the tab stays responsive meanwhile: a timer on the page keeps
 * firing while the file is read.
 */
import type { Page } from "playwright-core";
import { largeWorkbookBytes } from "../fixtures/largeWorkbook";
import { offlineOffice, servedBrowser } from "./browser";

const env = servedBrowser();

type Beat = { readonly at: number; readonly progress: number | null };

/**
 * Starts a 50 ms timer on the page that records when it fires and the progress
 * bar's value then: a page busy reading would hold the timer up.
 */
async function heartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { beats: Beat[] };
    w.beats = [];
    setInterval(() => {
      const bar = document.querySelector("progress");
      w.beats.push({ at: performance.now(), progress: bar ? bar.value : null });
    }, 50);
  });
}

/** The beats while the progress bar showed, and the longest pause between two of them. */
async function whileReading(page: Page): Promise<{ values: number[]; longestPause: number; ms: number }> {
  const beats = await page.evaluate(() => (window as unknown as { beats: Beat[] }).beats);
  const during = beats.filter((b) => b.progress !== null);
  let longestPause = 0;
  const first = beats.indexOf(during[0]!);
  const last = beats.indexOf(during[during.length - 1]!);
  // From the first beat that saw the bar to the first that saw it gone.
  const span = beats.slice(first, last + 2);
  for (let i = 1; i < span.length; i++) longestPause = Math.max(longestPause, span[i]!.at - span[i - 1]!.at);
  return {
    values: [...new Set(during.map((b) => b.progress!))],
    longestPause,
    ms: (span[span.length - 1]?.at ?? 0) - (span[0]?.at ?? 0),
  };
}

describe("a large workbook on the web page", () => {
  jest.setTimeout(180_000);

  it("is read in a worker with progress shown, and the tab keeps responding", async () => {
    const buffer = Buffer.from(largeWorkbookBytes(150_000));
    const context = await env.browser.newContext({ locale: "sv-SE", viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${env.url}/index.html`);
    await heartbeat(page);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "stor.xlsx", mimeType: "application/octet-stream", buffer });
    // Progress comes from the worker only: reading on the page would show none.
    await page
      .getByText(/Läser \d+ %/)
      .first()
      .waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: "Plan" }).waitFor({ timeout: 120_000 });
    const reading = await whileReading(page);
    process.stdout.write(
      `large file: ${(buffer.length / 1e6).toFixed(1)} MB read in ${Math.round(reading.ms)} ms; progress shown at ${reading.values.length} values; longest pause of the page's timer ${Math.round(reading.longestPause)} ms\n`,
    );
    expect(reading.values.length).toBeGreaterThan(3);
    expect(workers.some((url) => url.endsWith("/xlsxReader.js"))).toBe(true);
    // A read on the page would stop the timer for the whole read; a worker leaves it a frame or two.
    expect(reading.longestPause).toBeLessThan(1_000);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

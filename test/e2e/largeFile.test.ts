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

/** Starts a 50 ms timer on the page that records when it fires. */
async function heartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { beats: number[] };
    w.beats = [];
    setInterval(() => w.beats.push(performance.now()), 50);
  });
}

async function longestPause(page: Page, from: number, to: number): Promise<number> {
  const beats = await page.evaluate(() => (window as unknown as { beats: number[] }).beats);
  const during = beats.filter((t) => t >= from && t <= to);
  let longest = 0;
  for (let i = 1; i < during.length; i++) longest = Math.max(longest, during[i]! - during[i - 1]!);
  return longest;
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
    const start = await page.evaluate(() => performance.now());
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "stor.xlsx", mimeType: "application/octet-stream", buffer });
    // Progress comes from the worker only: reading on the page would show none.
    await page
      .getByText(/Läser \d+ %/)
      .first()
      .waitFor();
    const reading = await page.evaluate(() => performance.now());
    await page
      .getByText(/Läser (9\d|100) %/)
      .first()
      .waitFor({ timeout: 120_000 });
    const read = await page.evaluate(() => performance.now());
    await page.getByRole("tab", { name: "Plan" }).waitFor({ timeout: 120_000 });
    const opened = await page.evaluate(() => performance.now());
    const pause = await longestPause(page, reading, read);
    process.stdout.write(
      `large file: ${(buffer.length / 1e6).toFixed(1)} MB; progress after ${Math.round(reading - start)} ms, read ${Math.round(read - start)} ms, open ${Math.round(opened - start)} ms; longest pause while reading ${Math.round(pause)} ms; after: ${Math.round(await longestPause(page, read, opened))} ms\n`,
    );
    expect(workers.some((url) => url.endsWith("/xlsxReader.js"))).toBe(true);
    // A read on the page would stop the timer for seconds; a worker leaves it a frame or two.
    expect(pause).toBeLessThan(1_000);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

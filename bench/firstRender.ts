/**
 * Time to first render of the task pane in headless Chromium: from navigation
 * start to the app's heading (h1) being in the page and painted, with office.js
 * served from the local package (the e2e tests' offline stub). A fresh browser
 * context per run, so nothing is cached between runs.
 */
import { launch, offlineOffice } from "../test/e2e/browser";
import { serveDist } from "../test/e2e/serveDist";
import { median } from "./stats";

export type FirstRender = {
  readonly runs: readonly number[];
  readonly medianMs: number;
  /** Requests that tried to leave the machine (should be none). */
  readonly external: readonly string[];
};

/** Records performance.now() when the first h1 enters the page and at the next frame after it. */
const RECORD_HEADING = `(() => {
  const w = window;
  const seen = () => {
    if (w.__h1At !== undefined || !document.querySelector("h1")) return false;
    w.__h1At = performance.now();
    requestAnimationFrame(() => { w.__paintAt = performance.now(); });
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

/** The median over `runs` page loads of the milliseconds until the heading is painted. */
export async function firstRender(runs = 7): Promise<FirstRender> {
  const served = await serveDist();
  const browser = await launch();
  const times: number[] = [];
  const external: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      external.push(...(await offlineOffice(page)));
      await page.addInitScript({ content: RECORD_HEADING });
      await page.goto(`${served.url}/taskpane.html`);
      await page.waitForFunction("window.__paintAt !== undefined", undefined, { timeout: 15_000 });
      times.push(Number(await page.evaluate("window.__paintAt")));
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return { runs: times, medianMs: median(times), external };
}

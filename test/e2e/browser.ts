/**
 * Debian's Chromium driven by playwright-core: headless, no sandbox (CI runs as
 * root), no background networking (the machine has no internet), no browser
 * download. office.js comes from the @microsoft/office-js package, never the CDN.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDist, type Served } from "./serveDist";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Serves Office's CDN scripts from the local package, and records every request
 * that would leave the machine (anything not on 127.0.0.1) so tests can assert none.
 */
export async function offlineOffice(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") {
      await route.continue();
      return;
    }
    if (url.hostname === "appsforoffice.microsoft.com") {
      const file = join(OFFICE_JS, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
      if (existsSync(file)) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        return;
      }
    }
    external.push(url.href);
    await route.abort();
  });
  return external;
}

/**
 * A browser and the built page served on localhost for one test file: started before
 * its tests, closed after them.
 */
export function servedBrowser(): { readonly browser: Browser; readonly url: string } {
  const state: { browser?: Browser; served?: Served } = {};
  beforeAll(async () => {
    state.served = await serveDist();
    state.browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.close();
  });
  return {
    get browser() {
      if (!state.browser) throw new Error("The browser is not started yet");
      return state.browser;
    },
    get url() {
      if (!state.served) throw new Error("The page is not served yet");
      return state.served.url;
    },
  };
}

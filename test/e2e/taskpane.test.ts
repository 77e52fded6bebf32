/**
 * The built task pane in a real browser: it renders, in the right language, and
 * sends nothing anywhere.
 */

import { offlineOffice, servedBrowser } from "./browser";

const env = servedBrowser();

describe("the built task pane in Chromium", () => {
  jest.setTimeout(60_000);

  it("renders outside Excel with Office.js loaded, in Swedish by default", async () => {
    const context = await env.browser.newContext({ locale: "sv-SE" });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}/taskpane.html`);
    await page.getByRole("heading", { name: "CEMR Uppföljning" }).waitFor();
    await page.getByText("Öppnad utanför Excel").waitFor();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("renders the plain web page in English for an English browser, with no request leaving the page", async () => {
    const context = await env.browser.newContext({ locale: "en-GB", colorScheme: "dark" });
    const page = await context.newPage();
    const external = await offlineOffice(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${env.url}/index.html`);
    await page.getByRole("heading", { name: "CEMR Follow-up" }).waitFor();
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    expect(external).toEqual([]);
    for (const url of requests) expect(new URL(url).hostname).toBe("127.0.0.1");
    await context.close();
  });

  it("declares a Content-Security-Policy that allows no other origin on the web page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/index.html`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    await page.close();
  });
});

/**
 * The user's guide as the build renders it (scripts/guidePages.js, with marked): the real
 * guides become whole pages in their language, with a Content-Security-Policy that allows
 * no script and nothing from elsewhere, headings that carry GitHub's anchors, the other
 * language's guide linked as its page, and the reference pages (not served with the
 * add-in) named as text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { guidePage } = require("../../scripts/guidePages.js") as {
  guidePage: (markdown: string, lang: string) => string;
};

const guide = (lang: "sv" | "en") =>
  readFileSync(join(__dirname, "..", "..", "docs", `guide.${lang}.md`), "utf8");

describe.each(["sv", "en"] as const)("the guide's page (%s)", (lang) => {
  const html = guidePage(guide(lang), lang);
  const doc = new JSDOM(html).window.document;

  it("is a page in its language that runs no script and loads only its own pictures", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self'");
    expect(csp).not.toContain("script-src");
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(
      [...doc.querySelectorAll("img")].every((i) => i.getAttribute("src")!.startsWith("guide/images/")),
    ).toBe(true);
  });

  it("gives every heading GitHub's anchor, so the table of contents works", () => {
    const ids = new Set([...doc.querySelectorAll("h1, h2, h3")].map((h) => h.id));
    const targets = [...doc.querySelectorAll('a[href^="#"]')].map((a) =>
      decodeURIComponent(a.getAttribute("href")!.slice(1)),
    );
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets) expect(ids).toContain(t);
  });

  it("links the other language's page and names the reference pages as text", () => {
    const hrefs = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`guide.${lang === "sv" ? "en" : "sv"}.html`);
    expect(hrefs.filter((h) => h!.endsWith(".md"))).toEqual([]);
    expect(guide(lang)).toMatch(/\]\(cli\.md\)/);
    expect(doc.body.textContent).toContain(
      lang === "sv" ? "kommandoradens referens" : "the command line's reference",
    );
  });
});

it("refuses a language it has no guide for", () => {
  expect(() => guidePage("# x", "de")).toThrow(/de/);
});

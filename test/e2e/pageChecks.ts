/**
 * Checks the browser tests make on any view: it fits a task pane's width, axe finds
 * nothing serious, and a chart is drawn whole (nothing cut off, no labels on top of
 * each other).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";

/** Every view fits its pane: nothing runs off to the side. */
export async function fitsPane(page: Page, view: string, width = 350): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(`${view}: ${scrollWidth}`).toBe(`${view}: ${width}`);
}

/** The pane fits, and axe-core finds no serious or critical violation. */
export async function axe(page: Page, view: string, width = 350): Promise<void> {
  await fitsPane(page, view, width);
  // Fluent's focus manager (tabster) adds aria-hidden focus sentinels that pass focus on
  // to the real controls at once; axe cannot know that, so they are left out.
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${view}: ${v.id} (${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")})`),
  ).toEqual([]);
}

/**
 * What is wrong with how a chart's figure is drawn: parts outside the pane, labels
 * or bars outside the chart, labels overlapping, or no chart at all. Empty when whole.
 */
export async function cutOff(figure: Locator): Promise<string[]> {
  return figure.evaluate((fig) => {
    const out: string[] = [];
    type Box = { left: number; right: number; top: number; bottom: number };
    const inside = (r: Box, b: Box) =>
      r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const pane = { left: 0, right: document.documentElement.clientWidth, top: -1e9, bottom: 1e9 };
    const box = fig.getBoundingClientRect();
    if (!inside(box, pane)) out.push(`figure at ${box.left}–${box.right}, pane ${pane.right}`);
    for (const el of fig.querySelectorAll("h4, p, li, button, table")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && !inside(r, box))
        out.push(`${el.tagName} "${el.textContent?.slice(0, 40)}" outside the figure`);
    }
    const svg = fig.querySelector("svg[role=region]");
    if (!svg) return [...out, "no chart drawn"];
    const area = svg.getBoundingClientRect();
    if (area.width < 200 || area.height < 120) out.push(`chart only ${area.width}×${area.height}`);
    const texts = [...svg.querySelectorAll("text")]
      .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
      .filter((t) => t.r.width > 0);
    for (const t of texts) if (!inside(t.r, area)) out.push(`label "${t.text}" cut off`);
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        if (overlap(a.r, b.r)) out.push(`labels "${a.text}" and "${b.text}" overlap`);
      }),
    );
    for (const bar of svg.querySelectorAll("[role=option]")) {
      if (!inside(bar.getBoundingClientRect(), area))
        out.push(`bar "${bar.getAttribute("aria-label")}" cut off`);
    }
    return out;
  });
}

/** The screen reader's name of every bar of a chart, in drawing order. */
export async function barLabels(figure: Locator): Promise<string[]> {
  return figure.evaluate((fig) =>
    [...fig.querySelectorAll("svg [role=option]")].map((b) => b.getAttribute("aria-label") ?? ""),
  );
}

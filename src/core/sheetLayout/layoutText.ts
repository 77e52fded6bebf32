/** How text behaves in a report sheet, the same in both adapters. */
import type { LayoutStyle } from "./sheetLayout.types";

const RUNS_ON: ReadonlySet<LayoutStyle> = new Set<LayoutStyle>(["title", "subtitle", "heading"]);

/**
 * Whether text of a style wraps within its cell; titles and headings run on across
 * the empty cells beside them instead.
 * @example wrapsText("body") === true; wrapsText("heading") === false
 */
export function wrapsText(style: LayoutStyle | undefined): boolean {
  return style === undefined || !RUNS_ON.has(style);
}

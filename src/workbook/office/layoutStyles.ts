/**
 * How report styles are queued in Excel: the looks themselves are decided in the
 * core (src/core/style/cellLooks.ts) and shared with the file adapter.
 */
import { type Look, LOOKS } from "../../core/style";
import type { LayoutCell, LayoutStyle } from "../../core/sheetLayout";

export { LOOKS, type Look };

/** Queues a look on a range: one call per property it sets; returns the number of calls. */
export function applyLook(range: Excel.Range, look: Look): number {
  const font = range.format.font;
  if (look.bold !== undefined) font.bold = look.bold;
  if (look.italic !== undefined) font.italic = look.italic;
  if (look.size !== undefined) font.size = look.size;
  if (look.color !== undefined) font.color = look.color;
  if (look.fill !== undefined) range.format.fill.color = look.fill;
  if (look.wrap !== undefined) range.format.wrapText = look.wrap;
  if (look.align === "right") range.format.horizontalAlignment = "Right";
  return Object.keys(look).length;
}

/** A rectangle of cells sharing a style: one look applied to one range. */
export type StyleArea = {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly style: LayoutStyle;
};

/**
 * The styled areas of a grid placed at (row, col): runs of one style along a row,
 * joined with the same run in the rows below, so a styled column of 5,000 rows is
 * one range, not 5,000. Body and unstyled cells need nothing.
 */
export function styleAreas(cells: readonly (readonly LayoutCell[])[], row: number, col: number): StyleArea[] {
  const done: StyleArea[] = [];
  let open = new Map<string, StyleArea>();
  cells.forEach((line, r) => {
    const next = new Map<string, StyleArea>();
    let k = 0;
    while (k < line.length) {
      const style = line[k]?.s;
      let end = k + 1;
      while (end < line.length && line[end]?.s === style) end++;
      if (style && style !== "body") {
        const key = `${k},${end - k},${style}`;
        const above = open.get(key);
        next.set(
          key,
          above
            ? { ...above, rows: above.rows + 1 }
            : { row: row + r, col: col + k, rows: 1, cols: end - k, style },
        );
        open.delete(key);
      }
      k = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

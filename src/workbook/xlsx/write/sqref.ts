/** Cell ranges as sheet XML writes them ("A2:F9", "B2", space-separated lists). */
import { a1, columnIndex } from "../../../core/cells";

/** A rectangle of cells, 0-based and inclusive. */
export type Box = { top: number; left: number; bottom: number; right: number };

/** The box of "B2" or "B2:D9" ($ allowed), or null. */
export function parseBox(ref: string): Box | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** "A2:F9" of a box ("B2" for one cell). */
export function boxRef(box: Box): string {
  const start = a1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? start : `${start}:${a1(box.bottom, box.right)}`;
}

/** True when the boxes share a cell. */
export function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * A space-separated list of ranges with every range that runs from `firstRow` to
 * exactly `lastRow` (within the columns `left`..`right`) extended down to `newLast`:
 * how a table column's validation or colours follow the rows added to it.
 */
export function extendSqref(
  sqref: string,
  area: { firstRow: number; lastRow: number; left: number; right: number },
  newLast: number,
): string {
  return sqref
    .split(/\s+/)
    .filter((s) => s !== "")
    .map((ref) => {
      const box = parseBox(ref);
      if (!box) return ref;
      const follows =
        box.top === area.firstRow &&
        box.bottom === area.lastRow &&
        box.left >= area.left &&
        box.right <= area.right;
      return follows ? boxRef({ ...box, bottom: newLast }) : ref;
    })
    .join(" ");
}

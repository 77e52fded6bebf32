/**
 * A sheet's validation lists and conditional colours as what each cell shows, not
 * as how many rules carry them: rules alike are joined over the union of their
 * cells. Excel holds a rule per write, so one adapter may leave one list over
 * B2:B3 and another the same list over B2 and over B3 (rows appended later get
 * their own rules); a person sees the same workbook. Colours are alike when their
 * fill, font and formula agree as read in each cell (a relative reference moves
 * with the cell: $C2 over row 2 is $C3 over row 3).
 */
import { a1, columnIndex, columnLetters } from "../../src/core/cells/cells";

/**
 * A formula as Excel reads it `dr` rows down and `dc` columns right of where it was
 * written: relative references move ($C2 → $C3), absolute ones ($C$2, $C) stay.
 */
export function formulaMoved(formula: string, dr: number, dc = 0): string {
  const move = (_m: string, colFixed: string, col: string, rowFixed: string, row: string): string =>
    `${colFixed}${colFixed ? col : columnLetters(columnIndex(col) + dc)}${rowFixed}${rowFixed ? row : Number(row) + dr}`;
  // Only outside string literals ("…" with "" inside).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, move)))
    .join("");
}

type Box = { top: number; left: number; bottom: number; right: number };

/** The boxes of a space-separated list of references ("A2:F3 A5"), 0-based. */
function boxesOf(ref: string): Box[] {
  return ref
    .split(/\s+/)
    .filter((r) => r !== "")
    .flatMap((r) => {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(r.replace(/\$/g, ""));
      if (!m) return [];
      const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
      return [{ top: Number(r1) - 1, left: columnIndex(c1), bottom: Number(r2) - 1, right: columnIndex(c2) }];
    });
}

/** The cells ("row,col") as references: runs along each row joined with the same run in the rows below. */
function refOf(cells: ReadonlySet<string>): string {
  const rows = new Map<number, number[]>();
  for (const key of cells) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    rows.set(r, [...(rows.get(r) ?? []), c]);
  }
  const done: Box[] = [];
  let open = new Map<string, Box>();
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = (rows.get(r) ?? []).sort((a, b) => a - b);
    const next = new Map<string, Box>();
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === (cols[j] ?? 0) + 1) j++;
      const key = `${cols[i]},${cols[j]}`;
      const above = open.get(key);
      const box = above && above.bottom === r - 1 ? above : null;
      if (box) open.delete(key);
      next.set(
        key,
        box ? { ...box, bottom: r } : { top: r, bottom: r, left: cols[i] ?? 0, right: cols[j] ?? 0 },
      );
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((b) => {
      const start = a1(b.top, b.left);
      return b.top === b.bottom && b.left === b.right ? start : `${start}:${a1(b.bottom, b.right)}`;
    })
    .join(" ");
}

/** Where formulas are compared: far enough from A1 that no relative reference falls off the sheet. */
const ORIGIN = { row: 10_000, col: 100 };

/**
 * Rules with a `ref` joined when `key` (of the rule and its area's first cell) agrees:
 * one rule over the union of their cells, made again by `make` at its first cell.
 */
function joined<T extends { ref: string }>(
  rules: readonly T[],
  key: (rule: T, top: number, left: number) => string,
  make: (rule: T, ref: string, top: number, left: number) => T,
): T[] {
  const groups = new Map<string, { rule: T; cells: Set<string> }>();
  for (const rule of rules) {
    const boxes = boxesOf(rule.ref);
    const [first] = boxes;
    if (!first) continue;
    const k = key(rule, first.top, first.left);
    const group = groups.get(k) ?? { rule, cells: new Set<string>() };
    for (const b of boxes)
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) group.cells.add(`${r},${c}`);
    groups.set(k, group);
  }
  return [...groups.values()].map(({ rule, cells }) => {
    const ref = refOf(cells);
    const [first] = boxesOf(ref);
    return make(rule, ref, first?.top ?? 0, first?.left ?? 0);
  });
}

/** Validation lists joined: the same list, alert and texts over the union of their cells. */
export function joinedValidations<T extends { ref: string }>(rules: readonly T[]): T[] {
  return joined(
    rules,
    ({ ref: _ref, ...rest }) => JSON.stringify(rest),
    (rule, ref) => ({ ...rule, ref }),
  );
}

/** Colours joined: the same fill and font, and the same formula as read in each cell. */
export function joinedColours<T extends { ref: string; formula: string }>(rules: readonly T[]): T[] {
  const atOrigin = (rule: T, top: number, left: number): string =>
    formulaMoved(rule.formula, ORIGIN.row - top, ORIGIN.col - left);
  return joined(
    rules,
    (rule, top, left) => JSON.stringify({ ...rule, ref: "", formula: atOrigin(rule, top, left) }),
    (rule, ref, top, left) => {
      const [first] = boxesOf(rule.ref);
      const origin = atOrigin(rule, first?.top ?? 0, first?.left ?? 0);
      return { ...rule, ref, formula: formulaMoved(origin, top - ORIGIN.row, left - ORIGIN.col) };
    },
  );
}

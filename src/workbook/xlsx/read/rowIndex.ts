/**
 * A sheet's cells found by row, for reading a table's rows and for blanking the
 * cells merged areas hide, without walking every cell of a large sheet.
 */
import { PackageError } from "../package";
import type { SheetCells } from "./worksheet";

/** The cells of a sheet by row: the rows that hold cells, sorted, and each one's cell indices. */
export type RowIndex = {
  readonly rows: readonly number[];
  readonly byRow: ReadonlyMap<number, readonly number[]>;
};

/** Indexes a sheet's cells by row. */
export function indexRows(cells: SheetCells): RowIndex {
  const byRow = new Map<number, number[]>();
  for (let i = 0; i < cells.rows.length; i++) {
    const r = cells.rows[i]!;
    const list = byRow.get(r);
    if (list) list.push(i);
    else byRow.set(r, [i]);
  }
  return { rows: [...byRow.keys()].sort((a, b) => a - b), byRow };
}

/**
 * Calls `visit` with the index of every cell in rows `top`..`bottom`, visiting
 * only rows that hold cells; returns how many cells it visited.
 */
export function visitRows(
  index: RowIndex,
  top: number,
  bottom: number,
  visit: (cell: number) => void,
): number {
  let lo = 0;
  let hi = index.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.rows[mid]! < top) lo = mid + 1;
    else hi = mid;
  }
  let visited = 0;
  for (let k = lo; k < index.rows.length && index.rows[k]! <= bottom; k++) {
    for (const i of index.byRow.get(index.rows[k]!)!) {
      visit(i);
      visited++;
    }
  }
  return visited;
}

/** Work allowed for blanking merged cells before a sheet counts as hostile. */
const MERGE_WORK = 50_000_000;

/**
 * Empties the cells a merged area hides (all but its top-left cell), as Excel
 * shows them. Visits only rows that hold cells, so 50,000 merges cost little.
 */
export function blankMergedCells(cells: SheetCells, index: RowIndex, part: string): void {
  let work = 0;
  for (const m of cells.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    work +=
      20 +
      visitRows(index, m.top, m.bottom, (i) => {
        const r = cells.rows[i]!;
        const c = cells.cols[i]!;
        if (c >= m.left && c <= m.right && !(r === m.top && c === m.left)) cells.values[i] = null;
      });
    if (work > MERGE_WORK)
      throw new PackageError("tooLarge", "the merged areas overlap too much to read", part);
  }
}

/**
 * The hidden lists sheet: one column per choice list and the article numbers, each
 * a workbook name that validation lists refer to (a range, so no 255-character
 * limit). Only the lists whose name is missing are written; an existing lists sheet
 * gets them to the right of what it holds.
 */
import { listsTemplateFor } from "../../core/template";
import type { TableTemplate } from "../../core/template";
import { formatGrid, valueGrid, type WriteValue } from "./cellGrids";
import { op, once, type Op } from "./payload";
import { findSheet, hasName, type WorkbookState } from "./workbookState";

/** The ops that add the missing lists (none when every list name exists). */
export function listsOps(
  context: Excel.RequestContext,
  state: WorkbookState,
  tables: readonly TableTemplate[],
): Op[] {
  const lists = listsTemplateFor(tables);
  if (!lists) return [];
  const missing = lists.columns.filter((c) => !hasName(state, c.name));
  if (missing.length === 0) return [];
  const existing = findSheet(state, lists.sheet);
  const left = existing?.usedRight ?? 0;
  const sheet = once(() => {
    const wb = context.workbook.worksheets;
    if (existing) return wb.getItem(existing.name);
    const added = wb.add(lists.sheet);
    added.visibility = "Hidden";
    return added;
  });

  const height = 1 + Math.max(...missing.map((c) => c.values.length));
  const rows: WriteValue[][] = Array.from({ length: height }, (_, r) =>
    missing.map((c) => (r === 0 ? c.header : (c.values[r - 1] ?? null))),
  );
  const values = valueGrid(rows, missing.length);
  const formats = formatGrid(
    rows,
    missing.map(() => "@"),
  );

  const ops: Op[] = [
    op(
      { values, formats },
      () => {
        const range = sheet().getRangeByIndexes(0, left, height, missing.length);
        range.numberFormat = formats;
        range.values = values;
        sheet().getRangeByIndexes(0, left, 1, missing.length).format.font.bold = true;
      },
      4,
    ),
  ];
  missing.forEach((list, i) => {
    ops.push(
      op(
        list.name,
        () => {
          const range = sheet().getRangeByIndexes(1, left + i, Math.max(1, list.values.length), 1);
          context.workbook.names.add(list.name, range);
        },
        2,
      ),
    );
  });
  return ops;
}

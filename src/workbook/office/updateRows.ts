/**
 * updateRows(): new values for cells of existing table rows (collect, after the
 * user confirmed). One sync finds each run of consecutive updated rows inside its
 * table's body (a run outside the body refuses the whole update before anything is
 * written) with the cells' number formats; one sync writes. A column given as
 * `undefined` is left alone; text is written with "@" so "=…" stays text, and
 * rows with the same columns given are written as one block.
 */
import type { RowUpdate } from "../../app/ports";
import { WorkbookWriteError } from "../floor";
import { cellFormat, cellValue, type WriteValue } from "./cellGrids";
import { op, packBatches, runBatches, type Op } from "./payload";
import { checkWritable, hasTable, tableSheet, type WorkbookState } from "./workbookState";

/** Consecutive rows of one table, the last update of a row winning. */
type Run = { table: string; first: number; rows: (readonly (WriteValue | undefined)[])[] };

/** The updates as runs of consecutive rows per table, in row order. */
function runsOf(updates: readonly RowUpdate[]): Run[] {
  const byTable = new Map<string, Map<number, RowUpdate["values"]>>();
  for (const u of updates) {
    const rows = byTable.get(u.table) ?? new Map<number, RowUpdate["values"]>();
    rows.set(u.row, u.values);
    byTable.set(u.table, rows);
  }
  const runs: Run[] = [];
  for (const [table, rows] of byTable) {
    let run: Run | null = null;
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const values = rows.get(row) ?? [];
      if (run && run.first + run.rows.length === row) run.rows.push(values);
      else {
        run = { table, first: row, rows: [values] };
        runs.push(run);
      }
    }
  }
  return runs;
}

/** Column spans [start, end) of the given (not undefined) values within `cols` columns. */
function spansOf(values: readonly (WriteValue | undefined)[], cols: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < Math.min(values.length, cols); k++) {
    if (values[k] === undefined) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] === k) last[1] = k + 1;
    else spans.push([k, k + 1]);
  }
  return spans;
}

/**
 * The write ops of one run found at `range` (its rows of the table body, formats and
 * place loaded). The cells are addressed on `sheet` by index: the intersection range
 * itself is not used after its sync (Office.js invalidates it outside Excel.run).
 */
function runOps(run: Run, range: Excel.Range, sheet: Excel.Worksheet): Op[] {
  const formats = range.numberFormat as unknown[][];
  const cols = range.columnCount;
  const ops: Op[] = [];
  let r = 0;
  while (r < run.rows.length) {
    // Rows giving the same columns go together, one block per span of columns.
    const key = JSON.stringify(spansOf(run.rows[r] ?? [], cols));
    let end = r + 1;
    while (end < run.rows.length && JSON.stringify(spansOf(run.rows[end] ?? [], cols)) === key) end++;
    for (const [from, to] of spansOf(run.rows[r] ?? [], cols)) {
      const rows = run.rows.slice(r, end).map((v) => v.slice(from, to) as WriteValue[]);
      const values = rows.map((row) => row.map(cellValue));
      const numberFormat = rows.map((row, i) =>
        row.map((v, j) => {
          const current = formats[r + i]?.[from + j];
          return cellFormat(v, typeof current === "string" && current !== "" ? current : "General");
        }),
      );
      const start = r;
      ops.push(
        op(
          { values, numberFormat },
          () => {
            const target = sheet.getRangeByIndexes(
              range.rowIndex + start,
              range.columnIndex + from,
              rows.length,
              to - from,
            );
            target.numberFormat = numberFormat;
            target.values = values;
          },
          2,
        ),
      );
    }
    r = end;
  }
  return ops;
}

/** Writes the updates; refuses (before writing) a missing table or a row outside its table's body. */
export async function updateRows(
  context: Excel.RequestContext,
  state: WorkbookState,
  updates: readonly RowUpdate[],
): Promise<void> {
  if (updates.length === 0) return;
  const unknown = updates.find((u) => !hasTable(state, u.table));
  if (unknown) throw new WorkbookWriteError("tableMissing", unknown.table);
  checkWritable(state, { sheets: updates.map((u) => tableSheet(state, u.table)), changesSheets: false });
  const found = runsOf(updates).map((run) => {
    const table = context.workbook.tables.getItem(run.table);
    const sheet = context.workbook.worksheets.getItem(tableSheet(state, run.table));
    const rows = sheet.getRange(`${run.first + 1}:${run.first + run.rows.length}`);
    const range = table
      .getDataBodyRange()
      .getIntersectionOrNullObject(rows)
      .load("numberFormat,rowIndex,columnIndex,rowCount,columnCount");
    return { run, range, sheet };
  });
  await context.sync();
  for (const { run, range } of found) {
    if (range.isNullObject || range.rowIndex !== run.first || range.rowCount !== run.rows.length)
      throw new WorkbookWriteError("tableMissing", `${run.table}!${run.first + 1}`);
  }
  const ops = found.flatMap(({ run, range, sheet }) => runOps(run, range, sheet));
  const target = updates.map((u) => u.table).join(", ");
  await runBatches(context, packBatches(ops, target), target);
}

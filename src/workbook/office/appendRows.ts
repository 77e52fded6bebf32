/**
 * appendRows(): rows added at the bottom of existing tables. One sync learns each
 * table's last body row (its place, formats and whether it is the empty row a new
 * table starts with); one sync writes, the lowest table first (tables stacked on
 * one sheet move down when rows are added above them). A blank last row is filled first; the rest
 * is added with one `table.resize` (ExcelApi 1.13, when the cells below are empty)
 * or one `rows.add` of blank rows (which moves cells below the table down), then
 * formats and values are written as one block so text stays text. The added rows
 * get the table's validation lists and status colours in the same batch
 * (tableRules.ts): Microsoft documents no growth of them with rows.add or resize. An
 * insert that would move part of a table below is refused before writing (appendShifts.ts).
 */
import type { CellValue } from "../../core/cells";
import { isBlank } from "../../core/cells";
import { tableRules } from "../../core/style";
import { WorkbookWriteError } from "../floor";
import { formatGrid, valueGrid, type WriteValue } from "./cellGrids";
import { estimateBytes, op, packBatches, rowBlockOps, runBatches, type Op } from "./payload";
import { supportsExcelApi } from "./requirements";
import { checkInsertBelow } from "./appendShifts";
import { newRowRuleOps } from "./tableRules";
import { checkWritable, hasTable, tableSheet, type WorkbookState } from "./workbookState";

export type Append = { readonly table: string; readonly rows: readonly (readonly WriteValue[])[] };

/**
 * A table's last body row, whether it shows a total row, its column names, the
 * validation its last row carries and (when resize is possible) the cells the new
 * rows would cover.
 */
type Probe = {
  append: Append;
  table: Excel.Table;
  last: Excel.Range;
  columns: Excel.TableColumnCollection;
  lists: Excel.DataValidation;
  below: Excel.Range | null;
};

/** The body's formats, with a text column's "@" kept for text and General for numbers (see cellFormat). */
function columnFormats(last: Excel.Range): string[] {
  const row = (last.numberFormat[0] ?? []) as unknown[];
  return row.map((f) => (typeof f === "string" && f !== "" ? f : "General"));
}

/**
 * The ops that give the `added` rows below the last row the table's lists and
 * colours (tableRules.ts), when its last row carries validation: a table set-up
 * made. A user's table with none stays as it was.
 */
function ruleOps(probe: Probe, added: number): Op[] {
  const { table, last, columns, lists } = probe;
  const rules = tableRules(
    probe.append.table,
    columns.items.map((c) => c.name),
  );
  if (added <= 0 || rules === null || lists.type === "None") return [];
  const at = { sheet: table.worksheet, top: last.rowIndex + 1, rows: added, left: last.columnIndex };
  return newRowRuleOps({ ...at, cols: last.columnCount }, rules);
}

/**
 * Whether the table grows with Table.resize: only over empty cells and never with a total
 * row (whose place a resize would change). Otherwise rows.add puts the rows right below the
 * body, moving a total row and whatever is below the table down.
 */
function canResizeOver({ table, below }: Probe): boolean {
  return (
    below !== null && !table.showTotals && (below.values as CellValue[][]).every((r) => r.every(isBlank))
  );
}

/** Whether the last body row is blank (a new table's empty row, filled first). */
const lastIsBlank = ({ last }: Probe): boolean => ((last.values[0] ?? []) as CellValue[]).every(isBlank);

/** How many rows the table gains. */
const addedRows = (probe: Probe): number => probe.append.rows.length - (lastIsBlank(probe) ? 1 : 0);

function appendOps(probe: Probe): Op[] {
  const { append, table, last } = probe;
  const canResize = canResizeOver(probe);
  const cols = last.columnCount;
  if (append.rows.some((r) => r.length > cols)) {
    throw new RangeError(`${append.table}: a row has more cells than the table's ${cols} columns`);
  }
  const formats = columnFormats(last);
  // The first new row goes into a blank last row (a new table's empty row) instead of below it.
  const top = lastIsBlank(probe) ? last.rowIndex : last.rowIndex + 1;
  const left = last.columnIndex;
  const added = addedRows(probe);
  const sheet = table.worksheet;
  const ops: Op[] = [];
  if (added > 0) {
    ops.push(
      op(
        canResize ? null : added * cols,
        () => {
          if (canResize) {
            table.resize(table.getRange().getResizedRange(added, 0));
          } else {
            table.rows.add(
              undefined,
              Array.from({ length: added }, () => Array.from({ length: cols }, () => "")),
            );
          }
        },
        2,
      ),
      ...ruleOps(probe, added),
    );
  }
  ops.push(
    ...rowBlockOps(
      append.rows.length,
      (r) => 2 * estimateBytes(append.rows[r]),
      (start, n) => {
        const rows = append.rows.slice(start, start + n);
        const range = sheet.getRangeByIndexes(top + start, left, n, cols);
        range.numberFormat = formatGrid(rows, formats);
        range.values = valueGrid(rows, cols);
      },
      2 * cols,
    ),
  );
  return ops;
}

/** Appends the rows; refuses (before writing) when a table does not exist. */
export async function appendRows(
  context: Excel.RequestContext,
  state: WorkbookState,
  appends: readonly Append[],
): Promise<void> {
  const wanted = appends.filter((a) => a.rows.length > 0);
  if (wanted.length === 0) return;
  const unknown = wanted.find((a) => !hasTable(state, a.table));
  if (unknown) throw new WorkbookWriteError("tableMissing", unknown.table);
  checkWritable(state, { sheets: wanted.map((a) => tableSheet(state, a.table)), changesSheets: false });

  const canResize = supportsExcelApi("1.13");
  const probes: Probe[] = wanted.map((append) => {
    const table = context.workbook.tables.getItem(append.table).load("showTotals");
    const last = table
      .getDataBodyRange()
      .getLastRow()
      .load("values,numberFormat,rowIndex,columnIndex,columnCount");
    const columns = table.columns.load("items/name");
    const lists = last.dataValidation.load("type");
    const below = canResize
      ? last
          .getOffsetRange(1, 0)
          .getResizedRange(append.rows.length - 1, 0)
          .load("values")
      : null;
    return { append, table, last, columns, lists, below };
  });
  await context.sync();

  // rows.add moves down everything below the table in its columns, other tables
  // included, so a place read before it is stale for a table below. Tables are
  // appended to from the lowest up: each append changes only what is below it, and
  // the places read for the tables above stay true (docs/real-excel.md, stacked tables).
  // An insert that would move part of a table below is refused before anything is
  // written (appendShifts.ts): Excel would refuse it halfway through the batches.
  for (const probe of probes) {
    if (addedRows(probe) <= 0 || canResizeOver(probe)) continue;
    const { table, last } = probe;
    const rows = 1 + (table.showTotals ? 1 : 0);
    const area = { row: last.rowIndex, col: last.columnIndex, rows, cols: last.columnCount };
    checkInsertBelow(state, { name: probe.append.table, sheet: tableSheet(state, probe.append.table), area });
  }
  const bottomUp = [...probes].sort((a, b) => b.last.rowIndex - a.last.rowIndex);
  const ops = bottomUp.flatMap(appendOps);
  const target = wanted.map((a) => a.table).join(", ");
  await runBatches(context, packBatches(ops, target), target);
}

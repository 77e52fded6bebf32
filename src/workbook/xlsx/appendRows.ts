/**
 * Appends rows to existing tables: after the table's last row that holds data (an
 * empty table's blank placeholder row is filled first), growing the table's range.
 * Cells below the table that hold data are never overwritten.
 */
import type ExcelJS from "exceljs";
import { isBlank } from "../../core/cells";
import { cellValue } from "./cellValues";
import { writableValue } from "./numberFormats";
import { findTable, setTableBottom, tableBox, type Box } from "./tableModel";
import { WorkbookWriteError } from "./writeErrors";

type Append = { table: string; rows: readonly (readonly (string | number | null)[])[] };

function rowIsBlank(ws: ExcelJS.Worksheet, row: number, box: Box): boolean {
  for (let c = box.left; c <= box.right; c++)
    if (!isBlank(cellValue(ws.getCell(row + 1, c + 1)))) return false;
  return true;
}

/** The 0-based sheet row after the last body row that holds data. */
function firstFreeRow(ws: ExcelJS.Worksheet, box: Box): number {
  let row = box.bottom;
  while (row > box.top && rowIsBlank(ws, row, box)) row--;
  return row + 1;
}

/** One entry per table, so two entries for one table do not land on the same rows. */
function mergeByTable(appends: readonly Append[]): Append[] {
  const byName = new Map<string, Append>();
  for (const a of appends) {
    const key = a.table.toLowerCase();
    const seen = byName.get(key);
    byName.set(key, seen ? { table: seen.table, rows: [...seen.rows, ...a.rows] } : a);
  }
  return [...byName.values()];
}

/** Appends each entry's rows to its table; refuses before writing when a target cell holds data. */
export function appendRowsTo(wb: ExcelJS.Workbook, appends: readonly Append[]): void {
  const plans = mergeByTable(appends).map((a) => {
    const found = findTable(wb, a.table);
    const box = found ? tableBox(found.model) : null;
    if (!found || !box) throw new WorkbookWriteError("tableMissing", a.table);
    if (found.model.totalsRow) throw new WorkbookWriteError("cellsNotEmpty", a.table);
    const start = firstFreeRow(found.ws, box);
    for (let r = Math.max(start, box.bottom + 1); r < start + a.rows.length; r++) {
      if (!rowIsBlank(found.ws, r, box)) throw new WorkbookWriteError("cellsNotEmpty", a.table);
    }
    return { ...found, box, start, rows: a.rows };
  });
  for (const { ws, model, box, start, rows } of plans) {
    // New cells take the number format of the first body row (dates stay dates).
    const formats = Array.from(
      { length: box.right - box.left + 1 },
      (_, j) => ws.getCell(box.top + 2, box.left + j + 1).numFmt,
    );
    rows.forEach((values, i) => {
      for (let j = 0; j <= box.right - box.left; j++) {
        const target = ws.getCell(start + i + 1, box.left + j + 1);
        const format = formats[j];
        if (format) target.numFmt = format;
        target.value = writableValue(values[j] ?? null);
      }
    });
    setTableBottom(model, Math.max(box.bottom, start + rows.length - 1));
  }
}

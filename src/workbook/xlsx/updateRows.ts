/**
 * Replaces cells of existing table rows (collect, after the user confirmed): only
 * rows inside a table's body, and only the columns given; refuses before writing
 * when a row lies outside its table.
 */
import type ExcelJS from "exceljs";
import type { RowUpdate } from "../../app/ports";
import { writableValue } from "./numberFormats";
import { findTable, tableBox } from "./tableModel";
import { WorkbookWriteError } from "./writeErrors";

/** Writes each update's defined values into its table row. */
export function updateRowsIn(wb: ExcelJS.Workbook, updates: readonly RowUpdate[]): void {
  const plans = updates.map((u) => {
    const found = findTable(wb, u.table);
    const box = found ? tableBox(found.model) : null;
    if (!found || !box) throw new WorkbookWriteError("tableMissing", u.table);
    const lastBody = found.model.totalsRow ? box.bottom - 1 : box.bottom;
    if (u.row <= box.top || u.row > lastBody)
      throw new WorkbookWriteError("tableMissing", `${u.table}!${u.row + 1}`);
    return { ws: found.ws, box, update: u };
  });
  for (const { ws, box, update } of plans) {
    update.values.forEach((value, j) => {
      if (value === undefined || box.left + j > box.right) return;
      ws.getCell(update.row + 1, box.left + j + 1).value = writableValue(value);
    });
  }
}

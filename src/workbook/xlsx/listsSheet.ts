/**
 * The hidden lists sheet: one column per choice list and the article numbers,
 * each exposed as a workbook name that validation lists refer to.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core/cells";
import type { ListsTemplate } from "../../core/template.types";
import { defineColumnName, hasName } from "./definedNames";
import { usedBox } from "./readWorkbook";

/**
 * Adds the lists the workbook lacks: creates the hidden sheet when missing, and on
 * an existing one (which the product wrote) adds only columns whose name is missing.
 */
export function ensureListsSheet(wb: ExcelJS.Workbook, lists: ListsTemplate): void {
  const missing = lists.columns.filter((c) => !hasName(wb, c.name));
  if (missing.length === 0) return;
  const ws = wb.getWorksheet(lists.sheet) ?? wb.addWorksheet(lists.sheet, { state: "hidden" });
  let col = (usedBox(ws)?.right ?? -1) + 1;
  for (const list of missing) {
    ws.getCell(1, col + 1).value = list.header;
    ws.getCell(1, col + 1).font = { bold: true };
    list.values.forEach((v, i) => {
      ws.getCell(i + 2, col + 1).value = v;
    });
    ws.getColumn(col + 1).width = Math.max(12, list.header.length + 2);
    defineColumnName(wb, list.name, ws.name, columnLetters(col), 1, Math.max(1, list.values.length));
    col++;
  }
}

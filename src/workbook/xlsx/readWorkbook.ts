/** Reads every table and the used range of every sheet of an exceljs workbook. */
import type ExcelJS from "exceljs";
import type { CellValue, RawRange, RawTable, RawWorkbook } from "../../core/cells";
import { cellValue } from "./cellValues";
import { allTables, tableBox, type Box } from "./tableModel";

/** The cell values of a box, row by row. */
export function boxValues(ws: ExcelJS.Worksheet, box: Box): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.getRow(r + 1);
    const values: CellValue[] = [];
    for (let c = box.left; c <= box.right; c++) values.push(cellValue(row.getCell(c + 1)));
    rows.push(values);
  }
  return rows;
}

/** The smallest box holding every cell with a value, or null for an empty sheet. */
export function usedBox(ws: ExcelJS.Worksheet): Box | null {
  let box: Box | null = null;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValue(cell);
      if (v === null || v === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return box;
}

/** Every table (header included) and the used range of every sheet. */
export function readWorkbook(wb: ExcelJS.Workbook): RawWorkbook {
  const tables: RawTable[] = [];
  for (const { ws, model } of allTables(wb)) {
    const box = tableBox(model);
    if (!box) continue;
    tables.push({
      name: model.name,
      sheet: ws.name,
      top: box.top,
      left: box.left,
      values: boxValues(ws, box),
    });
  }
  const sheets: RawRange[] = wb.worksheets.map((ws) => {
    const box = usedBox(ws);
    return box
      ? { sheet: ws.name, top: box.top, left: box.left, values: boxValues(ws, box) }
      : { sheet: ws.name, top: 0, left: 0, values: [] };
  });
  return { tables, sheets };
}

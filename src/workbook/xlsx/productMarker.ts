/**
 * The product's marker of the sheets it wrote: a very hidden sheet "_cemr" with
 * one row per product sheet (its name and what it was written as). A sheet is a
 * product sheet only while it exists and is listed here, so a user's sheet is
 * never replaced. The marker survives saving and reopening in any program.
 */
import type ExcelJS from "exceljs";
import { findSheet } from "./sheets";

export const MARKER_SHEET = "_cemr";

function markerRows(ws: ExcelJS.Worksheet): { row: number; sheet: string; marker: string }[] {
  const out: { row: number; sheet: string; marker: string }[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const sheet = row.getCell(1).value;
    const marker = row.getCell(2).value;
    if (typeof sheet === "string" && sheet !== "")
      out.push({ row: rowNumber, sheet, marker: typeof marker === "string" ? marker : "" });
  });
  return out;
}

/** The product sheets that still exist, in workbook order. */
export function productSheetNames(wb: ExcelJS.Workbook): string[] {
  const ws = findSheet(wb, MARKER_SHEET);
  if (!ws) return [];
  const listed = new Set(markerRows(ws).map((r) => r.sheet.toLowerCase()));
  return wb.worksheets.filter((s) => s !== ws && listed.has(s.name.toLowerCase())).map((s) => s.name);
}

/** Records a sheet as written by the product, replacing an earlier entry of that name. */
export function markProductSheet(wb: ExcelJS.Workbook, sheet: string, marker: string): void {
  const ws = findSheet(wb, MARKER_SHEET) ?? wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  if (ws.rowCount === 0) {
    ws.getCell(1, 1).value = "Sheet";
    ws.getCell(1, 2).value = "Marker";
  }
  const existing = markerRows(ws).find((r) => r.sheet.toLowerCase() === sheet.toLowerCase());
  const row = existing ? existing.row : Math.max(ws.rowCount, 1) + 1;
  ws.getCell(row, 1).value = sheet;
  ws.getCell(row, 2).value = marker;
}

/**
 * Writes new plan tables (workbook.md "Writing rules"): each on a new sheet or an
 * empty one of its name, as an Excel table with formats, validation lists, a frozen
 * header row and status colours. A sheet that holds data is refused before
 * anything is written.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core/cells";
import { listNameOf, listsTemplateFor } from "../../core/planTemplate";
import { tableSpec } from "../../core/schema";
import type { TableTemplate, ValidationSource } from "../../core/template.types";
import type { ProgressReport } from "../../app/ports";
import { cellValue } from "./cellValues";
import { argb } from "./layoutStyles";
import { defineColumnName, hasName } from "./definedNames";
import { ensureListsSheet } from "./listsSheet";
import { numberFormatCode, writableValue } from "./numberFormats";
import { usedBox } from "./readWorkbook";
import { findSheet, validationsOf } from "./sheets";
import { findTable, tableBox } from "./tableModel";
import { WorkbookWriteError } from "./writeErrors";

/** Body rows that get validation and colours even in an empty table, so typed rows get them too. */
export const COVERED_ROWS = 1000;

function coveredRows(t: TableTemplate): number {
  return Math.max(t.formattedRows, t.rows.length, COVERED_ROWS);
}

function escapeText(text: string): string {
  return text.replace(/"/g, '""');
}

/** Where a referenced table's column sits: in this batch or already in the workbook. */
function locateColumn(
  wb: ExcelJS.Workbook,
  batch: readonly TableTemplate[],
  source: Extract<ValidationSource, { kind: "column" }>,
): { sheet: string; col: number; top: number } | null {
  const spec = tableSpec(source.table).columns.find((c) => c.key === source.column);
  if (!spec) return null;
  const headers = [spec.header.sv.toLowerCase(), spec.header.en.toLowerCase()];
  const planned = batch.find((t) => t.name === source.table);
  if (planned) {
    const col = planned.headers.findIndex((h) => headers.includes(h.trim().toLowerCase()));
    return col >= 0 ? { sheet: planned.sheet, col, top: 0 } : null;
  }
  const found = findTable(wb, source.table);
  const box = found ? tableBox(found.model) : null;
  if (!found || !box) return null;
  for (let c = box.left; c <= box.right; c++) {
    const text = String(cellValue(found.ws.getCell(box.top + 1, c + 1)) ?? "")
      .trim()
      .toLowerCase();
    if (headers.includes(text)) return { sheet: found.ws.name, col: c, top: box.top };
  }
  return null;
}

/** The workbook name a validation list refers to, defining it for ID columns. */
function validationName(
  wb: ExcelJS.Workbook,
  batch: readonly TableTemplate[],
  source: ValidationSource,
): string | null {
  const list = listNameOf(source);
  if (list !== null || source.kind !== "column") return list;
  const name = `CEMR_${source.table}_${source.column}`;
  if (hasName(wb, name)) return name;
  const at = locateColumn(wb, batch, source);
  if (!at) return null;
  defineColumnName(wb, name, at.sheet, columnLetters(at.col), at.top + 1, at.top + COVERED_ROWS);
  return name;
}

function writeTable(wb: ExcelJS.Workbook, t: TableTemplate, batch: readonly TableTemplate[]): void {
  const ws = findSheet(wb, t.sheet) ?? wb.addWorksheet(t.sheet);
  const width = t.headers.length;
  const last = coveredRows(t); // 0-based sheet row of the last covered body row
  t.formats.forEach((format, j) => {
    ws.getColumn(j + 1).numFmt = numberFormatCode(format);
  });
  t.widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  // Excel tables always have a body row; an empty table gets one blank row.
  const rows = t.rows.length > 0 ? t.rows : [t.headers.map(() => null)];
  ws.addTable({
    name: t.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.headers.map((h) => ({ name: h, filterButton: true })),
    rows: rows.map((r) => t.headers.map((_, j) => writableValue(r[j] ?? null))),
  });
  for (const f of t.cellFormats ?? [])
    ws.getCell(f.row + 2, f.column + 1).numFmt = numberFormatCode(f.format);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
  for (const v of t.validations) {
    const name = validationName(wb, batch, v.source);
    if (!name) continue;
    const letter = columnLetters(v.column);
    validationsOf(ws).add(`${letter}2:${letter}${last + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [name],
      showErrorMessage: true,
      // A warning, not a stop: the reader accepts either language and any case.
      errorStyle: "warning",
    });
  }
  if (t.colours.length > 0) {
    ws.addConditionalFormatting({
      ref: `A2:${columnLetters(width - 1)}${last + 1}`,
      rules: t.colours.map((c, i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`$${columnLetters(c.column)}2="${escapeText(c.equals)}"`],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
          font: { color: { argb: argb(c.font) } },
        },
      })),
    });
  }
}

/** Adds the tables, then the lists sheet they need; refuses a sheet holding data. */
export function addTablesTo(
  wb: ExcelJS.Workbook,
  tables: readonly TableTemplate[],
  progress?: ProgressReport,
): void {
  for (const t of tables) {
    if (findTable(wb, t.name)) throw new WorkbookWriteError("tableExists", t.name);
    const ws = findSheet(wb, t.sheet);
    if (ws && (usedBox(ws) !== null || ws.getTables().length > 0))
      throw new WorkbookWriteError("sheetHasData", t.sheet);
  }
  tables.forEach((t, i) => {
    writeTable(wb, t, tables);
    progress?.(i + 1, tables.length);
  });
  if (tables.some((t) => t.validations.some((v) => listNameOf(v.source) !== null))) {
    const lists = listsTemplateFor(tables);
    if (lists) ensureListsSheet(wb, lists);
  }
}

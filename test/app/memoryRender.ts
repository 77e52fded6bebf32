/**
 * The in-memory port's rendering of writes: the core's style decisions applied in
 * the plainest way (src/core/style/), so the contract suite can hold both real
 * adapters to the same formats, validation, colours and looks. Values live in the
 * memory port's grid; this keeps everything else.
 */
import { a1, columnLetters } from "../../src/core/cells/cells";
import { wrapsText } from "../../src/core/sheetLayout/layoutText";
import { listsTemplateFor } from "../../src/core/template/planTemplate";
import type { LayoutCell, SheetLayout } from "../../src/core/sheetLayout/sheetLayout.types";
import { LISTS_HEADER_LOOK, lookOf, tableHeaderLook, type Look } from "../../src/core/style/cellLooks";
import { colourFormula } from "../../src/core/style/colourRules";
import { cellFormatCode, numberFormatCode, TEXT_FORMAT } from "../../src/core/style/numberFormats";
import { MARKER_HEADER, MARKER_SHEET } from "../../src/core/productSheets/productMarker";
import { seriesColour } from "../../src/core/style/seriesColours";
import { FROZEN_HEADER_ROWS, TABLE_STYLE, coveredBodyRows } from "../../src/core/style/tableLook";
import { validationRule } from "../../src/core/style/validationRules";
import type { SheetProtection } from "../../src/core/template/protection.types";
import type { TableTemplate } from "../../src/core/template/template.types";
import {
  areaRef,
  renderedSheet,
  type RenderedCell,
  type RenderedLook,
  type RenderedSheet,
  type RenderedWorkbook,
} from "./renderedWorkbook";

type Value = string | number | null;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The rendered sheet of that name, added at the end when missing. */
export function sheetOf(wb: RenderedWorkbook, name: string): RenderedSheet {
  const found = wb.sheets.find((s) => same(s.name, name));
  if (found) return found;
  const made = renderedSheet(name);
  wb.sheets.push(made);
  return made;
}

function lookFields(look: Look): RenderedLook {
  const out: RenderedLook = {};
  if (look.bold) out.bold = true;
  if (look.italic) out.italic = true;
  if (look.size !== undefined) out.size = look.size;
  if (look.color !== undefined) out.color = look.color;
  if (look.fill !== undefined) out.fill = look.fill;
  if (look.wrap) out.wrap = true;
  if (look.align === "right") out.right = true;
  return out;
}

/** Sets a cell's format (and look); its value lives in the port's grid. */
export function style(
  sheet: RenderedSheet,
  row: number,
  col: number,
  fmt: string,
  look: RenderedLook = {},
): void {
  const key = `${row},${col}`;
  const before = sheet.cells.get(key);
  const cell: RenderedCell = { ...(before ?? { v: null }), ...look, fmt };
  sheet.cells.set(key, cell);
}

/** The number format a cell has now ("General" when never set). */
export function formatAt(sheet: RenderedSheet, row: number, col: number): string {
  return sheet.cells.get(`${row},${col}`)?.fmt ?? "General";
}

/** The lists sheet and its names, for the lists the tables need and the workbook lacks. */
function renderLists(wb: RenderedWorkbook, tables: readonly TableTemplate[], put: PutValue): void {
  const lists = listsTemplateFor(tables);
  if (!lists) return;
  const missing = lists.columns.filter((c) => !wb.names.has(c.name));
  if (missing.length === 0) return;
  const existed = wb.sheets.some((s) => same(s.name, lists.sheet));
  const sheet = sheetOf(wb, lists.sheet);
  if (!existed) sheet.visibility = "hidden";
  const left = Math.max(0, ...[...sheet.cells.keys()].map((k) => Number(k.split(",")[1]) + 1));
  // One rectangle of text-formatted cells, as tall as the longest list.
  const height = Math.max(...missing.map((c) => c.values.length));
  missing.forEach((list, i) => {
    const col = left + i;
    style(sheet, 0, col, TEXT_FORMAT, lookFields(LISTS_HEADER_LOOK));
    put(sheet.name, 0, col, list.header);
    for (let r = 0; r < height; r++) {
      const v = list.values[r] ?? null;
      style(sheet, r + 1, col, cellFormatCode(v, TEXT_FORMAT));
      if (v !== null) put(sheet.name, r + 1, col, v);
    }
    const letters = columnLetters(col);
    wb.names.set(list.name, `${sheet.name}!${letters}2:${letters}${Math.max(1, list.values.length) + 1}`);
  });
}

/** Writes a value into the port's grid (the memory port passes its own). */
export type PutValue = (sheet: string, row: number, col: number, value: Value) => void;

/** Renders set-up tables: formats, table, frozen header, widths, validation and colours. */
export function renderTables(wb: RenderedWorkbook, templates: readonly TableTemplate[], put: PutValue): void {
  renderLists(wb, templates, put);
  for (const t of templates) {
    const sheet = sheetOf(wb, t.sheet);
    const cols = t.headers.length;
    const covered = coveredBodyRows(t);
    const overrides = new Map(
      (t.cellFormats ?? []).map((c) => [`${c.row},${c.column}`, numberFormatCode(c.format)]),
    );
    t.headers.forEach((_, c) => style(sheet, 0, c, TEXT_FORMAT));
    for (let r = 0; r < covered; r++) {
      for (let c = 0; c < cols; c++) {
        const column = overrides.get(`${r},${c}`) ?? numberFormatCode(t.formats[c] ?? "text");
        style(sheet, r + 1, c, cellFormatCode(t.rows[r]?.[c] ?? null, column));
      }
    }
    wb.tables.push({
      name: t.name,
      sheet: sheet.name,
      ref: areaRef(0, 0, 1 + Math.max(t.rows.length, 1), cols),
      style: TABLE_STYLE,
    });
    sheet.frozenRows = FROZEN_HEADER_ROWS;
    t.widths.forEach((w, c) => sheet.widths.set(c, w));
    for (const v of t.validations) {
      const rule = validationRule(v.source, t.lang);
      sheet.validations.push({
        ref: areaRef(1, v.column, covered, 1),
        formula: rule.formula,
        alert: rule.alert.style,
        title: rule.alert.title,
        message: rule.alert.message,
      });
    }
    for (const rule of t.colours) {
      sheet.colours.push({
        ref: areaRef(1, 0, covered, cols),
        formula: colourFormula(rule, 1),
        fill: rule.fill,
        font: rule.font,
      });
    }
  }
}

/** Renders a report sheet from its layout (values go to the grid through `put`). */
export function renderLayout(wb: RenderedWorkbook, layout: SheetLayout, put: PutValue): void {
  const sheet = sheetOf(wb, layout.name);
  layout.columnWidths.forEach((w, c) => sheet.widths.set(c, w));
  const cell = (
    row: number,
    col: number,
    v: Value,
    f: string | undefined,
    s: Parameters<typeof lookOf>[0],
  ) => {
    const look = lookFields(lookOf(s));
    style(sheet, row, col, cellFormatCode(v, f ?? "General"), { ...look, wrap: wrapsText(s), top: true });
    put(sheet.name, row, col, v);
  };
  for (const b of layout.blocks)
    b.cells.forEach((line, i) =>
      line.forEach((c, j) => cell(b.row + i, b.col + j, c.v, c.f ? numberFormatCode(c.f) : undefined, c.s)),
    );
  for (const m of layout.merges)
    if (m.rows > 1 || m.cols > 1) sheet.merges.push(areaRef(m.row, m.col, m.rows, m.cols));
  for (const h of layout.rowHeights ?? []) sheet.heights.set(h.row, h.points);
  for (const t of layout.tables) {
    // A table's cells take the table style's look, not a cell look (as in Excel); a
    // header over numbers aligns right.
    t.header.forEach((h, j) => {
      cell(t.row, t.col + j, h, undefined, undefined);
      if (tableHeaderLook(t.rows.map((r) => r[j])).align)
        style(sheet, t.row, t.col + j, cellFormatCode(h, "General"), { wrap: true, top: true, right: true });
    });
    const rows: readonly (readonly LayoutCell[])[] =
      t.rows.length > 0 ? t.rows : [t.header.map((): LayoutCell => ({ v: null }))];
    rows.forEach((line, i) =>
      line.forEach((c, j) =>
        cell(t.row + 1 + i, t.col + j, c.v, c.f ? numberFormatCode(c.f) : undefined, c.s),
      ),
    );
    wb.tables.push({
      name: t.name,
      sheet: sheet.name,
      ref: areaRef(t.row, t.col, 1 + rows.length, t.header.length),
      style: TABLE_STYLE,
    });
  }
  for (const c of layout.charts)
    sheet.charts.push({
      type: c.type,
      title: c.title,
      data: areaRef(c.data.row, c.data.col, c.data.rows, c.data.cols),
      seriesBy: c.seriesBy,
      anchor: areaRef(c.anchor.row, c.anchor.col, c.anchor.rows, c.anchor.cols),
      fills: Array.from({ length: (c.seriesBy === "rows" ? c.data.rows : c.data.cols) - 1 }, (_, i) =>
        seriesColour(c, i),
      ),
    });
  const { print } = layout;
  sheet.print = {
    orientation: print.orientation,
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${print.titleRows.first + 1}:${print.titleRows.last + 1}`,
    pageBreaks: (print.pageBreaks ?? []).map((r) => r + 1),
  };
}

/** Lists a product sheet on the very hidden marker sheet (its row, or a new one below). */
export function renderMarker(
  wb: RenderedWorkbook,
  entries: readonly string[][],
  sheetName: string,
  marker: string,
  put: PutValue,
): void {
  const sheet = sheetOf(wb, MARKER_SHEET);
  sheet.visibility = "veryHidden";
  MARKER_HEADER.forEach((h, c) => {
    style(sheet, 0, c, TEXT_FORMAT);
    put(MARKER_SHEET, 0, c, h);
  });
  let row = entries.findIndex((e, i) => i > 0 && same(e[0] ?? "", sheetName));
  if (row < 0) row = Math.max(1, entries.length);
  [sheetName, marker].forEach((v, c) => {
    style(sheet, row, c, TEXT_FORMAT);
    put(MARKER_SHEET, row, c, v);
  });
}

/** Protects sheets, leaving the body cells of the editable table columns open. */
export function renderProtection(
  wb: RenderedWorkbook,
  protections: readonly SheetProtection[],
  bodyOf: (table: string) => { top: number; left: number; rows: number } | null,
): void {
  for (const p of protections) {
    const sheet = wb.sheets.find((s) => same(s.name, p.sheet));
    if (!sheet || sheet.protection) continue;
    const unlocked = new Set<string>();
    const body = p.editable ? bodyOf(p.editable.table) : null;
    if (p.editable && body)
      for (let r = 0; r < body.rows; r++)
        for (const c of p.editable.columns) unlocked.add(`${body.top + 1 + r},${body.left + c}`);
    sheet.protection = { unlocked };
  }
}

/** The A1 address of a 0-based cell (re-exported for the port). */
export const cellAddress = a1;

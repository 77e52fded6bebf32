/**
 * Rows into existing tables (import, collect): appended below a table's last body
 * row (a blank last row, the one a new table starts with, is filled first), above
 * its Total Row, which moves down; or replacing cells of body rows (collect, after
 * the user confirmed). Only the rows written change in the sheet part, with the
 * table's range, its filter range, and the validation lists and colours that
 * cover its body. Refused before anything is written: a missing table, a row
 * outside the body, cells below the table that hold data, a protected sheet, and
 * a cell whose formula other cells share.
 */
import { NS_SML, REL_TYPES } from "../../ooxml";
import { cellFormatCode } from "../../../core/style";
import { excelNameKey } from "../../../core/cells";
import type { RowUpdate } from "../../../app/ports";
import { relsPartOf } from "../package";
import { WorkbookWriteError } from "../../floor";
import { fileValue } from "./cellStyles";
import type { CellValueOut } from "./cellXml";
import { removeContentTypes, removeRelationships } from "./packageEdits";
import { boxRef, overlaps, parseBox, type Box } from "./sqref";
import { applySplices, findElements, setAttribute } from "./xmlSplice";
import type { TableAt } from "./tables";
import type { WorkbookWriter } from "./workbookWriter";

export type Append = {
  readonly table: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
};

/** One entry per table, so two entries for one table do not land on the same rows. */
function byTable(appends: readonly Append[]): Append[] {
  const merged = new Map<string, Append>();
  for (const a of appends) {
    if (a.rows.length === 0) continue;
    const key = excelNameKey(a.table);
    const seen = merged.get(key);
    merged.set(key, seen ? { table: seen.table, rows: [...seen.rows, ...a.rows] } : a);
  }
  return [...merged.values()];
}

/** The first and last body rows of a table (0-based sheet rows). */
function bodyOf(t: TableAt): { first: number; last: number } {
  return { first: t.box.top + t.headerRows, last: t.box.bottom - t.totalsRows };
}

/** Removes the calculation chain: Excel rebuilds it, and a stale one makes it repair the file. */
function dropCalcChain(w: WorkbookWriter): void {
  const rel = w.pkg.relationships(w.workbook.part).find((r) => r.type === REL_TYPES.calcChain);
  if (!rel) return;
  removeRelationships(w.pkg, w.workbook.part, new Set([rel.id]));
  if (rel.part) {
    w.pkg.remove(rel.part);
    w.pkg.remove(relsPartOf(rel.part));
    removeContentTypes(w.pkg, [rel.part]);
  }
}

/** The table part with its range (and filter range) moved to new bottoms. */
function resizeTablePart(w: WorkbookWriter, t: TableAt, bottom: number): void {
  const text = w.pkg.text(t.part);
  const found = findElements(
    text,
    (n, d) => (d === 1 && n === `{${NS_SML}}table`) || (d === 2 && n === `{${NS_SML}}autoFilter`),
    t.part,
  );
  const table = found.find((e) => e.depth === 1);
  if (!table) return;
  const splices = [setAttribute(text, table, "ref", boxRef({ ...t.box, bottom }))];
  const filter = found.find((e) => e.depth === 2);
  const filterBox = filter ? parseBox(filter.attributes.ref ?? "") : null;
  if (filter && filterBox)
    splices.push(setAttribute(text, filter, "ref", boxRef({ ...filterBox, bottom: bottom - t.totalsRows })));
  w.pkg.set(t.part, applySplices(text, splices));
}

/**
 * Where `count` rows go in the table `name`, refusing (before anything is written) a missing
 * table, a protected sheet, and rows below the table that hold data, merged cells or another
 * table: the file adapter grows a table over empty rows only and never moves cells.
 */
function planAppend(w: WorkbookWriter, name: string, count: number) {
  const t = w.table(name);
  if (!t || !t.sheet.part) throw new WorkbookWriteError("tableMissing", name);
  const edit = w.sheetEdit(t.sheet.part);
  if (edit.isProtected()) throw new WorkbookWriteError("sheetProtected", t.sheet.name);
  const body = bodyOf(t);
  const lastBlank = body.last >= body.first && !edit.holdsData(body.last, body.last, t.box.left, t.box.right);
  const start = lastBlank ? body.last : body.last + 1;
  const added = start + count - 1 - body.last;
  if (added > 0) {
    // The rows the table grows into (below its Total Row, if it has one) must be empty.
    const below: Box = {
      top: t.box.bottom + 1,
      bottom: t.box.bottom + added,
      left: t.box.left,
      right: t.box.right,
    };
    if (edit.holdsData(below.top, below.bottom, below.left, below.right))
      throw new WorkbookWriteError("cellsNotEmpty", name);
    if (
      edit.merges().some((m) => {
        const b = parseBox(m);
        return b !== null && overlaps(b, below);
      })
    )
      throw new WorkbookWriteError("cellsNotEmpty", name);
    if (w.tables().some((o) => o !== t && o.sheet.part === t.sheet.part && overlaps(o.box, below)))
      throw new WorkbookWriteError("cellsNotEmpty", name);
  }
  return { t, edit, body, start, added: Math.max(0, added) };
}

/**
 * Refuses, writing nothing, appends of so many rows that `appendTableRows` would refuse
 * (the port's checkAppends: collect asks before it replaces rows).
 */
export function checkTableAppends(
  w: WorkbookWriter,
  appends: readonly { readonly table: string; readonly rows: number }[],
): void {
  const counts = new Map<string, { table: string; rows: number }>();
  for (const a of appends) {
    if (a.rows <= 0) continue;
    const key = excelNameKey(a.table);
    counts.set(key, { table: a.table, rows: (counts.get(key)?.rows ?? 0) + a.rows });
  }
  for (const a of counts.values()) planAppend(w, a.table, a.rows);
}

/** Appends each entry's rows to its table; refuses before writing when anything is in the way. */
export function appendTableRows(w: WorkbookWriter, appends: readonly Append[]): void {
  const date1904 = w.workbook.date1904();
  const plans = byTable(appends).map((a) => {
    const t = w.table(a.table);
    const width = t ? t.box.right - t.box.left + 1 : 0;
    if (t && a.rows.some((r) => r.length > width))
      throw new RangeError(`${a.table}: a row has more cells than the table's ${width} columns`);
    return { a, ...planAppend(w, a.table, a.rows.length) };
  });
  let moved = false;
  for (const { a, t, edit, body, start, added } of plans) {
    // New cells take the formats of the last body row (text as text), as Excel carries them.
    const base = Array.from({ length: t.box.right - t.box.left + 1 }, (_, j) =>
      edit.styleAt(body.last, t.box.left + j),
    );
    const cells: { row: number; col: number; value: CellValueOut; style: number }[] = [];
    if (added > 0 && t.totalsRows > 0) {
      for (let k = t.totalsRows - 1; k >= 0; k--)
        edit.moveCells(body.last + 1 + k, body.last + 1 + k + added, t.box.left, t.box.right);
      moved = true;
    }
    a.rows.forEach((row, i) =>
      base.forEach((style, j) => {
        const value = row[j] ?? null;
        const numFmt = cellFormatCode(value, w.styles.infoOf(style).numFmt);
        cells.push({
          row: start + i,
          col: t.box.left + j,
          value: fileValue(value, numFmt, date1904),
          style: w.styles.derived(style, { numFmt }),
        });
      }),
    );
    edit.writeCells(cells);
    if (added > 0) {
      const newBottom = t.box.bottom + added;
      resizeTablePart(w, t, newBottom);
      edit.extendRules(
        { firstRow: body.first, lastRow: body.last, left: t.box.left, right: t.box.right },
        body.last + added,
      );
      edit.coverInDimension(newBottom, t.box.right);
    }
  }
  if (moved) {
    dropCalcChain(w);
    w.workbook.calculateOnLoad();
  }
}

/** Writes each update's given values into its table row (collect, after the user confirmed). */
export function updateTableRows(w: WorkbookWriter, updates: readonly RowUpdate[]): void {
  const date1904 = w.workbook.date1904();
  const plans = updates.map((u) => {
    const t = w.table(u.table);
    if (!t || !t.sheet.part) throw new WorkbookWriteError("tableMissing", u.table);
    const body = bodyOf(t);
    if (u.row < body.first || u.row > body.last)
      throw new WorkbookWriteError("tableMissing", `${u.table}!${u.row + 1}`);
    const edit = w.sheetEdit(t.sheet.part);
    const cols = u.values.flatMap((v, j) =>
      v === undefined || t.box.left + j > t.box.right ? [] : [t.box.left + j],
    );
    for (const col of cols) {
      const cell = edit.cell(u.row, col);
      if (cell?.sharedMaster)
        throw new WorkbookWriteError(
          "cellHasFormula",
          `${t.sheet.name}!${boxRef({ top: u.row, bottom: u.row, left: col, right: col })}`,
        );
      if (edit.isProtected() && w.styles.infoOf(edit.styleAt(u.row, col)).locked)
        throw new WorkbookWriteError("sheetProtected", t.sheet.name);
    }
    return { u, t, edit, cols };
  });
  let formulas = false;
  for (const { u, t, edit, cols } of plans) {
    const cells = cols.map((col) => {
      const value = u.values[col - t.box.left] ?? null;
      const style = edit.styleAt(u.row, col);
      const numFmt = cellFormatCode(value, w.styles.infoOf(style).numFmt);
      if (edit.cell(u.row, col)?.hasFormula) formulas = true;
      return {
        row: u.row,
        col,
        value: fileValue(value, numFmt, date1904),
        style: w.styles.derived(style, { numFmt }),
      };
    });
    edit.writeCells(cells);
  }
  if (formulas) {
    dropCalcChain(w);
    w.workbook.calculateOnLoad();
  }
}

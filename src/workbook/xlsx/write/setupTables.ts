/**
 * Set-up on a file (docs/workbook.md "Writing rules"): each plan table on a new sheet
 * or on an empty sheet of its name, as an Excel table with the core's formats,
 * validation lists (on the hidden lists sheet and its names), frozen header,
 * column widths and status colours. Every refusal comes before anything is
 * written: a sheet holding data, a table or name that exists, a protected sheet
 * or workbook structure.
 */
import { columnLetters } from "../../../core/cells";
import { sheetNameProblem } from "../../../core/cells";
import { listsTemplateFor } from "../../../core/template";
import {
  cellFormatCode,
  colourFormula,
  coveredBodyRows,
  FROZEN_HEADER_ROWS,
  LISTS_HEADER_LOOK,
  numberFormatCode,
  TABLE_LOOK,
  TEXT_FORMAT,
  validationRule,
} from "../../../core/style";
import { fileColumnWidth } from "./columnWidths";
import type { ListColumn, TableTemplate } from "../../../core/template";
import type { ProgressReport } from "../../../app/ports";
import { WorkbookWriteError } from "../../floor";
import { fileValue, lookStyle } from "./cellStyles";
import type { CellValueOut } from "./cellXml";
import type { SheetEdit } from "./sheetEdit";
import { boxRef } from "./sqref";
import type { WorkbookWriter } from "./workbookWriter";
import type { SheetEntry } from "./workbookEdit";
import { sheetRef } from "./xmlText";

/** Where each table goes: an existing empty sheet, or a new one. */
type Target = { template: TableTemplate; existing: SheetEntry | null };

/** The checks of docs/workbook.md's writing rules; throws before anything is written. */
function targetsOf(w: WorkbookWriter, templates: readonly TableTemplate[]): Target[] {
  const targets = templates.map((t): Target => {
    if (sheetNameProblem(t.sheet) !== null) throw new WorkbookWriteError("sheetNameInvalid", t.sheet);
    if (w.table(t.name) !== null) throw new WorkbookWriteError("tableExists", t.name);
    if (w.workbook.hasName(t.name)) throw new WorkbookWriteError("nameTaken", t.name);
    const existing = w.workbook.sheet(t.sheet);
    if (!existing) return { template: t, existing: null };
    if (existing.kind !== "worksheet" || !existing.part)
      throw new WorkbookWriteError("sheetHasData", existing.name);
    const edit = w.sheetEdit(existing.part);
    if (edit.hasData() || w.tables().some((x) => x.sheet.part === existing.part))
      throw new WorkbookWriteError("sheetHasData", existing.name);
    if (edit.isProtected()) throw new WorkbookWriteError("sheetProtected", existing.name);
    return { template: t, existing };
  });
  if (targets.some((t) => !t.existing) && w.workbook.structureLocked())
    throw new WorkbookWriteError("workbookProtected", templates[0]?.sheet ?? "");
  // The lists' names share the tables' name space: a user's table of such a name is refused here, before anything is written.
  const lists = listsTemplateFor(templates);
  const taken = lists?.columns.find((c) => !w.workbook.hasName(c.name) && w.table(c.name) !== null);
  if (taken) throw new WorkbookWriteError("tableNameTaken", taken.name);
  return targets;
}

/** Writes the lists the workbook lacks, each a column named by a workbook name. */
function writeLists(w: WorkbookWriter, templates: readonly TableTemplate[]): void {
  const lists = listsTemplateFor(templates);
  if (!lists) return;
  const missing = lists.columns.filter((c) => !w.workbook.hasName(c.name));
  if (missing.length === 0) return;
  let sheet = w.workbook.sheet(lists.sheet);
  let edit: SheetEdit;
  if (sheet?.part) {
    edit = w.sheetEdit(sheet.part);
    if (edit.isProtected()) throw new WorkbookWriteError("sheetProtected", sheet.name);
  } else {
    if (w.workbook.structureLocked()) throw new WorkbookWriteError("workbookProtected", lists.sheet);
    ({ sheet, edit } = w.addSheet(lists.sheet, "hidden"));
  }
  const left = edit.usedRight() + 1;
  // One rectangle of text cells, as tall as the longest list (as the Office adapter writes it).
  const height = Math.max(...missing.map((c) => c.values.length));
  const header = lookStyle(w.styles, TEXT_FORMAT, LISTS_HEADER_LOOK);
  const cells = missing.flatMap((list: ListColumn, i) => [
    { row: 0, col: left + i, value: list.header, style: header },
    ...Array.from({ length: height }, (_, r) => {
      const value = list.values[r] ?? null;
      return {
        row: r + 1,
        col: left + i,
        value,
        style: w.styles.cellStyle({ numFmt: cellFormatCode(value, TEXT_FORMAT) }),
      };
    }),
  ]);
  edit.writeCells(cells);
  missing.forEach((list, i) => {
    const letters = columnLetters(left + i);
    const last = Math.max(1, list.values.length) + 1;
    w.workbook.setName(list.name, `${sheetRef(sheet.name)}!$${letters}$2:$${letters}$${last}`);
  });
}

/** Writes one table on its sheet. */
function writeTable(w: WorkbookWriter, target: Target, date1904: boolean): void {
  const t = target.template;
  const { sheet, edit } = target.existing?.part
    ? { sheet: target.existing, edit: w.sheetEdit(target.existing.part) }
    : w.addSheet(t.sheet);
  const cols = t.headers.length;
  const covered = coveredBodyRows(t);
  const overrides = new Map(
    (t.cellFormats ?? []).map((c) => [`${c.row},${c.column}`, numberFormatCode(c.format)]),
  );
  const text = w.styles.cellStyle({ numFmt: TEXT_FORMAT });
  const cells: { row: number; col: number; value: CellValueOut; style: number }[] = t.headers.map(
    (h, col) => ({
      row: 0,
      col,
      value: h,
      style: text,
    }),
  );
  for (let r = 0; r < covered; r++) {
    for (let col = 0; col < cols; col++) {
      const value = t.rows[r]?.[col] ?? null;
      const numFmt = cellFormatCode(
        value,
        overrides.get(`${r},${col}`) ?? numberFormatCode(t.formats[col] ?? "text"),
      );
      cells.push({
        row: r + 1,
        col,
        value: fileValue(value, numFmt, date1904),
        style: w.styles.cellStyle({ numFmt }),
      });
    }
  }
  edit.writeCells(cells);
  edit.setColumnWidths(new Map(t.widths.map((width, col) => [col, fileColumnWidth(width)])));
  edit.freezeRows(FROZEN_HEADER_ROWS);
  const ref = boxRef({ top: 0, left: 0, bottom: Math.max(t.rows.length, 1), right: cols - 1 });
  const rid = w.addTable(sheet, {
    name: t.name,
    ref,
    columns: t.headers,
    style: TABLE_LOOK.style,
    bandedRows: TABLE_LOOK.bandedRows,
    filterButtons: TABLE_LOOK.filterButtons,
  });
  edit.addTableParts([rid]);
  edit.addValidations(
    t.validations.map((v) => {
      const rule = validationRule(v.source, t.lang);
      const sqref = boxRef({ top: 1, left: v.column, bottom: covered, right: v.column });
      return { sqref, formula: rule.formula, alert: rule.alert };
    }),
  );
  const body = boxRef({ top: 1, left: 0, bottom: covered, right: cols - 1 });
  for (const rule of t.colours)
    edit.addConditionalFormats(body, [
      { dxfId: w.styles.dxf({ fill: rule.fill, font: rule.font }), formula: colourFormula(rule, 1) },
    ]);
}

/** Adds the tables (and the lists they need), or refuses before writing anything. */
export function setUpTables(
  w: WorkbookWriter,
  templates: readonly TableTemplate[],
  progress?: ProgressReport,
): void {
  if (templates.length === 0) return;
  const targets = targetsOf(w, templates);
  const date1904 = w.workbook.date1904();
  writeLists(w, templates);
  targets.forEach((target, i) => {
    writeTable(w, target, date1904);
    progress?.(i + 1, targets.length);
  });
}

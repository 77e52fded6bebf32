/**
 * Columns added at the end of existing tables (set-up, issue 29): the header cells in
 * the header row's look, the body cells empty in the column's number format and the
 * neighbouring column's look, the table part's range, filter range and column list
 * widened, and the new columns' widths. Refused before anything is written: a missing
 * table, a protected sheet, or cells to the right of a table that hold data, are merged
 * or belong to another table.
 */
import { numberFormatCode } from "../../../core/style";
import type { ColumnAddition } from "../../../core/template";
import { WorkbookWriteError } from "../../floor";
import type { CellValueOut } from "./cellXml";
import { escapeOoxml } from "./cellXml";
import { fileColumnWidth } from "./columnWidths";
import { sml } from "../../ooxml";
import { boxRef, overlaps, parseBox, type Box } from "./sqref";
import type { TableAt } from "./tables";
import { appendChildren, applySplices, findElements, setAttribute, type Splice } from "./xmlSplice";
import type { WorkbookWriter } from "./workbookWriter";
import { xmlAttr } from "./xmlText";

/** The table part widened by the new columns: ref, autoFilter ref, tableColumns and its count. */
function widenTablePart(w: WorkbookWriter, t: TableAt, headers: readonly string[]): void {
  const text = w.pkg.text(t.part);
  const found = findElements(
    text,
    (n, d) =>
      (d === 1 && n === sml("table")) ||
      (d === 2 && (n === sml("autoFilter") || n === sml("tableColumns"))) ||
      (d === 3 && n === sml("tableColumn")),
    t.part,
  );
  const table = found.find((e) => e.depth === 1);
  const list = found.find((e) => e.depth === 2 && e.name === sml("tableColumns"));
  if (!table || !list) throw new WorkbookWriteError("tableMissing", t.name);
  const right = t.box.right + headers.length;
  const splices: Splice[] = [setAttribute(text, table, "ref", boxRef({ ...t.box, right }))];
  const filter = found.find((e) => e.depth === 2 && e.name === sml("autoFilter"));
  const filterBox = filter ? parseBox(filter.attributes.ref ?? "") : null;
  if (filter && filterBox) splices.push(setAttribute(text, filter, "ref", boxRef({ ...filterBox, right })));
  const ids = found.filter((e) => e.depth === 3).map((e) => Number(e.attributes.id ?? 0) || 0);
  const first = Math.max(0, ...ids) + 1;
  const prefix = list.qname.includes(":") ? `${list.qname.split(":")[0] ?? ""}:` : "";
  const columns = headers
    .map((h, i) => `<${prefix}tableColumn id="${first + i}" name="${xmlAttr(escapeOoxml(h))}"/>`)
    .join("");
  splices.push(setAttribute(text, list, "count", String(t.columns.length + headers.length)));
  splices.push(...appendChildren(list, columns));
  w.pkg.set(t.part, applySplices(text, splices));
}

/** The cells the new columns take, refused when anything is in the way. */
function checkedArea(w: WorkbookWriter, t: TableAt, width: number): Box {
  if (!t.sheet.part) throw new WorkbookWriteError("tableMissing", t.name);
  const edit = w.sheetEdit(t.sheet.part);
  if (edit.isProtected()) throw new WorkbookWriteError("sheetProtected", t.sheet.name);
  const area: Box = {
    top: t.box.top,
    bottom: t.box.bottom,
    left: t.box.right + 1,
    right: t.box.right + width,
  };
  const merged = edit.merges().some((m) => {
    const b = parseBox(m);
    return b !== null && overlaps(b, area);
  });
  const otherTable = w
    .tables()
    .some((o) => o !== t && o.sheet.part === t.sheet.part && overlaps(o.box, area));
  if (
    t.headerRows !== 1 ||
    merged ||
    otherTable ||
    edit.holdsData(area.top, area.bottom, area.left, area.right)
  )
    throw new WorkbookWriteError("cellsNotEmpty", t.name);
  return area;
}

/** Adds each addition's columns at the end of its table; refuses before writing when anything is in the way. */
export function addTableColumns(w: WorkbookWriter, additions: readonly ColumnAddition[]): void {
  const plans = additions
    .filter((a) => a.headers.length > 0)
    .map((a) => {
      const t = w.table(a.table);
      if (!t) throw new WorkbookWriteError("tableMissing", a.table);
      return { a, t, area: checkedArea(w, t, a.headers.length) };
    });
  for (const { a, t, area } of plans) {
    const edit = w.sheetEdit(t.sheet.part ?? "");
    const headerStyle = edit.styleAt(t.box.top, t.box.right);
    const cells: { row: number; col: number; value: CellValueOut; style: number }[] = [];
    a.headers.forEach((header, i) => {
      const col = area.left + i;
      cells.push({ row: t.box.top, col, value: header, style: headerStyle });
      const numFmt = numberFormatCode(a.formats[i] ?? "text");
      for (let row = t.box.top + 1; row <= t.box.bottom - t.totalsRows; row++)
        cells.push({
          row,
          col,
          value: null,
          style: w.styles.derived(edit.styleAt(row, t.box.right), { numFmt }),
        });
    });
    edit.writeCells(cells);
    edit.setColumnWidths(new Map(a.widths.map((width, i) => [area.left + i, fileColumnWidth(width)])));
    widenTablePart(w, t, a.headers);
    edit.coverInDimension(t.box.bottom, area.right);
  }
}

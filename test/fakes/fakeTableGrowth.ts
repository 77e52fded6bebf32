/**
 * What a table's growth does to the sheet's validation rules, conditional formats
 * and number formats. Documented (excel.tablerowcollection.yml, add): rows.add
 * inserts rows right below the body, so the cells of the table's columns at and
 * below the insertion row move down, the rules there with them, and a rule the
 * insertion row cuts through grows, as any range does when rows are inserted
 * inside it. Not documented, and so off unless a test turns it on
 * (WorkbookModel.growsTableRules): Excel's table expansion giving the new rows
 * their column's validation and formatting, modelled as a rule whose area covers
 * exactly the whole body of one or more of the table's columns growing with the
 * body (a rule over part of the body stays), and on resize the new cells taking
 * the number format of a column whose whole body has one.
 */
import { FakeOfficeError, bodyArea, type Area, type SheetModel, type TableModel } from "./fakeModel";

/** True when `a` covers exactly the whole body `body` in some of its columns. */
const coversBody = (a: Area, body: Area): boolean =>
  a.row === body.row && a.rows === body.rows && a.col >= body.col && a.col + a.cols <= body.col + body.cols;

/** The areas of the sheet's rules, to change in place. */
function ruleAreas(sheet: SheetModel): { area: Area }[] {
  return [...sheet.validations, ...sheet.conditionalFormats];
}

/**
 * Before `n` rows are inserted right below the body of `t` (rows.add): moves or
 * grows the rules Excel's insertion reaches, and with `grows` the rules over the
 * whole body too.
 */
export function rulesOnInsert(t: TableModel, n: number, grows: boolean): void {
  const body = bodyArea(t);
  const at = body.row + body.rows;
  for (const rule of ruleAreas(t.sheet)) {
    const a = rule.area;
    if (a.row + a.rows <= at && !(grows && coversBody(a, body))) continue; // above the insertion: untouched
    const inColumns = a.col >= t.area.col && a.col + a.cols <= t.area.col + t.area.cols;
    const besideColumns = a.col + a.cols <= t.area.col || a.col >= t.area.col + t.area.cols;
    if (besideColumns) continue;
    // Excel splits a rule that only part of the inserted cells' columns run through; the product never makes one.
    if (!inColumns)
      throw new FakeOfficeError("FakeUnsupported", "a rule partly beside a table's columns, below its body");
    if (a.row >= at) rule.area = { ...a, row: a.row + n };
    else rule.area = { ...a, rows: a.rows + n };
  }
}

/**
 * Before a resize takes in `n` rows below the body of `t` (no cells move): nothing
 * documented changes; with `grows`, grows the rules over the whole body and gives
 * each new cell its column's number format where the whole body of that column has one.
 */
export function rulesOnResize(t: TableModel, n: number, grows: boolean): void {
  if (!grows) return;
  const body = bodyArea(t);
  for (const rule of ruleAreas(t.sheet)) {
    if (coversBody(rule.area, body)) rule.area = { ...rule.area, rows: rule.area.rows + n };
  }
  for (let k = body.col; k < body.col + body.cols; k++) {
    const formats = new Set<string>();
    for (let r = body.row; r < body.row + body.rows; r++) formats.add(t.sheet.cell(r, k).numberFormat);
    const [format] = formats;
    if (formats.size !== 1 || format === undefined || format === "General") continue;
    for (let r = body.row + body.rows; r < body.row + body.rows + n; r++)
      t.sheet.cellForWrite(r, k).numberFormat = format;
  }
}

/**
 * What inserting rows below the body of `t` (at row `at`) does to the tables and
 * merged cells below it in its columns: Excel moves down the cells of the table's
 * columns, so a table or a merged area wholly within those columns moves down with
 * them, and one only partly within them stops the insert before anything changes
 * (InsertDeleteConflict for a table, MergedRangeConflict for merged cells; Excel's
 * documented error codes). Returns the move, to make once the insert goes ahead.
 */
export function shiftedBelow(tables: readonly TableModel[], t: TableModel, at: number): (n: number) => void {
  const left = t.area.col;
  const right = t.area.col + t.area.cols;
  const reached = (a: Area): "inside" | "partly" | null => {
    if (a.row + a.rows <= at || a.col + a.cols <= left || a.col >= right) return null;
    if (a.row < at) return null; // what the insertion row cuts through grows or is the table itself
    return a.col >= left && a.col + a.cols <= right ? "inside" : "partly";
  };
  const others = tables.filter((o) => o !== t && o.sheet === t.sheet);
  const blocking = others.find((o) => reached(o.area) === "partly");
  if (blocking)
    throw new FakeOfficeError(
      "InsertDeleteConflict",
      `The insert would shift part of the table ${blocking.name}`,
    );
  if (t.sheet.merges.some((m) => reached(m) === "partly"))
    throw new FakeOfficeError("MergedRangeConflict", "The insert would shift part of merged cells");
  const movedTables = others.filter((o) => reached(o.area) === "inside");
  const movedMerges = t.sheet.merges.filter((m) => reached(m) === "inside");
  return (n) => {
    for (const o of movedTables) o.area = { ...o.area, row: o.area.row + n };
    for (const m of movedMerges) m.row += n;
  };
}

/**
 * TableColumnCollection.add at the end (index null, ExcelApi 1.4 for the name): the
 * table takes the column right of it, its header cell named. Only over empty cells:
 * what Excel does to cells in the way is not modelled (the product checks first).
 */
export function addColumnAtEnd(t: TableModel, others: readonly TableModel[], name: string): void {
  const col = t.area.col + t.area.cols;
  for (let r = t.area.row; r < t.area.row + t.area.rows; r++) {
    const v = t.sheet.cell(r, col).value;
    if (v !== "" && v !== null)
      throw new FakeOfficeError("FakeUnsupported", "a column added over cells that hold data");
  }
  const area = { ...t.area, cols: t.area.cols + 1 };
  for (const o of others) {
    if (o !== t && o.sheet === t.sheet && o.area.col <= col && o.area.col + o.area.cols > col)
      if (o.area.row < area.row + area.rows && o.area.row + o.area.rows > area.row)
        throw new FakeOfficeError("InvalidArgument", "Tables would overlap");
  }
  t.area = area;
  if (t.showHeaders) t.sheet.cellForWrite(t.area.row, col).value = name;
  else t.columnNames?.push(name);
}

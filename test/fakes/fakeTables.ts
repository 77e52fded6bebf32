/**
 * Fake tables with Excel's rules where the product relies on them: tables never
 * overlap, header names are made unique (Excel renames "Kommentar" twice to
 * "Kommentar2"), a header-only range gets one empty body row, new rows go below the
 * body (above a total row) and push the cells below down, and no table changes
 * shape on a protected sheet. New rows take no number format, validation or
 * conditional format from the body unless a test turns on that undocumented growth
 * (WorkbookModel.growsTableRules, fakeTableGrowth.ts).
 * A table may have a total row and a hidden header row, as users make them
 * (FakeExcel.addTable).
 */
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type FakeContext } from "./fakeContext";
import {
  FakeOfficeError,
  bodyArea,
  checkObjectName,
  checkStructure,
  columnNamesOf,
  overlaps,
  parseArea,
  splitAddress,
  writeValue,
  type Area,
  type SheetModel,
  type TableModel,
} from "./fakeModel";
import { FakeRange } from "./fakeRange";
import { addColumnAtEnd, rulesOnInsert, rulesOnResize, shiftedBelow } from "./fakeTableGrowth";
import { FakeWorksheet, pinned } from "./fakeSheets";
type LocateTable = () => TableModel | null;

/** Makes header texts unique and non-empty the way Excel does when a table is created. */
function uniqueHeaders(sheet: SheetModel, area: Area): void {
  const seen = new Set<string>();
  for (let k = 0; k < area.cols; k++) {
    const cell = sheet.cellForWrite(area.row, area.col + k);
    const base = String(cell.value).trim() === "" ? `Column${k + 1}` : String(cell.value);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    cell.value = name;
    cell.formula = null;
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  /** `sheet` null: the workbook's collection. */
  constructor(
    ctx: FakeContext,
    private readonly sheet: (() => SheetModel | null) | null,
  ) {
    super(ctx);
  }

  protected members(): FakeTable[] {
    const own = this.sheet?.() ?? null;
    return this.ctx.model.tables
      .filter((t) => !this.sheet || t.sheet === own)
      .map((t) => new FakeTable(this.ctx, () => t));
  }

  protected memberAt(index: number): FakeTable {
    return new FakeTable(
      this.ctx,
      pinned(this.ctx, index, (i) => this.members()[i]?.modelNow() ?? null, true),
    );
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const holder: { table: TableModel | null } = { table: null };
    this.ctx.enqueue({ add: typeof address === "string" ? address : "range", hasHeaders }, () => {
      const model = this.ctx.model;
      let sheet: SheetModel | null;
      let area: Area;
      if (typeof address === "string") {
        const parts = splitAddress(address);
        sheet = parts.sheet !== null ? model.sheet(parts.sheet) : (this.sheet?.() ?? null);
        area = parseArea(parts.local);
      } else {
        const place = address.locate();
        sheet = place?.sheet ?? null;
        area = place ? { ...place.area } : { row: 0, col: 0, rows: 0, cols: 0 };
      }
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The table's sheet does not exist");
      if (!hasHeaders)
        throw new FakeOfficeError("InvalidArgument", "The fake supports tables.add with headers only");
      checkStructure(sheet, "tables.add");
      for (const t of model.tables) {
        if (t.sheet === sheet && overlaps(t.area, area))
          throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      }
      if (area.rows === 1) area = { ...area, rows: 2 };
      uniqueHeaders(sheet, area);
      let n = model.tables.length + 1;
      while (model.table(`Table${n}`)) n++;
      holder.table = {
        id: String(model.nextSerial()),
        name: `Table${n}`,
        sheet,
        area,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showHeaders: true,
        showTotals: false,
        columnNames: null,
      };
      model.tables.push(holder.table);
    });
    return new FakeTable(this.ctx, () => holder.table);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(
      this.ctx,
      pinned(this.ctx, key, (k) => this.ctx.model.table(k), true),
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.ctx,
      pinned(this.ctx, key, (k) => this.ctx.model.table(k), false),
    );
  }
}

export class FakeTable extends FakeObject implements Pick<Excel.Table, "name" | "style"> {
  constructor(
    ctx: FakeContext,
    private readonly locate: LocateTable,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    const t = this.locate();
    return t !== null && this.ctx.model.tables.includes(t);
  }

  private table(): TableModel {
    const t = this.locate();
    if (!t || !this.ctx.model.tables.includes(t))
      throw new FakeOfficeError("ItemNotFound", "The table does not exist");
    return t;
  }

  protected snapshot(prop: string): unknown {
    const t = this.table();
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    if (prop === "showBandedRows") return t.showBandedRows;
    if (prop === "showHeaders") return t.showHeaders;
    if (prop === "showTotals") return t.showTotals;
    if (prop === "id") return t.id;
    throw new FakeOfficeError("InvalidArgument", `The fake Table has no property ${prop}`);
  }

  /** Kept, so that a load through "items/rows/count" is read back from the same proxy. */
  private readonly rowsPart = new FakeTableRowCount(this.ctx, this);
  private readonly columnsPart = new FakeTableColumnCollection(this.ctx, this);

  /** Excel answers a query of a table with its id too, which Office.js then addresses it by. */
  override responseValue(wanted: string[][]): unknown {
    const value = super.responseValue(wanted);
    return value === null ? null : { ...(value as object), _Id: this.idNow() };
  }

  /** The id Excel returns for a table made by tables.add (officeJsBridge.ts). */
  idNow(): string | null {
    return this.exists() ? (this.locate()?.id ?? null) : null;
  }

  /** The table's model when the batch runs (for its row and column collections). */
  modelNow(): TableModel | null {
    return this.exists() ? this.locate() : null;
  }

  protected override child(prop: string): FakeObject | null {
    if (prop === "rows") return this.rowsPart;
    if (prop === "columns") return this.columnsPart;
    return prop === "worksheet" ? this.worksheet : null;
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write({ name: v }, () => {
      checkObjectName(this.ctx.model, v, this.table());
      this.table().name = v;
    });
  }

  get style(): string {
    return this.read("style");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  get id(): string {
    return this.read("id");
  }
  set style(v: string) {
    this.write({ style: v }, () => (this.table().style = v));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate()?.sheet ?? null);
  }

  private rangeOf(pick: (t: TableModel) => Area): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.exists() ? this.locate() : null;
      return t && { sheet: t.sheet, area: pick(t) };
    });
  }

  /** The whole table: header row (when shown), body and total row (when shown). */
  getRange(): FakeRange {
    return this.rangeOf((t) => ({ ...t.area }));
  }
  /** The header row; the fake refuses it while hidden (the product does not rely on what Excel gives then). */
  getHeaderRowRange(): FakeRange {
    return this.rangeOf((t) => {
      if (!t.showHeaders)
        throw new FakeOfficeError("FakeUnsupported", `The header row of ${t.name} is hidden`);
      return { ...t.area, rows: 1 };
    });
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf(bodyArea);
  }
  /** The total row; refused while it is not shown. */
  getTotalRowRange(): FakeRange {
    return this.rangeOf((t) => {
      if (!t.showTotals) throw new FakeOfficeError("InvalidOperation", `${t.name} shows no total row`);
      return { ...t.area, row: t.area.row + t.area.rows - 1, rows: 1 };
    });
  }

  /** ExcelApi 1.13: the table takes a new range (same header row and columns). */
  resize(newRange: FakeRange | string): void {
    this.write({ resize: typeof newRange === "string" ? newRange : "range" }, () => {
      const t = this.table();
      checkStructure(t.sheet, "Table.resize");
      // Where Excel would put the total row of a resized table is not modelled: the product avoids it.
      if (t.showTotals)
        throw new FakeOfficeError("FakeUnsupported", `resize of ${t.name}, which shows a total row`);
      const area =
        typeof newRange === "string" ? parseArea(splitAddress(newRange).local) : newRange.locate()?.area;
      // Wider is allowed (columns added at the end, issue 29); fewer columns is not modelled.
      if (!area || area.row !== t.area.row || area.col !== t.area.col || area.cols < t.area.cols) {
        throw new FakeOfficeError("InvalidArgument", "resize must keep the header row and columns");
      }
      for (const o of this.ctx.model.tables) {
        if (o !== t && o.sheet === t.sheet && overlaps(o.area, area))
          throw new FakeOfficeError("InvalidArgument", "Tables would overlap");
      }
      if (area.rows > t.area.rows) rulesOnResize(t, area.rows - t.area.rows, this.ctx.model.growsTableRules);
      t.area = { ...area };
    });
  }

  get rows(): FakeTableRowCount & { add(index?: number, values?: (string | number | boolean)[][]): void } {
    const add = (index?: number, values?: (string | number | boolean)[][]): void =>
      this.write({ rows: values ?? null }, () => this.addRows(index, values ?? [[]]));
    return Object.assign(this.rowsPart, { add });
  }

  get columns(): FakeTableColumnCollection {
    return this.columnsPart;
  }

  private addRows(index: number | undefined, values: (string | number | boolean)[][]): void {
    const t = this.table();
    if (index !== undefined)
      throw new FakeOfficeError("InvalidArgument", "The fake adds rows at the end only");
    if (values.some((r) => r.length !== t.area.cols))
      throw new FakeOfficeError("InvalidArgument", "Row values don't match the table's columns");
    checkStructure(t.sheet, "TableRowCollection.add");
    const n = values.length;
    const sheet = t.sheet;
    const body = bodyArea(t);
    // New rows go right below the body: a total row moves down with what was below the table.
    const below = body.row + body.rows;
    // Tables and merged cells below move down with the cells (fakeTableGrowth.ts), or stop the insert.
    const moves = shiftedBelow(this.ctx.model.tables, t, below);
    rulesOnInsert(t, n, this.ctx.model.growsTableRules);
    moves(n);
    // Excel inserts cells in the table's columns: what was below moves down.
    const moved = [...sheet.cells.entries()].filter(([key]) => {
      const [r, k] = key.split(",").map(Number) as [number, number];
      return r >= below && k >= t.area.col && k < t.area.col + t.area.cols;
    });
    for (const [key] of moved) sheet.cells.delete(key);
    for (const [key, cell] of moved) {
      const [r, k] = key.split(",").map(Number) as [number, number];
      sheet.cells.set(`${r + n},${k}`, cell);
    }
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < t.area.cols; k++) {
        const cell = sheet.cellForWrite(below + i, t.area.col + k);
        // Taking the row above's number format is the undocumented growth (fakeTableGrowth.ts).
        if (this.ctx.model.growsTableRules)
          cell.numberFormat = sheet.cell(below - 1, t.area.col + k).numberFormat;
        writeValue(cell, values[i]?.[k]);
      }
    }
    t.area = { ...t.area, rows: t.area.rows + n };
  }
}

/** Table.rows as far as the product loads it: its `count` (body rows, no header or total row). */
export class FakeTableRowCount extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTable,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.table.modelNow() !== null;
  }

  protected snapshot(prop: string): unknown {
    const t = this.table.modelNow();
    if (prop !== "count" || !t) throw new FakeOfficeError("InvalidArgument", `The fake rows have no ${prop}`);
    return bodyArea(t).rows;
  }

  get count(): number {
    return this.read("count");
  }
}

/** Table.columns: their count and names (the names stay when the header row is hidden). */
export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn> {
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTable,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    return this.table.modelNow() !== null;
  }

  /** At the end only (index null), named, without values (fakeTableGrowth.ts). */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    this.write({ addColumn: name ?? null }, () => {
      const t = this.table.modelNow();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The table does not exist");
      if ((index ?? null) !== null || values !== undefined || name === undefined)
        throw new FakeOfficeError("FakeUnsupported", "The fake adds named, empty columns at the end only");
      addColumnAtEnd(t, this.ctx.model.tables, name);
    });
    return new FakeTableColumn(this.ctx, name ?? "", -1);
  }

  protected members(): FakeTableColumn[] {
    const t = this.table.modelNow();
    return t ? columnNamesOf(t).map((name, i) => new FakeTableColumn(this.ctx, name, i)) : [];
  }

  protected memberAt(index: number): FakeTableColumn {
    const t = this.table.modelNow();
    return new FakeTableColumn(this.ctx, t ? (columnNamesOf(t)[index] ?? "") : "", index);
  }
}

export class FakeTableColumn extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly columnName: string,
    private readonly columnIndex: number,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return true;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.columnName;
    if (prop === "index") return this.columnIndex;
    throw new FakeOfficeError("InvalidArgument", `The fake TableColumn has no property ${prop}`);
  }

  get name(): string {
    return this.read("name");
  }
}

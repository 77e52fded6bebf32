/**
 * Fake tables with Excel's rules where the product relies on them: tables never
 * overlap, header names are made unique (Excel renames "Kommentar" twice to
 * "Kommentar2"), a header-only range gets one empty body row, and new rows push
 * the cells below the table down and take the formats of the row above.
 */
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type FakeContext } from "./fakeContext";
import {
  FakeOfficeError,
  checkObjectName,
  overlaps,
  parseArea,
  splitAddress,
  writeValue,
  type Area,
  type SheetModel,
  type TableModel,
} from "./fakeModel";
import { FakeRange } from "./fakeRange";
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
      for (const t of model.tables) {
        if (t.sheet === sheet && overlaps(t.area, area))
          throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      }
      if (area.rows === 1) area = { ...area, rows: 2 };
      uniqueHeaders(sheet, area);
      let n = model.tables.length + 1;
      while (model.table(`Table${n}`)) n++;
      holder.table = { name: `Table${n}`, sheet, area, style: "TableStyleMedium2", showBandedRows: true };
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
    throw new FakeOfficeError("InvalidArgument", `The fake Table has no property ${prop}`);
  }

  /** Kept, so that a load through "items/rows/count" is read back from the same proxy. */
  private readonly rowsPart = new FakeTableCount(this.ctx, this, "rows");
  private readonly columnsPart = new FakeTableCount(this.ctx, this, "columns");

  protected override child(prop: string): FakeObject | null {
    if (prop === "rows") return this.rowsPart;
    if (prop === "columns") return this.columnsPart;
    return prop === "worksheet" ? this.worksheet : null;
  }

  /** The table's area when the batch runs (for its row and column collections). */
  areaNow(): Area | null {
    return this.exists() ? (this.locate()?.area ?? null) : null;
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
  set style(v: string) {
    this.write({ style: v }, () => (this.table().style = v));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate()?.sheet ?? null);
  }

  private rangeOf(pick: (a: Area) => Area): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.exists() ? this.locate() : null;
      return t && { sheet: t.sheet, area: pick(t.area) };
    });
  }

  getRange(): FakeRange {
    return this.rangeOf((a) => ({ ...a }));
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf((a) => ({ ...a, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf((a) => ({ ...a, row: a.row + 1, rows: a.rows - 1 }));
  }

  /** ExcelApi 1.13: the table takes a new range (same header row and columns). */
  resize(newRange: FakeRange | string): void {
    this.write({ resize: typeof newRange === "string" ? newRange : "range" }, () => {
      const t = this.table();
      const area =
        typeof newRange === "string" ? parseArea(splitAddress(newRange).local) : newRange.locate()?.area;
      if (!area || area.row !== t.area.row || area.col !== t.area.col || area.cols !== t.area.cols) {
        throw new FakeOfficeError("InvalidArgument", "resize must keep the header row and columns");
      }
      for (const o of this.ctx.model.tables) {
        if (o !== t && o.sheet === t.sheet && overlaps(o.area, area))
          throw new FakeOfficeError("InvalidArgument", "Tables would overlap");
      }
      t.area = { ...area };
    });
  }

  get rows(): FakeTableCount & { add(index?: number, values?: (string | number | boolean)[][]): void } {
    const add = (index?: number, values?: (string | number | boolean)[][]): void =>
      this.write({ rows: values ?? null }, () => this.addRows(index, values ?? [[]]));
    return Object.assign(this.rowsPart, { add });
  }

  get columns(): FakeTableCount {
    return this.columnsPart;
  }

  private addRows(index: number | undefined, values: (string | number | boolean)[][]): void {
    const t = this.table();
    if (index !== undefined)
      throw new FakeOfficeError("InvalidArgument", "The fake adds rows at the end only");
    if (values.some((r) => r.length !== t.area.cols))
      throw new FakeOfficeError("InvalidArgument", "Row values don't match the table's columns");
    const n = values.length;
    const sheet = t.sheet;
    const below = t.area.row + t.area.rows;
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
        cell.numberFormat = sheet.cell(below - 1, t.area.col + k).numberFormat;
        writeValue(cell, values[i]?.[k]);
      }
    }
    t.area = { ...t.area, rows: t.area.rows + n };
  }
}

/** Table.rows and Table.columns as far as the product loads them: their `count` (body rows, columns). */
export class FakeTableCount extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTable,
    private readonly kind: "rows" | "columns",
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.table.areaNow() !== null;
  }

  protected snapshot(prop: string): unknown {
    const area = this.table.areaNow();
    if (prop !== "count" || !area)
      throw new FakeOfficeError("InvalidArgument", `The fake ${this.kind} has no ${prop}`);
    return this.kind === "rows" ? area.rows - 1 : area.cols;
  }

  get count(): number {
    return this.read("count");
  }
}

/** Fake worksheets: the collection, a sheet's ranges, freeze panes, page layout and charts. */
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type FakeContext } from "./fakeContext";
import {
  FakeOfficeError,
  SheetModel,
  checkSheetName,
  checkWorkbookStructure,
  parseArea,
  type ChartModel,
} from "./fakeModel";
import { FakeRange } from "./fakeRange";
import { FakeTableCollection } from "./fakeTables";

type LocateSheet = () => SheetModel | null;

/**
 * A lookup by key queued as its own command, as Excel runs getItem: the object is
 * the one bearing that key at that point of the batch (ItemNotFound if `required`).
 */
export function pinned<T, K extends string | number = string>(
  ctx: FakeContext,
  key: K,
  find: (key: K) => T | null,
  required: boolean,
): () => T | null {
  const holder: { found: T | null } = { found: null };
  ctx.enqueue({ getItem: key }, () => {
    holder.found = find(key);
    if (required && holder.found === null) throw new FakeOfficeError("ItemNotFound", `No item "${key}"`);
  });
  return () => holder.found;
}

export class FakeWorksheet
  extends FakeObject
  implements Pick<Excel.Worksheet, "name" | "position" | "visibility" | "activate" | "delete">
{
  constructor(
    ctx: FakeContext,
    readonly locate: LocateSheet,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    const s = this.locate();
    return s !== null && !s.deleted;
  }

  private sheet(): SheetModel {
    const s = this.locate();
    if (!s || s.deleted) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist");
    return s;
  }

  /** Excel answers a query of a sheet with its id too, which Office.js then addresses it by. */
  override responseValue(wanted: string[][]): unknown {
    const value = super.responseValue(wanted);
    return value === null ? null : { ...(value as object), _Id: this.idNow() };
  }

  /** The id Excel returns for a sheet made by worksheets.add (officeJsBridge.ts). */
  idNow(): string | null {
    return this.modelNow()?.id ?? null;
  }

  /** The sheet's model when the batch runs (for its helper proxies). */
  modelNow(): SheetModel | null {
    return this.exists() ? this.locate() : null;
  }

  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "position") return this.ctx.model.sheets.indexOf(s);
    if (prop === "id") return s.id;
    throw new FakeOfficeError("InvalidArgument", `The fake Worksheet has no property ${prop}`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write({ name: v }, () => {
      checkWorkbookStructure(this.ctx.model, "Rename a sheet");
      checkSheetName(this.ctx.model, v, this.sheet());
      this.sheet().name = v;
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.write({ position: v }, () => {
      checkWorkbookStructure(this.ctx.model, "Move a sheet");
      const sheets = this.ctx.model.sheets;
      const s = this.sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(v, sheets.length), 0, s);
    });
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write({ visibility: v }, () => {
      this.sheet().visibility = v as SheetModel["visibility"];
    });
  }

  activate(): void {
    this.write({ activate: true }, () => {
      this.ctx.model.activeSheet = this.sheet();
    });
  }

  delete(): void {
    this.write({ delete: true }, () => {
      const s = this.sheet();
      const model = this.ctx.model;
      checkWorkbookStructure(model, "Delete a sheet");
      if (model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet");
      }
      s.deleted = true;
      model.sheets.splice(model.sheets.indexOf(s), 1);
      for (let i = model.tables.length - 1; i >= 0; i--)
        if (model.tables[i]?.sheet === s) model.tables.splice(i, 1);
      if (model.activeSheet === s) model.activeSheet = model.sheets[0] ?? null;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.locate();
      return s && { sheet: s, area: parseArea(address ?? "A1:XFD1048576") };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.locate();
      return s && { sheet: s, area: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.locate();
      const area = s && !s.deleted ? s.usedArea(valuesOnly === true) : null;
      return s && area && { sheet: s, area };
    });
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this.locate);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count?: number) =>
        this.write({ freezeRows: count }, () => (this.sheet().frozenRows = count ?? 1)),
    };
  }

  private readonly protectionPart = new FakeSheetProtection(this.ctx, this);

  get protection(): FakeSheetProtection {
    return this.protectionPart;
  }

  protected override child(prop: string): FakeObject | null {
    return prop === "protection" ? this.protectionPart : null;
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this);
  }

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a break above the range's first row. */
  get horizontalPageBreaks(): { add(pageBreakRange: FakeRange): void } {
    return {
      add: (pageBreakRange: FakeRange) =>
        this.change({ horizontalPageBreak: true }, (s) => {
          const place = pageBreakRange.locate();
          if (!place || place.sheet !== s)
            throw new FakeOfficeError(
              "InvalidArgument",
              "A page break's range must be on its sheet in the fake",
            );
          if (!s.pageLayout.pageBreaks.includes(place.area.row)) s.pageLayout.pageBreaks.push(place.area.row);
        }),
    };
  }

  /** Queues a change to this sheet's model (for the helper proxies below). */
  change(args: unknown, f: (s: SheetModel) => void): void {
    this.write(args, () => f(this.sheet()));
  }
}

/** Worksheet.protection (ExcelApi 1.2): protect, unprotect and whether it is protected. */
export class FakeSheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.ws.modelNow() !== null;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "protected") return this.ws.modelNow()?.protection !== null;
    if (prop === "options") return this.ws.modelNow()?.protection ?? {};
    throw new FakeOfficeError("InvalidArgument", `The fake protection has no ${prop}`);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ws.change({ protect: options ?? {}, password: password !== undefined }, (s) => {
      if (s.protection) throw new FakeOfficeError("InvalidOperation", "The sheet is protected already");
      s.protection = { ...options };
    });
  }

  unprotect(): void {
    this.ws.change({ unprotect: true }, (s) => (s.protection = null));
  }
}

/** Worksheet.pageLayout: orientation, paper size, zoom (fit to pages) and print title rows. */
export class FakePageLayout {
  constructor(private readonly ws: FakeWorksheet) {}
  set orientation(v: string) {
    this.ws.change({ orientation: v }, (s) => (s.pageLayout.orientation = v));
  }
  set paperSize(v: string) {
    this.ws.change({ paperSize: v }, (s) => (s.pageLayout.paperSize = v));
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.ws.change({ zoom: v }, (s) => (s.pageLayout.zoom = { ...v }));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows))
      throw new FakeOfficeError("InvalidArgument", `Print title rows "${rows}"`);
    this.ws.change({ setPrintTitleRows: rows }, (s) => (s.pageLayout.printTitleRows = rows));
  }
}

/** Worksheet.charts: add(type, source, seriesBy), the title, the position and the series' fills. */
export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy?: "Auto" | "Columns" | "Rows"): FakeChart {
    const holder: { model: ChartModel | null } = { model: null };
    this.ws.change({ chart: type, seriesBy }, (s) => {
      const place = sourceData.locate();
      if (!place || place.sheet !== s)
        throw new FakeOfficeError("InvalidArgument", "Chart data must be on the chart's sheet in the fake");
      holder.model = {
        name: `Chart ${s.charts.length + 1}`,
        type,
        source: { ...place.area },
        seriesBy,
        title: "",
        position: null,
        fills: [],
      };
      s.charts.push(holder.model);
    });
    return new FakeChart(this.ctx, holder);
  }
}

export class FakeChart {
  constructor(
    private readonly ctx: FakeContext,
    private readonly holder: { model: ChartModel | null },
  ) {}

  private change(args: unknown, f: (m: ChartModel) => void): void {
    this.ctx.enqueue(args, () => {
      if (!this.holder.model) throw new FakeOfficeError("ItemNotFound", "The chart was not added");
      f(this.holder.model);
    });
  }

  get title(): { text: string } {
    const change = this.change.bind(this);
    return {
      set text(v: string) {
        change({ title: v }, (m) => (m.title = v));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    parseArea(startCell);
    if (endCell !== undefined) parseArea(endCell);
    this.change(
      { setPosition: [startCell, endCell] },
      (m) => (m.position = { start: startCell, end: endCell ?? startCell }),
    );
  }

  /** Chart.series (ExcelApi 1.1): getItemAt(i).format.fill.setSolidColor(colour); no more. */
  get series(): { getItemAt(index: number): { format: { fill: { setSolidColor(c: string): void } } } } {
    const change = this.change.bind(this);
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (colour: string) => {
              if (!/^#[0-9A-Fa-f]{6}$/.test(colour))
                throw new FakeOfficeError("InvalidArgument", `Fill colour "${colour}" in the fake`);
              change({ seriesFill: [index, colour] }, (m) => {
                // Excel has one series per data column (or row) after the categories.
                const count = (m.seriesBy === "Rows" ? m.source.rows : m.source.cols) - 1;
                if (!Number.isInteger(index) || index < 0 || index >= count)
                  throw new FakeOfficeError("ItemNotFound", `No series ${index} in a chart of ${count}`);
                m.fills[index] = colour.toUpperCase();
              });
            },
          },
        },
      }),
    };
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected members(): FakeWorksheet[] {
    return this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }

  protected memberAt(index: number): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      pinned(this.ctx, index, (i) => this.ctx.model.sheets[i] ?? null, true),
    );
  }

  add(name?: string): FakeWorksheet {
    const holder: { sheet: SheetModel | null } = { sheet: null };
    this.ctx.enqueue({ add: name }, () => {
      const model = this.ctx.model;
      checkWorkbookStructure(model, "Add a sheet");
      let chosen = name;
      for (let n = model.sheets.length + 1; chosen === undefined; n++)
        if (!model.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
      holder.sheet = model.addSheet(chosen);
    });
    return new FakeWorksheet(this.ctx, () => holder.sheet);
  }

  // Like Excel, getItem finds its sheet where it stands in the batch, not when the proxy is used.
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      pinned(this.ctx, key, (k) => this.ctx.model.sheet(k), true),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      pinned(this.ctx, key, (k) => this.ctx.model.sheet(k), false),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.activeSheet);
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class FakeWorkbookProtection extends FakeObject {
  protected exists(): boolean {
    return true;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "protected") return this.ctx.model.structureProtected;
    throw new FakeOfficeError("InvalidArgument", `The fake workbook protection has no ${prop}`);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(): void {
    this.ctx.enqueue({ protect: true }, () => {
      if (this.ctx.model.structureProtected)
        throw new FakeOfficeError("InvalidOperation", "The workbook is protected already");
      this.ctx.model.structureProtected = true;
    });
  }

  unprotect(): void {
    this.ctx.enqueue({ unprotect: true }, () => {
      this.ctx.model.structureProtected = false;
    });
  }
}

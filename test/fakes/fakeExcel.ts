/**
 * A typed in-memory fake of the part of the Excel JavaScript API the add-in uses
 * (see fakeContext.ts for the batching rules it enforces). Build a workbook with
 * `fakeWorkbook()`, run code with `fakeContextOf(fake)` or install `fakeExcelRun`
 * as `Excel.run`, then inspect `fake.model` and `fake.syncs`.
 */
import type { Platform } from "./documentedRules";
import { FakeContext, FakeHost } from "./fakeContext";
import { FakeOfficeError, WorkbookModel, parseArea, writeValue, type SheetModel } from "./fakeModel";
import { FakeFunctions } from "./fakeFunctions";
import { FakeNamedItemCollection, FakeSettings } from "./fakeNames";
import { FakeRange } from "./fakeRange";
import { FakeRangeAreas } from "./fakeRangeAreas";
import { FakeWorkbookProtection, FakeWorksheetCollection } from "./fakeSheets";
import { FakeTableCollection } from "./fakeTables";
import { OfficeJsBridge } from "./officeJsBridge";
import { officeJs, versionAtMost } from "./officeJsLoader";

export { FakeOfficeError } from "./fakeModel";
export { PAYLOAD_LIMIT } from "./fakeContext";

/** How a user shaped a table (FakeExcel.addTable). */
export type TableShape = { readonly totals?: boolean; readonly columns?: readonly string[] };

export class FakeWorkbook {
  constructor(private readonly ctx: FakeContext) {}

  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.ctx);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, null);
  }
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.ctx);
  }
  get settings(): FakeSettings {
    return new FakeSettings(this.ctx);
  }

  get protection(): FakeWorkbookProtection {
    return new FakeWorkbookProtection(this.ctx);
  }

  /** ExcelApi 1.2: Excel's worksheet functions, evaluated by the workbook (fakeFunctions.ts). */
  get functions(): FakeFunctions {
    return new FakeFunctions(this.ctx);
  }

  get application(): FakeApplication {
    return new FakeApplication(this.ctx);
  }

  /** The selected range; Excel refuses it when several areas are selected. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.model.selection;
      if (!sel) throw new FakeOfficeError("ItemNotFound", "Nothing is selected");
      if (sel.more && sel.more.length > 0)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation");
      return sel;
    });
  }

  /** ExcelApi 1.9: every selected area. */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const sel = this.ctx.model.selection;
      return sel && { sheet: sel.sheet, areas: [sel.area, ...(sel.more ?? [])] };
    });
  }
}

/** workbook.application: the calls that suspend Excel's screen updating and calculation until the next sync. */
export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ suspendScreenUpdating: true }, () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ suspendCalculation: true }, () => undefined);
  }
}

/** The fake RequestContext handed to a batch. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly inner: FakeContext) {
    this.workbook = new FakeWorkbook(inner);
    this.application = this.workbook.application;
  }

  async sync(): Promise<void> {
    await this.inner.sync();
  }
}

/** Microsoft's Office.js in front of a fake Excel (officeJsBridge.ts). */
export type OfficeJsOnFake = {
  /** The real Excel.run. */
  readonly run: typeof Excel.run;
  /** A real RequestContext outside a run. */
  context(): Excel.RequestContext;
  /** Every request as Office.js serialised it: its real bytes, and the response's. */
  readonly bridge: OfficeJsBridge;
};

/** A fake Excel: the workbook model, the sync log and fault injection. */
export class FakeExcel extends FakeHost {
  private viaOfficeJs: OfficeJsOnFake | null = null;

  /**
   * A new RequestContext on this workbook (what one Excel.run gets): Microsoft's
   * Office.js in front of the fake (see officeJs below), so requests are built and
   * sized as in Excel.
   */
  context(): Excel.RequestContext {
    return this.officeJs(this.hostApiVersion).context();
  }

  /**
   * A RequestContext of the fake's own proxies, without Office.js: for tests of the
   * fake itself (its requests are estimated, not built).
   */
  fakeContext(): Excel.RequestContext {
    // The one cast between the fake and Office's types: the fake implements the used subset only.
    return new FakeRequestContext(new FakeContext(this)) as unknown as Excel.RequestContext;
  }

  /**
   * This workbook behind Microsoft's Office.js, as a host of ExcelApi `apiVersion`:
   * the adapter's calls are serialised by the real request builder, measured and
   * run on the fake. The same bridge (and request log) for the fake's lifetime.
   */
  officeJs(apiVersion = "1.9"): OfficeJsOnFake {
    if (this.viaOfficeJs && this.officeJsVersion === apiVersion) return this.viaOfficeJs;
    const bridge =
      this.viaOfficeJs?.bridge ?? new OfficeJsBridge(this, (ctx) => new FakeRequestContext(ctx).workbook);
    const office = officeJs(bridge, apiVersion);
    this.officeJsVersion = apiVersion;
    this.viaOfficeJs = { run: office.run, context: office.context, bridge };
    return this.viaOfficeJs;
  }
  private officeJsVersion = "";
  /** The ExcelApi version installFakeExcel last reported for this workbook's host. */
  hostApiVersion = "1.9";

  /** Request bytes of each sync so far. */
  get requestSizes(): number[] {
    return this.syncs.map((s) => s.requestBytes);
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`The fake workbook has no sheet "${name}"`);
    return s;
  }

  /** Starting state: writes values at an address (like a user typing), creating the sheet when missing. */
  put(
    sheetName: string,
    topLeft: string,
    rows: readonly (readonly (string | number | boolean | null)[])[],
    numberFormat?: string,
  ): void {
    const sheet = this.model.sheet(sheetName) ?? this.model.addSheet(sheetName);
    const start = parseArea(topLeft);
    rows.forEach((row, r) =>
      row.forEach((v, k) => {
        const cell = sheet.cellForWrite(start.row + r, start.col + k);
        if (numberFormat) cell.numberFormat = numberFormat;
        writeValue(cell, v);
      }),
    );
  }

  /**
   * Starting state: makes a table of a range that already holds its header and rows,
   * as a user may have shaped it: `totals` when the range's last row is a total row,
   * `columns` (the columns' names) when the range starts at the first body row
   * because the header row is hidden.
   */
  addTable(name: string, sheetName: string, address: string, shape: TableShape = {}): void {
    const area = parseArea(address);
    if (shape.columns && shape.columns.length !== area.cols)
      throw new Error(`${name}: ${shape.columns.length} column names for ${area.cols} columns`);
    this.model.tables.push({
      id: String(this.model.nextSerial()),
      name,
      sheet: this.sheet(sheetName),
      area,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showHeaders: shape.columns === undefined,
      showTotals: shape.totals === true,
      columnNames: shape.columns ? [...shape.columns] : null,
    });
  }

  /** Starting state: the user selects one or more areas ("A:D", "2:5", "B2:D9") of a sheet. */
  select(sheetName: string, ...addresses: string[]): void {
    const [first, ...more] = addresses.map(parseArea);
    if (!first) throw new Error("select needs an address");
    this.model.selection = {
      sheet: this.sheet(sheetName),
      area: first,
      ...(more.length > 0 ? { more } : {}),
    };
  }

  /** A rectangle of cell values (for assertions). */
  values(sheetName: string, address: string): (string | number | boolean)[][] {
    const sheet = this.sheet(sheetName);
    const a = parseArea(address);
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.cols }, (_, k) => sheet.cell(a.row + r, a.col + k).value),
    );
  }

  /** A deep copy of every sheet's cells, for "nothing changed" assertions. */
  snapshot(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const s of this.model.sheets)
      out[s.name] = Object.fromEntries([...s.cells].map(([k, c]) => [k, { ...c }]));
    return out;
  }
}

/** A fake Excel holding an empty workbook with one sheet ("Blad1", as Swedish Excel names it). */
export function fakeWorkbook(firstSheet = "Blad1"): FakeExcel {
  const fake = new FakeExcel(new WorkbookModel());
  fake.model.addSheet(firstSheet);
  return fake;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** An `Excel.run` over the fake: each call gets a fresh context on the same workbook. */
export function fakeExcelRun(fake: FakeExcel): <T>(batch: Batch<T>) => Promise<T> {
  return <T>(batch: Batch<T>) => batch(fake.context());
}

type Globals = {
  Excel?: { run: <T>(batch: Batch<T>) => Promise<T> } | { run: typeof Excel.run };
  Office?: unknown;
};

/**
 * Installs the fake as the global `Excel.run` and an `Office` whose
 * requirements report ExcelApi sets up to `apiVersion`; returns an uninstaller.
 * `Excel.run` is Microsoft's own in front of the fake (FakeExcel.officeJs), unless
 * `officeJs` is false (the fake's own proxies).
 */
export function installFakeExcel(
  fake: FakeExcel,
  apiVersion = "1.9",
  options: { officeJs?: boolean; platform?: Platform } = {},
): () => void {
  const g = globalThis as unknown as Globals;
  const before = { Excel: g.Excel, Office: g.Office };
  const viaOfficeJs = options.officeJs ?? true;
  fake.hostApiVersion = apiVersion;
  if (options.platform) fake.platform = options.platform;
  g.Excel = { run: viaOfficeJs ? fake.officeJs(apiVersion).run : fakeExcelRun(fake) };
  g.Office = {
    context: {
      // Office.context.platform's values: Excel on the web, on Windows, on Mac.
      platform: { web: "OfficeOnline", windows: "PC", mac: "Mac" }[fake.platform],
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const answer = name === "ExcelApi" && versionAtMost(version ?? "1.1", apiVersion);
          // Recorded for the requirement-set rule (documentedRules.ts).
          fake.askedSets.push({ name, version: version ?? "1.1", answer });
          return answer;
        },
      },
    },
  };
  return () => {
    if (before.Excel === undefined) delete g.Excel;
    else g.Excel = before.Excel;
    if (before.Office === undefined) delete g.Office;
    else g.Office = before.Office;
  };
}

/**
 * A typed in-memory fake of the part of the Excel JavaScript API the add-in uses
 * (see fakeContext.ts for the batching rules it enforces). Build a workbook with
 * `fakeWorkbook()`, run code with `fakeContextOf(fake)` or install `fakeExcelRun`
 * as `Excel.run`, then inspect `fake.model` and `fake.syncs`.
 */
import { FakeContext, FakeHost } from "./fakeContext";
import { FakeOfficeError, WorkbookModel, parseArea, writeValue, type SheetModel } from "./fakeModel";
import { FakeNamedItemCollection, FakeSettings } from "./fakeNames";
import { FakeRange } from "./fakeRange";
import { FakeWorksheetCollection } from "./fakeSheets";
import { FakeTableCollection } from "./fakeTables";

export { FakeOfficeError } from "./fakeModel";
export { PAYLOAD_LIMIT } from "./fakeContext";

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

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.model.selection;
      if (!sel) throw new FakeOfficeError("ItemNotFound", "Nothing is selected");
      return sel;
    });
  }
}

/** The fake RequestContext handed to a batch. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: {
    suspendScreenUpdatingUntilNextSync(): void;
    suspendApiCalculationUntilNextSync(): void;
  };

  constructor(readonly inner: FakeContext) {
    this.workbook = new FakeWorkbook(inner);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () =>
        inner.enqueue({ suspendScreenUpdating: true }, () => undefined),
      suspendApiCalculationUntilNextSync: () => inner.enqueue({ suspendCalculation: true }, () => undefined),
    };
  }

  sync(): Promise<void> {
    return this.inner.sync();
  }
}

/** A fake Excel: the workbook model, the sync log and fault injection. */
export class FakeExcel extends FakeHost {
  /** A new RequestContext on this workbook (what one Excel.run gets). */
  context(): Excel.RequestContext {
    // The one cast between the fake and Office's types: the fake implements the used subset only.
    return new FakeRequestContext(new FakeContext(this)) as unknown as Excel.RequestContext;
  }

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

  /** Starting state: makes a table of a range that already holds its header and rows. */
  addTable(name: string, sheetName: string, address: string): void {
    this.model.tables.push({
      name,
      sheet: this.sheet(sheetName),
      area: parseArea(address),
      style: "TableStyleMedium2",
      showBandedRows: true,
    });
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

type Globals = { Excel?: { run: <T>(batch: Batch<T>) => Promise<T> }; Office?: unknown };

/**
 * Installs the fake as the global `Excel.run` and an `Office` whose
 * requirements report ExcelApi sets up to `apiVersion`; returns an uninstaller.
 */
export function installFakeExcel(fake: FakeExcel, apiVersion = "1.9"): () => void {
  const g = globalThis as unknown as Globals;
  const before = { Excel: g.Excel, Office: g.Office };
  const [maxMajor = 1, maxMinor = 0] = apiVersion.split(".").map(Number);
  g.Excel = { run: fakeExcelRun(fake) };
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const [major = 1, minor = 0] = (version ?? "1.1").split(".").map(Number);
          return name === "ExcelApi" && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
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

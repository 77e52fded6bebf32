/**
 * The state behind the fake Excel API: sheets of cells, tables, names and the
 * formats, validation, conditional formats, charts and print settings written to
 * them. Proxies (fakeRange.ts and friends) change it only when a batch is synced.
 */
import { a1, columnIndex } from "../../src/core/cells/cells";

export type Area = { row: number; col: number; rows: number; cols: number };
export type Scalar = string | number | boolean;

export type FontModel = { bold?: boolean; italic?: boolean; size?: number; color?: string };
export type CellModel = {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  fill?: string;
  font?: FontModel;
};

export type ValidationModel = {
  area: Area;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
};
export type ConditionalFormatModel = {
  area: Area;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
};
export type ChartModel = {
  name: string;
  type: string;
  source: Area;
  seriesBy: string | undefined;
  title: string;
  position: { start: string; end: string } | null;
  /** Each series' solid fill set through series.getItemAt(i).format.fill, by index. */
  fills: (string | null)[];
};
export type PageLayoutModel = {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions | null;
  printTitleRows: string | null;
  /** Manual page breaks: the 0-based rows each sits above, in the order added. */
  pageBreaks: number[];
};

/** A thrown error shaped like OfficeExtension.Error: a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export class SheetModel {
  /** Excel's stable id of the sheet (kept through renames); getItem finds a sheet by name or id. */
  readonly id: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;
  readonly cells = new Map<string, CellModel>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows whose height Excel was asked to fit to their content. */
  readonly autofitted = new Set<number>();
  /** Cells ("row,col") whose text wraps, and cells aligned to the top. */
  readonly wrapped = new Set<string>();
  /** Cells ("row,col") aligned right (format.horizontalAlignment = "Right"). */
  readonly rightAligned = new Set<string>();
  readonly topAligned = new Set<string>();
  readonly merges: Area[] = [];
  /** Rows hidden by hand or by a filter (0-based): a view only, Range.values still gives them. */
  readonly hiddenRows = new Set<number>();
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  frozenRows = 0;
  /** Sheet protection: null when unprotected, else the options it was protected with. */
  protection: Excel.WorksheetProtectionOptions | null = null;
  /** Cells ("row,col") unlocked for typing on a protected sheet; every other cell is locked. */
  readonly unlocked = new Set<string>();
  readonly pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: null,
    printTitleRows: null,
    pageBreaks: [],
  };

  constructor(
    public name: string,
    serial = 0,
  ) {
    this.id = `{00000000-0001-0000-${String(serial).padStart(4, "0")}-000000000000}`;
  }

  /** The cell at a 0-based row and column (a blank General cell when never touched). */
  cell(row: number, col: number): CellModel {
    return this.cells.get(`${row},${col}`) ?? { value: "", formula: null, numberFormat: "General" };
  }

  /** The cell record to change, created on first use. */
  cellForWrite(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: "", formula: null, numberFormat: "General" };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Bounding box of cells holding a value (valuesOnly) or anything at all; null when none. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of this.cells) {
      const hasValue = c.formula !== null || c.value !== "";
      const hasFormat = c.numberFormat !== "General" || c.fill !== undefined || c.font !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [r, k] = key.split(",").map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, k);
      bottom = Math.max(bottom, r);
      right = Math.max(right, k);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export type TableModel = {
  /** Excel's stable id of the table; getItem finds a table by name or id. */
  id: string;
  name: string;
  sheet: SheetModel;
  /** The table's cells on the sheet: its header row when shown, its body, its total row when shown. */
  area: Area;
  style: string;
  showBandedRows: boolean;
  /** Whether the header row is shown; hidden, `columnNames` holds the columns' names. */
  showHeaders: boolean;
  /** Whether the total row (the last row of `area`) is shown. */
  showTotals: boolean;
  /** The columns' names while the header row is hidden (shown, they are its cells). */
  columnNames: string[] | null;
};

/** The body rows of a table: between its header row and its total row, when shown. */
export function bodyArea(t: TableModel): Area {
  const top = t.showHeaders ? 1 : 0;
  return { ...t.area, row: t.area.row + top, rows: t.area.rows - top - (t.showTotals ? 1 : 0) };
}

/** The names of a table's columns: its header cells, or the names kept while they are hidden. */
export function columnNamesOf(t: TableModel): string[] {
  if (!t.showHeaders && t.columnNames) return [...t.columnNames];
  return Array.from({ length: t.area.cols }, (_, k) =>
    String(t.sheet.cell(t.area.row, t.area.col + k).value),
  );
}
export type NameRef = { kind: "range"; sheet: SheetModel; area: Area } | { kind: "formula"; text: string };
export type NameModel = { name: string; ref: NameRef; comment: string; visible: boolean };

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | null = null;
  /** The selection: its first (active) area, and `more` when the user selected several. */
  selection: { sheet: SheetModel; area: Area; more?: Area[] } | null = null;
  /** The workbook's structure is protected: Excel refuses to add, rename, move or delete sheets. */
  structureProtected = false;
  /** The workbook's date system: "1904" for Excel's "Use 1904 date system" option (fakeText.ts). */
  dateSystem: "1900" | "1904" = "1900";
  /**
   * An Excel that also grows a table's validation and conditional formats with its
   * body on rows.add and resize (fakeTableGrowth.ts). Microsoft documents no such
   * growth, so it is off: an adapter must give new rows their rules itself. On, a
   * test shows the adapter's result does not depend on it.
   */
  growsTableRules = false;
  /** Ids handed out so far (sheets and tables keep theirs for good). */
  private serial = 0;

  nextSerial(): number {
    return ++this.serial;
  }

  /** A sheet by name (case-insensitively, as Excel compares them) or by id. */
  sheet(name: string): SheetModel | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted || s.id === name) ?? null;
  }

  /** Adds a sheet at the end (a test's starting state, or worksheets.add). */
  addSheet(name: string): SheetModel {
    checkSheetName(this, name);
    const sheet = new SheetModel(name, this.nextSerial());
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** A table by name (case-insensitively) or by id. */
  table(name: string): TableModel | null {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted || t.id === name) ?? null;
  }

  name(name: string): NameModel | null {
    const wanted = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === wanted) ?? null;
  }
}

/** Excel's rules for sheet names: unique (case-insensitive), 1–31 characters, none of []:*?/\. */
export function checkSheetName(wb: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}"`);
  }
  // Excel keeps "History" for the change history.
  if (name.toLowerCase() === "history")
    throw new FakeOfficeError("InvalidArgument", `The sheet name "${name}" is reserved`);
  const other = wb.sheet(name);
  if (other && other !== except)
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists`);
}

/** Excel's rules for table and defined names: a letter, _ or \ first, no spaces, not a cell address. */
export function checkObjectName(wb: WorkbookModel, name: string, except?: object): void {
  const valid =
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && name.length <= 255;
  if (!valid) throw new FakeOfficeError("InvalidArgument", `Invalid name "${name}"`);
  const table = wb.table(name);
  const named = wb.name(name);
  if ((table && table !== except) || (named && named !== except)) {
    throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" is taken`);
  }
}

/**
 * Refuses a change to the structure of a protected sheet (adding or resizing a
 * table, adding table rows, merging), as Excel does even where the cells are unlocked.
 */
export function checkStructure(sheet: SheetModel, what: string): void {
  if (sheet.protection)
    throw new FakeOfficeError("AccessDenied", `${what}: the sheet "${sheet.name}" is protected`);
}

/** Refuses a change to the workbook's sheets (add, rename, move, delete) while its structure is protected. */
export function checkWorkbookStructure(wb: WorkbookModel, what: string): void {
  if (wb.structureProtected)
    throw new FakeOfficeError("AccessDenied", `${what}: the workbook's structure is protected`);
}

/**
 * Refuses a change on a protected sheet unless its protection allows it (`allowed`
 * names the option: allowFormatCells for number formats, fonts, fills and
 * validation; allowFormatColumns for widths; allowFormatRows for heights).
 */
export function checkAllowed(
  sheet: SheetModel,
  allowed: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows",
  what: string,
): void {
  if (sheet.protection && sheet.protection[allowed] !== true)
    throw new FakeOfficeError("AccessDenied", `${what}: the sheet "${sheet.name}" is protected`);
}

/** Refuses a change to locked cells of a protected sheet, as Excel does. */
export function checkUnprotected(sheet: SheetModel, area: Area): void {
  if (!sheet.protection) return;
  for (let r = 0; r < area.rows; r++)
    for (let k = 0; k < area.cols; k++)
      if (!sheet.unlocked.has(`${area.row + r},${area.col + k}`))
        throw new FakeOfficeError("AccessDenied", `The cell is on the protected sheet "${sheet.name}"`);
}

/** Excel's sheet size. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** True for a range of whole rows or whole columns ("A:D", "2:5"), whose values Excel gives as null. */
export const isUnbounded = (a: Area): boolean => a.rows >= SHEET_ROWS || a.cols >= SHEET_COLUMNS;

/** Parses "A1", "$B$2:C10", whole rows "5:9" or whole columns "A:D" (no sheet part) into an area. */
export function parseArea(address: string): Area {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) {
    const r1 = Number(rows[1]) - 1;
    const r2 = Number(rows[2]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: SHEET_COLUMNS };
  }
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address.trim());
  if (columns) {
    const c1 = columnIndex(columns[1] as string);
    const c2 = columnIndex(columns[2] as string);
    return { row: 0, col: Math.min(c1, c2), rows: SHEET_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `Cannot read the address "${address}"`);
  const c1 = columnIndex(m[1] as string);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** Splits "'Mål'!A1:B2" into sheet and local address; sheet null when absent. */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** The sheet part of an address as Excel writes it: quoted unless letters, digits and _ only. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(area: Area): string {
  const start = a1(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return start;
  return `${start}:${a1(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(a: Area, row: number, col: number): boolean {
  return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
}

/**
 * Writes one value the way Excel takes `Range.values`: null leaves the cell alone;
 * a leading apostrophe is dropped as Excel's quote prefix (the rest stays text); a
 * string starting with "=" becomes a formula and a numeric string a number, unless
 * the cell is formatted as text ("@"). Formulas are not evaluated (their
 * value reads as 0).
 */
export function writeValue(cell: CellModel, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    cell.formula = null;
    return;
  }
  // A leading apostrophe is Excel's quote prefix: dropped, and the rest is text as typed.
  if (typeof v === "string" && v.startsWith("'")) {
    cell.value = v.slice(1);
    cell.formula = null;
    return;
  }
  const text = String(v);
  const isText = cell.numberFormat === "@";
  if (!isText && text.startsWith("=") && text.length > 1) {
    cell.formula = text;
    cell.value = 0;
  } else if (!isText && /^\s*-?\d+(\.\d+)?\s*$/.test(text)) {
    cell.value = Number(text);
    cell.formula = null;
  } else {
    cell.value = text;
    cell.formula = null;
  }
}

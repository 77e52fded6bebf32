/** The fake Range: values, number formats, formulas, formats, merge, validation and conditional formats. */
import { FakeObject, type FakeContext } from "./fakeContext";
import { FakeConditionalFormats, FakeDataValidation, FakeRangeFormat } from "./fakeRangeParts";
import { FakeWorksheet } from "./fakeSheets";
import { cellText } from "./fakeText";
import {
  FakeOfficeError,
  areaAddress,
  checkAllowed,
  checkStructure,
  checkUnprotected,
  isUnbounded,
  sheetPrefix,
  writeValue,
  type Area,
  type CellModel,
  type SheetModel,
} from "./fakeModel";

/** Excel's limit on the cells one get may return. */
export const MAX_GET_CELLS = 5_000_000;

export type Place = { sheet: SheetModel; area: Area };
export type Locate = () => Place | null;

type Grid = unknown[][];

function checkShape(grid: unknown, area: Area, what: string): Grid {
  const ok =
    Array.isArray(grid) &&
    grid.length === area.rows &&
    grid.every((r) => Array.isArray(r) && r.length === area.cols);
  if (!ok)
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: the array does not match the range's ${area.rows}×${area.cols} size`,
    );
  return grid as Grid;
}

export class FakeRange
  extends FakeObject
  implements
    Pick<
      Excel.Range,
      | "values"
      | "numberFormat"
      | "formulas"
      | "text"
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "merge"
      | "select"
    >
{
  constructor(
    ctx: FakeContext,
    readonly locate: Locate,
  ) {
    super(ctx);
  }

  /** The place found once for all properties of one load (a used range is costly to find). */
  private pinned: Place | null | undefined;

  override applyLoad(wanted: string[][]): number {
    this.pinned = this.locate();
    try {
      return super.applyLoad(wanted);
    } finally {
      this.pinned = undefined;
    }
  }

  override responseValue(wanted: string[][]): unknown {
    this.pinned = this.locate();
    try {
      return super.responseValue(wanted);
    } finally {
      this.pinned = undefined;
    }
  }

  protected exists(): boolean {
    const place = this.pinned !== undefined ? this.pinned : this.locate();
    return place !== null && !place.sheet.deleted;
  }

  protected place(): Place {
    const p = this.pinned !== undefined ? this.pinned : this.locate();
    if (!p) throw new FakeOfficeError("ItemNotFound", "The range does not exist");
    return p;
  }

  private map<T>(f: (c: CellModel) => T): T[][] {
    const { sheet, area } = this.place();
    return Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.cols }, (_, k) => f(sheet.cell(area.row + r, area.col + k))),
    );
  }

  private eachCell(grid: Grid, f: (c: CellModel, v: unknown) => void): void {
    const { sheet, area } = this.place();
    grid.forEach((row, r) => row.forEach((v, k) => f(sheet.cellForWrite(area.row + r, area.col + k), v)));
  }

  protected snapshot(prop: string): unknown {
    const { sheet, area } = this.place();
    // Excel returns null instead of the cells of a range above its get limit, or of whole rows or columns.
    const overLimit = area.rows * area.cols > MAX_GET_CELLS;
    if (
      (overLimit || isUnbounded(area)) &&
      (prop === "values" || prop === "numberFormat" || prop === "formulas" || prop === "text")
    ) {
      if (overLimit && this.ctx.host.largeGets === "throw")
        throw new FakeOfficeError("GeneralException", `A get of ${area.rows * area.cols} cells`);
      return null;
    }
    switch (prop) {
      case "values":
        return this.map((c) => c.value);
      case "numberFormat":
        return this.map((c) => c.numberFormat);
      case "formulas":
        return this.map((c) => c.formula ?? c.value);
      case "text":
        return this.map((c) => cellText(c, this.ctx.model.dateSystem));
      case "address":
        return `${sheetPrefix(sheet.name)}!${areaAddress(area)}`;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake Range has no property ${prop}`);
    }
  }

  protected override child(prop: string): FakeObject | null {
    return prop === "worksheet" ? this.worksheet : null;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.write({ values: grid }, () => {
      checkUnprotected(this.place().sheet, this.place().area);
      this.eachCell(checkShape(grid, this.place().area, "values"), writeValue);
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.write({ numberFormat: grid }, () => {
      // A number format is a format: refused on a protected sheet even for unlocked cells.
      checkAllowed(this.place().sheet, "allowFormatCells", "numberFormat");
      this.eachCell(checkShape(grid, this.place().area, "numberFormat"), (c, v) => {
        if (v !== null && v !== undefined) c.numberFormat = String(v);
      });
    });
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  get text(): string[][] {
    return this.read("text");
  }
  set formulas(grid: unknown[][]) {
    this.write({ formulas: grid }, () =>
      this.eachCell(checkShape(grid, this.place().area, "formulas"), writeValue),
    );
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate()?.sheet ?? null);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, this.locate);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, this.locate);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.locate);
  }

  merge(across?: boolean): void {
    this.write({ merge: across ?? false }, () => {
      checkStructure(this.place().sheet, "merge");
      this.place().sheet.merges.push({ ...this.place().area });
    });
  }

  select(): void {
    this.write({ select: true }, () => {
      const place = this.place();
      this.ctx.model.selection = { sheet: place.sheet, area: { ...place.area } };
      this.ctx.model.activeSheet = place.sheet;
    });
  }

  /** A cell of this range (0-based offsets). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return (
        p && { sheet: p.sheet, area: { row: p.area.row + row, col: p.area.col + column, rows: 1, cols: 1 } }
      );
    });
  }

  /** This range moved by some rows and columns. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return (
        p && {
          sheet: p.sheet,
          area: { ...p.area, row: p.area.row + rowOffset, col: p.area.col + columnOffset },
        }
      );
    });
  }

  /** ExcelApi 1.7: this range grown (or shrunk) by some rows and columns. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return (
        p && {
          sheet: p.sheet,
          area: { ...p.area, rows: p.area.rows + deltaRows, cols: p.area.cols + deltaColumns },
        }
      );
    });
  }

  /** A column of this range (0-based). */
  getColumn(column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return p && { sheet: p.sheet, area: { ...p.area, col: p.area.col + column, cols: 1 } };
    });
  }

  /** ExcelApi 1.4: the cells this range shares with another on the same sheet, else a null object. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.locate();
      const b = other.locate();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const row = Math.max(a.area.row, b.area.row);
      const col = Math.max(a.area.col, b.area.col);
      const bottom = Math.min(a.area.row + a.area.rows, b.area.row + b.area.rows);
      const right = Math.min(a.area.col + a.area.cols, b.area.col + b.area.cols);
      return bottom > row && right > col
        ? { sheet: a.sheet, area: { row, col, rows: bottom - row, cols: right - col } }
        : null;
    });
  }

  /** ExcelApi 1.3: the visible rows of this range (rows hidden by hand or by a filter left out). */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, this.locate);
  }

  /** A row of this range (0-based). */
  getRow(row: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return p && { sheet: p.sheet, area: { ...p.area, row: p.area.row + row, rows: 1 } };
    });
  }

  /** The smallest range holding this range and another on the same sheet. */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.locate();
      const b = other.locate();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const row = Math.min(a.area.row, b.area.row);
      const col = Math.min(a.area.col, b.area.col);
      const bottom = Math.max(a.area.row + a.area.rows, b.area.row + b.area.rows);
      const right = Math.max(a.area.col + a.area.cols, b.area.col + b.area.cols);
      return { sheet: a.sheet, area: { row, col, rows: bottom - row, cols: right - col } };
    });
  }

  /**
   * Office.js's own check before it sends a large array in chunks of rows: the array
   * must match the range (ExcelApi 1.3).
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this.write({ validate: [rows, columns] }, () => {
      const { area } = this.place();
      if (area.rows !== rows || area.cols !== columns)
        throw new FakeOfficeError(
          "InvalidArgument",
          `The array of ${rows}×${columns} does not match the range's ${area.rows}×${area.cols} size`,
        );
    });
  }

  /** The last row of this range. */
  getLastRow(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.locate();
      return p && { sheet: p.sheet, area: { ...p.area, row: p.area.row + p.area.rows - 1, rows: 1 } };
    });
  }
}

/** Range.getVisibleView(): the range's visible rows, as far as the product loads them (rowCount, values). */
export class FakeRangeView extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly locate: Locate,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.locate() !== null;
  }

  private visibleRows(): number[] {
    const p = this.locate();
    if (!p) throw new FakeOfficeError("ItemNotFound", "The range does not exist");
    const rows: number[] = [];
    for (let r = p.area.row; r < p.area.row + p.area.rows; r++) if (!p.sheet.hiddenRows.has(r)) rows.push(r);
    return rows;
  }

  protected snapshot(prop: string): unknown {
    const p = this.locate();
    if (prop === "rowCount") return this.visibleRows().length;
    if (prop === "columnCount") return p?.area.cols ?? 0;
    if (prop === "values" && p)
      return this.visibleRows().map((r) =>
        Array.from({ length: p.area.cols }, (_, k) => p.sheet.cell(r, p.area.col + k).value),
      );
    throw new FakeOfficeError("InvalidArgument", `The fake RangeView has no property ${prop}`);
  }

  get rowCount(): number {
    return this.read("rowCount");
  }
}

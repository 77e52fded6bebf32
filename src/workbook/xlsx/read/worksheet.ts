/**
 * One worksheet part, streamed: every cell's value as a person sees it (shared
 * and inline strings, rich text joined, numbers, dates by their format in the
 * workbook's date system, booleans, error text such as "#N/A", a formula's cached
 * result), the merged areas and the sheet's table parts. Rows and cells without
 * an `r` attribute follow the previous one, as Excel reads them.
 */
import type { CellValue } from "../../../core/cells";
import { clark, NS_R, sml } from "../../ooxml";
import { PackageError, type Package, type XmlAttributes, type XmlHandler } from "../package";
import { decodeCell, decodeRange, type CellBox } from "./cellRefs";
import { dateFromIsoText, dateFromSerial } from "./serialDates";
import { unescapeOoxml } from "./xmlStrings";
import { readXsdDouble, readXsdUnsigned } from "./xsdNumbers";

/** The cells of a sheet as parallel arrays, in document order (a later duplicate wins). */
export type SheetCells = {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  readonly merges: CellBox[];
  /** Relationship ids of the sheet's tables (`tablePart r:id`). */
  readonly tableRelIds: string[];
};

/** What reading a sheet needs from the rest of the workbook, and the limits shared by all sheets. */
export type SheetContext = {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Cells left to read in the whole workbook; reading more is refused. */
  cellBudget: number;
  /** Characters of cell text left in the whole workbook (a short string shared by a million cells counts a million times). */
  textBudget: number;
  readonly onProgress?: (done: number, declared: number) => void;
};

const C = sml("c");
const V = sml("v");
const IS = sml("is");
const T = sml("t");
const RPH = sml("rPh");
const ROW = sml("row");
const MERGE_CELL = sml("mergeCell");
const TABLE_PART = sml("tablePart");
const R_ID = clark(NS_R, "id");

/** Reads a worksheet part; throws PackageError for a malformed or oversized one. */
export function readWorksheet(pkg: Package, part: string, ctx: SheetContext): SheetCells {
  const sheet = new WorksheetScan(part, ctx);
  // The scanner calls its handler's functions unbound.
  const handler: XmlHandler = {
    open: (name, attrs, selfClosing) => sheet.open(name, attrs, selfClosing),
    close: (name) => sheet.close(name),
    text: (t) => sheet.text(t),
  };
  pkg.scan(part, () => handler, ctx.onProgress ? { onProgress: ctx.onProgress } : {});
  return sheet.out;
}

/** The scanner's handler for one worksheet part: where it is, the cell being read, and what it found. */
class WorksheetScan {
  readonly out: SheetCells = { rows: [], cols: [], values: [], merges: [], tableRelIds: [] };
  private readonly at = { row: 0, col: 0 };
  private row = -1;
  private col = -1;
  private type = "n";
  private style = 0;
  private inCell = false;
  private hasValue = false;
  private valueText = "";
  private inlineText = "";
  private inInline = false;
  /** The cell has an <is> (inline string) element. */
  private inInlineSeen = false;
  private phonetic = 0;
  /** 0: ignore text; 1: a <v>; 2: an inline string's <t>. */
  private capture = 0;

  constructor(
    private readonly part: string,
    private readonly ctx: SheetContext,
  ) {}

  open(name: string, attrs: XmlAttributes, selfClosing: boolean): void {
    if (name === C) this.openCell(attrs, selfClosing);
    else if (!this.inCell) this.openOutsideCell(name, attrs);
    else if (name === V) {
      this.hasValue = true;
      if (!selfClosing) this.capture = 1;
    } else if (name === IS) {
      this.inInlineSeen = true;
      if (!selfClosing) this.inInline = true;
    } else if (name === RPH) {
      if (!selfClosing) this.phonetic++;
    } else if (name === T && this.inInline && this.phonetic === 0 && !selfClosing) this.capture = 2;
  }

  close(name: string): void {
    if (!this.inCell) return;
    if (name === C) this.finishCell();
    else if (name === V || name === T) this.capture = 0;
    else if (name === IS) this.inInline = false;
    else if (name === RPH) this.phonetic--;
  }

  text(t: string): void {
    if (this.capture === 1) this.valueText += t;
    else if (this.capture === 2) this.inlineText += t;
  }

  private fail(detail: string): never {
    throw new PackageError("damaged", detail, this.part);
  }

  /** A <c>: its place (its `r`, else after the previous cell), type and format. */
  private openCell(attrs: XmlAttributes, selfClosing: boolean): void {
    const r = attrs.r;
    if (r !== undefined) {
      if (!decodeCell(r, this.at)) this.fail(`the cell reference "${r}" is not a cell of a sheet`);
      this.row = this.at.row;
      this.col = this.at.col;
    } else {
      if (this.row < 0) this.row = 0;
      this.col++;
      if (this.col > 16_383) this.fail("a row has more than 16,384 cells");
    }
    this.type = attrs.t ?? "n";
    const s = attrs.s;
    const index = s === undefined ? 0 : readXsdUnsigned(s);
    // A format the styles do not hold is damage: it would read a date as a number.
    if (index === null || (index > 0 && index >= this.ctx.dateStyles.length))
      this.fail(
        `a cell uses the cell format "${String(s).slice(0, 20)}", which the workbook's styles do not hold`,
      );
    this.style = index ?? 0;
    this.hasValue = false;
    this.valueText = "";
    this.inlineText = "";
    this.inInlineSeen = false;
    this.inCell = true;
    if (selfClosing) this.finishCell();
  }

  /** Outside a cell: a <row> (its `r`, else after the previous row), a merged area or a table part. */
  private openOutsideCell(name: string, attrs: XmlAttributes): void {
    if (name === ROW) {
      const r = attrs.r;
      if (r !== undefined) {
        const n = readXsdUnsigned(r) ?? -1;
        if (n < 1 || n > 1_048_576) this.fail(`the row number "${r}" is not a row of a sheet`);
        this.row = n - 1;
      } else this.row++;
      this.col = -1;
    } else if (name === MERGE_CELL) {
      const box = decodeRange(attrs.ref ?? "");
      if (box) this.out.merges.push(box);
    } else if (name === TABLE_PART) {
      const id = attrs[R_ID];
      if (id) this.out.tableRelIds.push(id);
    }
  }

  private finishCell(): void {
    this.inCell = false;
    const value = this.cellValue();
    if (value === null) return;
    const ctx = this.ctx;
    if (--ctx.cellBudget < 0)
      throw new PackageError("tooLarge", "the workbook holds too many cells", this.part);
    if (typeof value === "string") {
      ctx.textBudget -= value.length;
      if (ctx.textBudget < 0) throw new PackageError("tooLarge", "the cells hold too much text", this.part);
    }
    this.out.rows.push(this.row);
    this.out.cols.push(this.col);
    this.out.values.push(value);
  }

  /** The cell's value as a person sees it, by its type. */
  private cellValue(): CellValue {
    const { hasValue, valueText } = this;
    switch (this.type) {
      case "s":
        return this.sharedString();
      case "inlineStr":
        return this.inInlineSeen ? unescapeOoxml(this.inlineText) : hasValue ? valueText : null;
      case "str":
        return hasValue ? unescapeOoxml(valueText) : null;
      case "b": {
        const text = valueText.trim().toLowerCase();
        return hasValue && text !== "" ? text === "1" || text === "true" : null;
      }
      case "e":
        return hasValue && valueText !== "" ? valueText.trim() : null;
      case "d":
        if (!hasValue || valueText.trim() === "") return null;
        return dateFromIsoText(valueText) ?? valueText;
      case "n":
        return this.numberOrDate();
      default:
        return this.fail(`a cell has the type "${this.type.slice(0, 20)}", which no cell has`);
    }
  }

  private sharedString(): CellValue {
    // An empty <v/> is no value, not string 0.
    const text = this.valueText.trim();
    if (!this.hasValue || text === "") return null;
    // An index that is no index, or past the table, is damage: the cell's text is lost.
    if (!/^\d+$/.test(text))
      return this.fail(`a cell's shared string index "${text.slice(0, 20)}" is not a number`);
    const found = this.ctx.sharedStrings[Number(text)];
    if (found === undefined)
      return this.fail(
        `a cell names shared string ${text}, but the workbook holds ${this.ctx.sharedStrings.length}`,
      );
    return found;
  }

  private numberOrDate(): CellValue {
    const { valueText } = this;
    if (!this.hasValue || valueText === "") return null;
    const n = readXsdDouble(valueText);
    if (n.kind === "special") return this.fail(`a cell holds ${n.text}, a number no cell can hold`);
    if (n.kind === "invalid")
      return this.fail(`a number cell holds "${valueText.slice(0, 20)}", which is not a number`);
    if (this.ctx.dateStyles[this.style]) return dateFromSerial(n.value, this.ctx.date1904) ?? n.value;
    return n.value;
  }
}

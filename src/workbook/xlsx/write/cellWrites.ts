/**
 * The cells an action writes to one sheet, queued, and the rows of sheetData they
 * become: a row the part has is rewritten with its other cells kept as written; a
 * new row is inserted in order. A report queues tens of thousands of cells, so a
 * queued value is kept as it came (its value and style, no XML yet), and new rows
 * are written as UTF-8 bytes one row at a time: nothing the size of the sheet is
 * held as JavaScript strings, which the garbage collector would copy over and over.
 */
import { a1 } from "../../../core/cells";
import { cellXml, type CellValueOut } from "./cellXml";
import type { CellAt, RowAt, SheetIndex } from "./sheetIndex";
import { Utf8Bytes } from "./utf8Bytes";
import { setAttribute, type ByteSplice, type Splice } from "./xmlSplice";

/**
 * What a queued cell becomes: a value with a style; a cell's XML as it is to be
 * written (a cell moved here from elsewhere, such as a Total Row moving down); the
 * same cell with another style (its content kept); or nothing (a moved cell's old
 * place).
 */
const VALUE = 0;
const RAW = 1;
const RESTYLE = 2;
const REMOVE = 3;
type Kind = typeof VALUE | typeof RAW | typeof RESTYLE | typeof REMOVE;

/**
 * The queued writes of one row, by column, in the order the columns were first
 * queued: parallel arrays of small numbers and the values as given, so a queued
 * cell costs no object of its own.
 */
class RowWrites {
  readonly cols: number[] = [];
  readonly kinds: Kind[] = [];
  /** The value (VALUE), the cell's XML (RAW), or null. */
  readonly values: CellValueOut[] = [];
  /** The style index (VALUE, RESTYLE), or 0. */
  readonly styles: number[] = [];
  /** True while the columns were queued left to right (a report's rows are). */
  private ascending = true;

  set(col: number, kind: Kind, value: CellValueOut, style: number): void {
    const n = this.cols.length;
    // Past the last column of a row queued left to right: a new column, no search needed.
    const last = n === 0 ? -1 : (this.cols[n - 1] as number);
    let i = this.ascending && col > last ? -1 : this.cols.indexOf(col);
    if (i < 0) {
      if (col < last) this.ascending = false;
      i = n;
      this.cols.push(col);
    }
    this.kinds[i] = kind;
    this.values[i] = value;
    this.styles[i] = style;
  }

  /** The position of a column's write (-1 for none). */
  find(col: number): number {
    return this.cols.indexOf(col);
  }

  /** The positions of the writes, left to right (null when that is the order they were queued in). */
  order(): readonly number[] | null {
    if (this.ascending) return null;
    return this.cols.map((_, i) => i).sort((a, b) => (this.cols[a] as number) - (this.cols[b] as number));
  }
}

const NO_WRITES = new RowWrites();

/** Cell writes and row heights queued for one worksheet part. */
export class CellWrites {
  private readonly rows = new Map<number, RowWrites>();
  private readonly heights = new Map<number, number>();

  private readonly rowTag: string;
  /** The row written last, found without a look-up while a row's cells are queued one after another. */
  private last: { row: number; writes: RowWrites } | null = null;

  /** `prefix` is the part's SpreadsheetML prefix ("" for none); `tag` names an element with it. */
  constructor(
    private readonly prefix: string,
    private readonly tag: (local: string) => string,
  ) {
    this.rowTag = tag("row");
  }

  private set(row: number, col: number, kind: Kind, value: CellValueOut, style: number): void {
    let writes = this.last?.row === row ? this.last.writes : this.rows.get(row);
    if (!writes) {
      writes = new RowWrites();
      this.rows.set(row, writes);
    }
    if (this.last?.row !== row) this.last = { row, writes };
    writes.set(col, kind, value, style);
  }

  private writesOf(row: number): RowWrites {
    return this.rows.get(row) ?? NO_WRITES;
  }

  /** A value with a style index (0: none). */
  value(row: number, col: number, value: CellValueOut, style: number): void {
    this.set(row, col, VALUE, value, style);
  }

  /** A cell's XML as it is to be written (its reference already set to this row and column). */
  raw(row: number, col: number, xml: string): void {
    this.set(row, col, RAW, xml, 0);
  }

  /** The cell keeps what it holds and takes another style (an absent cell becomes an empty styled one). */
  restyle(row: number, col: number, style: number): void {
    this.set(row, col, RESTYLE, null, style);
  }

  /** The cell goes (the old place of a moved cell). */
  remove(row: number, col: number): void {
    this.set(row, col, REMOVE, null, 0);
  }

  /** True when something is queued for the cell. */
  has(row: number, col: number): boolean {
    return (this.rows.get(row)?.find(col) ?? -1) >= 0;
  }

  /** A row height in points. */
  setHeight(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** The XML of the write at position `i` of a row, for a cell that has no <c> yet ("" for nothing). */
  private newCellXml(row: number, writes: RowWrites, i: number): string {
    const col = writes.cols[i] as number;
    const value = writes.values[i] ?? null;
    switch (writes.kinds[i]) {
      case VALUE:
        return cellXml(this.prefix, row, col, value, writes.styles[i] ?? 0);
      case RAW:
        return value as string;
      case RESTYLE:
        return cellXml(this.prefix, row, col, null, writes.styles[i] ?? 0);
      default:
        return "";
    }
  }

  /** A new row element with its queued cells. */
  private rowXml(row: number): string {
    const writes = this.writesOf(row);
    const height = this.heights.get(row);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    let body = "";
    const order = writes.order();
    if (order) for (const i of order) body += this.newCellXml(row, writes, i);
    else for (let i = 0; i < writes.cols.length; i++) body += this.newCellXml(row, writes, i);
    const tag = this.rowTag;
    return body === "" ? `<${tag} r="${row + 1}"${ht}/>` : `<${tag} r="${row + 1}"${ht}>${body}</${tag}>`;
  }

  /** New rows as UTF-8 bytes, between `before` and `after`, made and encoded a row at a time. */
  private rowBytes(rows: readonly number[], before = "", after = ""): Uint8Array[] {
    const out = new Utf8Bytes();
    out.text(before);
    for (const row of rows) out.text(this.rowXml(row));
    out.text(after);
    return out.chunks();
  }

  /**
   * The splices of sheetData that write the queued rows into the part indexed by
   * `sheet`; a part without sheetData gets a whole new one from `addSheetData`.
   */
  splices(sheet: SheetIndex, addSheetData: (xml: string) => void): (Splice | ByteSplice)[] {
    const touched = new Set([...this.rows.keys(), ...this.heights.keys()]);
    if (touched.size === 0) return [];
    const data = sheet.sheetData;
    if (!data) {
      const rows = [...touched].sort((a, b) => a - b).map((row) => this.rowXml(row));
      addSheetData(`<${this.tag("sheetData")}>${rows.join("")}</${this.tag("sheetData")}>`);
      return [];
    }
    if (data.selfClosing) {
      // No row exists yet (a new sheet): every touched row is new, the element opened around them.
      const rows = [...touched].sort((a, b) => a - b);
      return [
        { start: data.openEnd - 2, end: data.openEnd, bytes: this.rowBytes(rows, ">", `</${data.qname}>`) },
      ];
    }
    const out: (Splice | ByteSplice)[] = [];
    // Rows written without r take their number from the row before; once rows are
    // inserted, every such row gets its number written out.
    for (const r of sheet.rows)
      if (!r.explicit) {
        const at = r.el.openStart + 1 + r.el.qname.length;
        out.push({ start: at, end: at, text: ` r="${r.row + 1}"` });
      }
    const newRows: number[] = [];
    for (const row of touched) {
      const existing = sheet.rowAt(row);
      if (existing) out.push(...this.rowEdit(sheet, existing, this.writesOf(row)));
      else newRows.push(row);
    }
    newRows.sort((a, b) => a - b);
    // Each new row goes before the first row after it, else at the end of sheetData;
    // rows that go to the same place are written together.
    let group: number[] = [];
    let groupAt = -1;
    for (const row of newRows) {
      const after = sheet.rows.find((r) => r.row > row);
      const at = after ? after.el.openStart : data.closeStart;
      if (at !== groupAt && group.length > 0) {
        out.push({ start: groupAt, end: groupAt, bytes: this.rowBytes(group) });
        group = [];
      }
      groupAt = at;
      group.push(row);
    }
    if (group.length > 0) out.push({ start: groupAt, end: groupAt, bytes: this.rowBytes(group) });
    return out;
  }

  /** The edits of one existing row: its cells merged with the new ones, its other attributes kept. */
  private rowEdit(sheet: SheetIndex, row: RowAt, writes: RowWrites): Splice[] {
    const { text } = sheet;
    const out: Splice[] = [];
    const height = this.heights.get(row.row);
    if (height !== undefined) {
      out.push(setAttribute(text, row.el, "ht", String(height)));
      out.push(setAttribute(text, row.el, "customHeight", "1"));
    }
    if (writes.cols.length === 0) return out;
    const cells = sheet.cellsOf(row);
    const pieces: { col: number; xml: string }[] = [];
    const have = new Set<number>();
    for (const c of cells) {
      have.add(c.col);
      const i = writes.find(c.col);
      const original = text.slice(c.start, c.end);
      // A cell written without r gets its reference, since cells may now come before it.
      const xml = c.explicit ? original : withCellRef(original, c.openEnd - c.start, a1(row.row, c.col));
      const kind = i < 0 ? null : writes.kinds[i];
      if (kind === null) pieces.push({ col: c.col, xml });
      else if (kind === RESTYLE) pieces.push({ col: c.col, xml: withCellStyle(xml, writes.styles[i] ?? 0) });
      else if (kind !== REMOVE) pieces.push({ col: c.col, xml: this.newCellXml(row.row, writes, i) });
    }
    writes.cols.forEach((col, i) => {
      if (!have.has(col)) pieces.push({ col, xml: this.newCellXml(row.row, writes, i) });
    });
    const body = pieces
      .sort((a, b) => a.col - b.col)
      .map((p) => p.xml)
      .join("");
    // "spans" is a hint of the row's columns; the new cells may lie outside it.
    const spans = /\sspans\s*=\s*["'][^"']*["']/.exec(text.slice(row.el.openStart, row.el.openEnd));
    if (spans) {
      const at = row.el.openStart + spans.index;
      out.push({ start: at, end: at + spans[0].length, text: "" });
    }
    if (row.el.selfClosing) {
      out.push({ start: row.el.openEnd - 2, end: row.el.openEnd, text: `>${body}</${row.el.qname}>` });
    } else if (cells.length > 0) {
      const first = cells[0] as CellAt;
      const last = cells[cells.length - 1] as CellAt;
      out.push({ start: first.start, end: last.end, text: body });
    } else out.push({ start: row.el.closeStart, end: row.el.closeStart, text: body });
    return out;
  }
}

/** A <c> element's text with its r attribute set (`openLength` is the length of its start tag). */
export function withCellRef(xml: string, openLength: number, ref: string): string {
  const open = xml.slice(0, openLength);
  const rest = xml.slice(openLength);
  const set = /\sr\s*=\s*["'][^"']*["']/.test(open)
    ? open.replace(/(\sr\s*=\s*["'])[^"']*(["'])/, `$1${ref}$2`)
    : open.replace(/^(<[^\s/>]+)/, `$1 r="${ref}"`);
  return set + rest;
}

/** A <c> element's text with another style index (0 drops the attribute). */
function withCellStyle(xml: string, style: number): string {
  const end = xml.indexOf(">");
  const open = xml.slice(0, end);
  const rest = xml.slice(end);
  const without = open.replace(/\ss\s*=\s*["'][^"']*["']/, "");
  const selfClosing = without.endsWith("/");
  const base = selfClosing ? without.slice(0, -1) : without;
  return `${base}${style > 0 ? ` s="${style}"` : ""}${selfClosing ? "/" : ""}${rest}`;
}

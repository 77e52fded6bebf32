/**
 * The cells an action writes to one sheet, queued, and the rows of sheetData they
 * become: a row the part has is rewritten with its other cells kept as written; a
 * new row is inserted in order. A value's XML is made when it is queued, so a
 * report's tens of thousands of cells go into the part as strings joined once.
 */
import { a1 } from "../../../core/cells";
import { cellXml, type CellValueOut } from "./cellXml";
import type { CellAt, RowAt, SheetIndex } from "./sheetIndex";
import { setAttribute, type Splice } from "./xmlSplice";

/**
 * What a queued cell becomes: its XML (a value written, or a cell moved here from
 * elsewhere, such as a Total Row moving down), the same cell with another style
 * (its content kept), or nothing (a moved cell's old place).
 */
type CellWrite = string | { readonly restyle: number } | null;

/** The queued writes of one row, by column, in the order the columns were first queued. */
class RowWrites {
  readonly cols: number[] = [];
  readonly writes: CellWrite[] = [];
  /** True while the columns were queued left to right (a report's rows are). */
  private ascending = true;

  set(col: number, write: CellWrite): void {
    const n = this.cols.length;
    // Past the last column of a row queued left to right: a new column, no search needed.
    if (this.ascending && (n === 0 || col > (this.cols[n - 1] as number))) {
      this.cols.push(col);
      this.writes.push(write);
      return;
    }
    const i = this.cols.indexOf(col);
    if (i >= 0) {
      this.writes[i] = write;
      return;
    }
    this.cols.push(col);
    this.writes.push(write);
    this.ascending = false;
  }

  get(col: number): CellWrite | undefined {
    const i = this.cols.indexOf(col);
    return i < 0 ? undefined : this.writes[i];
  }

  /** The positions of the writes, left to right. */
  order(): readonly number[] {
    const order = this.cols.map((_, i) => i);
    if (!this.ascending) order.sort((a, b) => (this.cols[a] as number) - (this.cols[b] as number));
    return order;
  }
}

const NO_WRITES = new RowWrites();

/** Cell writes and row heights queued for one worksheet part. */
export class CellWrites {
  private readonly rows = new Map<number, RowWrites>();
  private readonly heights = new Map<number, number>();

  /** `prefix` is the part's SpreadsheetML prefix ("" for none); `tag` names an element with it. */
  constructor(
    private readonly prefix: string,
    private readonly tag: (local: string) => string,
  ) {}

  private set(row: number, col: number, write: CellWrite): void {
    let writes = this.rows.get(row);
    if (!writes) {
      writes = new RowWrites();
      this.rows.set(row, writes);
    }
    writes.set(col, write);
  }

  /** A value with a style index (0: none). */
  value(row: number, col: number, value: CellValueOut, style: number): void {
    this.set(row, col, cellXml(this.prefix, row, col, value, style));
  }

  /** A cell's XML as it is to be written (its reference already set to this row and column). */
  raw(row: number, col: number, xml: string): void {
    this.set(row, col, xml);
  }

  /** The cell keeps what it holds and takes another style (an absent cell becomes an empty styled one). */
  restyle(row: number, col: number, style: number): void {
    this.set(row, col, { restyle: style });
  }

  /** The cell goes (the old place of a moved cell). */
  remove(row: number, col: number): void {
    this.set(row, col, null);
  }

  /** True when something is queued for the cell. */
  has(row: number, col: number): boolean {
    return this.rows.get(row)?.get(col) !== undefined;
  }

  /** A row height in points. */
  setHeight(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** The XML of a queued cell that has no <c> yet ("" for nothing). */
  private newCellXml(row: number, col: number, w: CellWrite): string {
    if (typeof w === "string") return w;
    return w === null ? "" : cellXml(this.prefix, row, col, null, w.restyle);
  }

  /** A new row element with its queued cells. */
  private rowXml(row: number, writes: RowWrites): string {
    const height = this.heights.get(row);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    let body = "";
    for (const i of writes.order())
      body += this.newCellXml(row, writes.cols[i] as number, writes.writes[i] as CellWrite);
    const tag = this.tag("row");
    return body === "" ? `<${tag} r="${row + 1}"${ht}/>` : `<${tag} r="${row + 1}"${ht}>${body}</${tag}>`;
  }

  /**
   * The splices of sheetData that write the queued rows into the part indexed by
   * `sheet`; a part without sheetData gets a whole new one from `addSheetData`.
   */
  splices(sheet: SheetIndex, addSheetData: (xml: string) => void): Splice[] {
    const touched = new Set([...this.rows.keys(), ...this.heights.keys()]);
    if (touched.size === 0) return [];
    const writesOf = (row: number): RowWrites => this.rows.get(row) ?? NO_WRITES;
    const data = sheet.sheetData;
    if (!data || data.selfClosing) {
      // No row exists yet: every touched row is new.
      let rows = "";
      for (const row of [...touched].sort((a, b) => a - b)) rows += this.rowXml(row, writesOf(row));
      if (!data) addSheetData(`<${this.tag("sheetData")}>${rows}</${this.tag("sheetData")}>`);
      return data ? [{ start: data.openEnd - 2, end: data.openEnd, text: `>${rows}</${data.qname}>` }] : [];
    }
    const out: Splice[] = [];
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
      if (existing) out.push(...this.rowEdit(sheet, existing, writesOf(row)));
      else newRows.push(row);
    }
    newRows.sort((a, b) => a - b);
    // Each new row goes before the first row after it, else at the end of sheetData;
    // rows that go to the same place are joined into one insertion.
    let pending: Splice | null = null;
    for (const row of newRows) {
      const after = sheet.rows.find((r) => r.row > row);
      const at = after ? after.el.openStart : data.closeStart;
      const xml = this.rowXml(row, writesOf(row));
      if (pending && pending.start === at) pending = { start: at, end: at, text: pending.text + xml };
      else {
        if (pending) out.push(pending);
        pending = { start: at, end: at, text: xml };
      }
    }
    if (pending) out.push(pending);
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
      const w = writes.get(c.col);
      const original = text.slice(c.start, c.end);
      // A cell written without r gets its reference, since cells may now come before it.
      const xml = c.explicit ? original : withCellRef(original, c.openEnd - c.start, a1(row.row, c.col));
      if (w === undefined) pieces.push({ col: c.col, xml });
      else if (typeof w === "string") pieces.push({ col: c.col, xml: w });
      else if (w !== null) pieces.push({ col: c.col, xml: withCellStyle(xml, w.restyle) });
    }
    writes.cols.forEach((col, i) => {
      if (!have.has(col))
        pieces.push({ col, xml: this.newCellXml(row.row, col, writes.writes[i] as CellWrite) });
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

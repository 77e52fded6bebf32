/**
 * Editing one worksheet part in place. The writer changes only what an action
 * owns: the cells it writes (each touched <row> rewritten, its other cells kept
 * as written), and the elements it adds or extends (columns, frozen pane, merged
 * cells, conditional formats, validation lists, protection, print setup, the
 * drawing and table parts). Everything else in the part stays byte for byte. New
 * elements go where the schema (CT_Worksheet) puts them, so Excel reads the part
 * without repair. A new sheet is an empty part edited the same way.
 */
import { NS_R, sml as el } from "../../ooxml";
import { a1 } from "../../../core/cells";
import type { Package } from "../package";
import { CellWrites, withCellRef } from "./cellWrites";
import type { CellValueOut } from "./cellXml";
import { SheetContent } from "./sheetContent";
import { sizedColsXml } from "./sheetColumns";
import { boxRef, parseBox } from "./sqref";
import {
  conditionalFormatsXml,
  extendedRuleSplices,
  maxRulePriority,
  validationsXml,
  type BodyArea,
  type ListValidation,
} from "./sheetRules";
import {
  frozenRows,
  printSetup,
  protection,
  type PartEdits,
  type PrintSetup,
  type Protection,
} from "./sheetPage";
import { rankOf } from "./worksheetSchema";
import { applySplices, applySplicesToBytes, findInFragment, setAttribute, type Splice } from "./xmlSplice";
import { xmlAttr } from "./xmlText";

export type { ExistingCell } from "./sheetIndex";

export type { PrintSetup, Protection } from "./sheetPage";

/** A worksheet part with edits queued: cells, columns, rules, protection, print setup, drawing and tables; `flush` writes them. */
export class SheetEdit extends SheetContent {
  private readonly cells: CellWrites;
  /** Pending new top-level elements by local name. */
  private readonly inserts = new Map<string, string[]>();
  private readonly splices: Splice[] = [];

  constructor(pkg: Package, part: string) {
    super(pkg, part);
    this.cells = new CellWrites(this.prefix, (local) => this.tag(local));
  }

  /** `tag` as a function of its own, for the modules that make this part's elements. */
  private readonly tagOf = (local: string): string => this.tag(local);

  /** Queues cell values (each with its style index). */
  writeCells(cells: readonly { row: number; col: number; value: CellValueOut; style: number }[]): void {
    for (const c of cells) this.cells.value(c.row, c.col, c.value, c.style);
  }

  /** Queues one cell value with its style index. */
  writeCell(row: number, col: number, value: CellValueOut, style: number): void {
    this.cells.value(row, col, value, style);
  }

  /** Gives a cell another style, keeping what it holds (an absent cell becomes an empty styled one). */
  restyle(row: number, col: number, style: number): void {
    this.cells.restyle(row, col, style);
  }

  /**
   * Moves the cells of row `from` (columns left..right) to row `to`, as written
   * (formulas, values, styles), leaving their old places empty unless written.
   */
  moveCells(from: number, to: number, left: number, right: number): void {
    const r = this.sheet.rowAt(from);
    if (!r) return;
    for (const c of this.sheet.cellsOf(r)) {
      if (c.col < left || c.col > right) continue;
      const xml = this.text.slice(c.start, c.end);
      this.cells.raw(to, c.col, withCellRef(xml, c.openEnd - c.start, a1(to, c.col)));
      if (!this.cells.has(from, c.col)) this.cells.remove(from, c.col);
    }
  }

  /** Grows the sheet's dimension (its used-range hint) to cover a 0-based row and column. */
  coverInDimension(bottom: number, right: number): void {
    const d = this.topOf("dimension");
    if (!d) return;
    const box = parseBox(d.el.attributes.ref ?? "");
    if (!box || (bottom <= box.bottom && right <= box.right)) return;
    const grown = boxRef({ ...box, bottom: Math.max(bottom, box.bottom), right: Math.max(right, box.right) });
    this.splices.push(setAttribute(this.text, d.el, "ref", grown));
  }

  /** Queues a row height in points. */
  setRowHeight(row: number, points: number): void {
    this.cells.setHeight(row, points);
  }

  private insert(local: string, xml: string): void {
    const list = this.inserts.get(local) ?? [];
    list.push(xml);
    this.inserts.set(local, list);
  }

  /** Sets column widths (file units, by 0-based column), keeping each column's other attributes. */
  setColumnWidths(widths: ReadonlyMap<number, number>): void {
    if (widths.size === 0) return;
    const existing = this.topOf("cols");
    // One <col> per column the writer sizes; the user's ranges keep their other columns.
    const body = sizedColsXml(this.cols(), widths, this.tag("col"));
    const xml = `<${this.tag("cols")}>${body}</${this.tag("cols")}>`;
    if (existing) this.splices.push({ start: existing.el.openStart, end: existing.el.closeEnd, text: xml });
    else this.insert("cols", xml);
  }

  /** Freezes the top `rows` rows in the sheet's first view. */
  freezeRows(rows: number): void {
    this.apply(frozenRows(this.sheet, this.tagOf, rows));
  }

  /** Takes the edits of a part made elsewhere (sheetPage.ts). */
  private apply(edits: PartEdits): void {
    this.splices.push(...edits.splices);
    for (const i of edits.inserts) this.insert(i.local, i.xml);
  }

  /** Adds children to a container element (mergeCells, dataValidations, tableParts), keeping its count. */
  private addToContainer(local: string, child: string, items: readonly string[]): void {
    if (items.length === 0) return;
    const container = this.topOf(local);
    if (!container) {
      const xml = `<${this.tag(local)} count="${items.length}">${items.join("")}</${this.tag(local)}>`;
      this.insert(local, xml);
      return;
    }
    const base = container.el.openStart;
    const fragment = this.text.slice(base, container.el.closeEnd);
    const count =
      findInFragment(fragment, this.ns, (n, d) => d === 2 && n === el(child), this.part).length +
      items.length;
    this.splices.push(setAttribute(this.text, container.el, "count", String(count)));
    if (container.el.selfClosing)
      this.splices.push({
        start: container.el.openEnd - 2,
        end: container.el.openEnd,
        text: `>${items.join("")}</${container.el.qname}>`,
      });
    else
      this.splices.push({
        start: container.el.closeStart,
        end: container.el.closeStart,
        text: items.join(""),
      });
  }

  /** Merges areas ("A1:H1"). */
  addMerges(refs: readonly string[]): void {
    this.addToContainer(
      "mergeCells",
      "mergeCell",
      refs.map((r) => `<${this.tag("mergeCell")} ref="${r}"/>`),
    );
  }

  /** Adds expression rules over a range: each a dxf (by index) and a formula. */
  addConditionalFormats(sqref: string, rules: readonly { dxfId: number; formula: string }[]): void {
    const pending = this.inserts.get("conditionalFormatting")?.length ?? 0;
    for (const xml of conditionalFormatsXml(this.tagOf, sqref, rules, maxRulePriority(this.sheet) + pending))
      this.insert("conditionalFormatting", xml);
  }

  /** Adds list validations. */
  addValidations(items: readonly ListValidation[]): void {
    this.addToContainer("dataValidations", "dataValidation", validationsXml(this.tagOf, items));
  }

  /**
   * Extends the validation and conditional-format ranges that cover a table
   * column's whole body (`firstRow`..`lastRow`) down to `newLast`, as Excel does
   * when a table grows.
   */
  extendRules(area: BodyArea, newLast: number): void {
    this.splices.push(...extendedRuleSplices(this.sheet, area, newLast));
  }

  /** Protects the sheet without a password, allowing what `allow` says. */
  protect(allow: Protection): void {
    this.apply(protection(this.sheet, this.tagOf, allow));
  }

  /** Print setup: paper, orientation and fit to pages (with the sheet's fit-to-page flag). */
  setPrint(p: PrintSetup): void {
    this.apply(printSetup(this.sheet, this.tagOf, p));
  }

  /** Adds the sheet's drawing (by relationship id); a sheet has one at most. */
  addDrawing(rid: string): void {
    if (this.topOf("drawing")) throw new Error(`${this.part} has a drawing already`);
    this.insert("drawing", `<${this.tag("drawing")} ${this.rAttr("id")}="${xmlAttr(rid)}"/>`);
  }

  /** Adds table parts (by relationship ids). */
  addTableParts(rids: readonly string[]): void {
    this.addToContainer(
      "tableParts",
      "tablePart",
      rids.map((rid) => `<${this.tag("tablePart")} ${this.rAttr("id")}="${xmlAttr(rid)}"/>`),
    );
  }

  /** A relationship attribute's name, with a namespace declaration when the root binds none. */
  private rAttr(local: string): string {
    if (!this.root) return `r:${local}`;
    const tag = this.text.slice(this.root.openStart, this.root.openEnd);
    const m = new RegExp(
      `xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${NS_R.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`,
    ).exec(tag);
    return m?.[1] ? `${m[1]}:${local}` : `xmlns:r="${NS_R}" r:${local}`;
  }

  /** The text of the part with every queued edit made; the part is replaced in the package. */
  flush(): void {
    const rows = this.cells.splices(this.sheet, (xml) => this.insert("sheetData", xml));
    const splices = [...this.splices, ...rows, ...this.insertSplices()];
    if (splices.length === 0) return;
    // A part declared UTF-16 is handed over as text, which the package writes back in its encoding.
    if (/^\uFEFF?<\?xml[^>]*encoding=["']UTF-16/i.test(this.text.slice(0, 120)))
      this.pkg.set(
        this.part,
        applySplices(
          this.text,
          splices.map((sp) =>
            "text" in sp ? sp : { ...sp, text: sp.bytes.map((b) => new TextDecoder().decode(b)).join("") },
          ),
        ),
      );
    else this.pkg.set(this.part, applySplicesToBytes(this.text, splices));
  }

  /** Splices placing each new top-level element before the first existing one that follows it. */
  private insertSplices(): Splice[] {
    const out: Splice[] = [];
    const pending = [...this.inserts.entries()].sort((a, b) => rankOf(a[0]) - rankOf(b[0]));
    for (const [local, items] of pending) {
      const rank = rankOf(local);
      const next = this.top.find((t) => t.rank > rank);
      const root = this.root;
      let at: number;
      if (next) at = next.el.openStart;
      else if (root && !root.selfClosing) at = root.closeStart;
      else at = this.text.length;
      out.push({ start: at, end: at, text: items.join("") });
    }
    return out;
  }
}

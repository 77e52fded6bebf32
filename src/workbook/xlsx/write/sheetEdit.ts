/**
 * Editing one worksheet part in place. The writer changes only what an action
 * owns: the cells it writes (each touched <row> rewritten, its other cells kept
 * as written), and the elements it adds or extends (columns, frozen pane, merged
 * cells, conditional formats, validation lists, protection, print setup, the
 * drawing and table parts). Everything else in the part stays byte for byte. New
 * elements go where the schema (CT_Worksheet) puts them, so Excel reads the part
 * without repair. A new sheet is an empty part edited the same way.
 */
import { a1 } from "../../../core/cells";
import type { Package } from "../package";
import { CellWrites, withCellRef } from "./cellWrites";
import type { CellValueOut } from "./cellXml";
import { NS } from "./partTypes";
import { readCols, sizedColsXml, type ColAt } from "./sheetColumns";
import { SheetIndex, type ExistingCell, type TopAt } from "./sheetIndex";
import { boxRef, extendSqref, parseBox } from "./sqref";
import { rankOf, sml as el } from "./worksheetSchema";
import {
  applySplicesToBytes,
  findInFragment,
  prefixOf,
  qualified,
  setAttribute,
  type Splice,
} from "./xmlSplice";
import { xmlAttr, xmlText } from "./xmlText";

export type { ExistingCell } from "./sheetIndex";

export type Protection = {
  readonly selectLockedCells: boolean;
  readonly selectUnlockedCells: boolean;
  readonly formatColumns: boolean;
  readonly formatRows: boolean;
  readonly autoFilter: boolean;
};

export type PrintSetup = {
  readonly orientation: "portrait" | "landscape";
  /** Excel's paper size code (9 = A4). */
  readonly paperSize: number;
  readonly fitToWidth: number;
  readonly fitToHeight: number;
};

export class SheetEdit {
  private readonly text: string;
  readonly prefix: string;
  /** The root's namespace declarations, for parsing pieces of the part on their own. */
  private readonly ns: string;
  private readonly sheet: SheetIndex;
  private readonly top: readonly TopAt[];
  private readonly root: SheetIndex["root"];
  private readonly cells: CellWrites;
  /** Pending new top-level elements by local name. */
  private readonly inserts = new Map<string, string[]>();
  private readonly splices: Splice[] = [];
  private colsCache: ColAt[] | null = null;

  constructor(
    private readonly pkg: Package,
    readonly part: string,
  ) {
    this.text = pkg.text(part);
    this.sheet = new SheetIndex(this.text, part);
    this.top = this.sheet.top;
    this.root = this.sheet.root;
    this.prefix = this.root ? prefixOf(this.root.qname) : "";
    this.ns = this.sheet.ns;
    this.cells = new CellWrites(this.prefix, (local) => this.tag(local));
  }

  /** A written name with the part's prefix. */
  tag(local: string): string {
    return qualified(this.prefix, local);
  }

  private topOf(local: string): TopAt | undefined {
    return this.top.find((t) => t.local === local && t.el.name === el(local));
  }

  /** True when the sheet is protected (its <sheetProtection sheet="1">). */
  isProtected(): boolean {
    const p = this.topOf("sheetProtection");
    const v = p?.el.attributes.sheet;
    return v === "1" || v === "true";
  }

  /** The sheet's merged areas, as written ("A1:H1"). */
  merges(): string[] {
    const m = this.topOf("mergeCells");
    if (!m || m.el.selfClosing) return [];
    return findInFragment(
      this.text.slice(m.el.openStart, m.el.closeEnd),
      this.ns,
      (n, d) => d === 2 && n === el("mergeCell"),
      this.part,
    ).map((c) => c.attributes.ref ?? "");
  }

  /** The 0-based number of the last row element (-1 without rows). */
  lastRow(): number {
    return this.sheet.rows.reduce((m, r) => Math.max(m, r.row), -1);
  }

  /** The <col> ranges (1-based min/max as written) with their styles. */
  private cols(): ColAt[] {
    this.colsCache ??= readCols(this.text, this.topOf("cols")?.el, this.ns, this.part);
    return this.colsCache;
  }

  /** What the cell at a 0-based row and column holds now (null when it has no <c>). */
  cell(row: number, col: number): ExistingCell | null {
    const r = this.sheet.rowAt(row);
    if (!r) return null;
    return this.sheet.cellsOf(r).find((c) => c.col === col) ?? null;
  }

  /** The style a cell shows: its own, else its row's (customFormat), else its column's, else 0. */
  styleAt(row: number, col: number): number {
    const r = this.sheet.rowAt(row);
    if (r) {
      const c = this.sheet.cellsOf(r).find((x) => x.col === col);
      if (c) return c.style;
      const custom = r.el.attributes.customFormat;
      if ((custom === "1" || custom === "true") && r.el.attributes.s !== undefined)
        return Number(r.el.attributes.s) || 0;
    }
    const c = this.cols().find((x) => col + 1 >= x.min && col + 1 <= x.max);
    return c?.style ?? 0;
  }

  /** True when any cell of the rows and columns given holds a value or formula. */
  holdsData(top: number, bottom: number, left: number, right: number): boolean {
    for (const r of this.sheet.rows) {
      if (r.row < top || r.row > bottom) continue;
      for (const c of this.sheet.cellsOf(r))
        if (c.col >= left && c.col <= right && (c.hasValue || c.hasFormula)) return true;
    }
    return false;
  }

  /** The last 0-based column holding a value or formula (-1 for none). */
  usedRight(): number {
    let right = -1;
    for (const r of this.sheet.rows)
      for (const c of this.sheet.cellsOf(r)) if ((c.hasValue || c.hasFormula) && c.col > right) right = c.col;
    return right;
  }

  /** True when some cell of the sheet holds a value or a formula. */
  hasData(): boolean {
    return this.sheet.rows.some((r) => this.sheet.cellsOf(r).some((c) => c.hasValue || c.hasFormula));
  }

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
    const cell = a1(rows, 0);
    const pane = `<${this.tag("pane")} ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>`;
    const selection = `<${this.tag("selection")} pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`;
    const views = this.topOf("sheetViews");
    if (!views) {
      const view = `<${this.tag("sheetView")} workbookViewId="0">${pane}${selection}</${this.tag("sheetView")}>`;
      this.insert("sheetViews", `<${this.tag("sheetViews")}>${view}</${this.tag("sheetViews")}>`);
      return;
    }
    const base = views.el.openStart;
    const fragment = this.text.slice(base, views.el.closeEnd);
    const inner = findInFragment(fragment, this.ns, (_n, d) => d <= 3, this.part);
    const view = inner.find((e) => e.depth === 2 && e.name === el("sheetView"));
    if (!view) return;
    // The view's own pane and selections give way to the frozen pane (CT_SheetView: pane, selection…).
    for (const e of inner)
      if (e.depth === 3 && (e.name === el("pane") || e.name === el("selection")))
        this.splices.push({ start: base + e.openStart, end: base + e.closeEnd, text: "" });
    if (view.selfClosing)
      this.splices.push({
        start: base + view.openEnd - 2,
        end: base + view.openEnd,
        text: `>${pane}${selection}</${view.qname}>`,
      });
    else this.splices.push({ start: base + view.openEnd, end: base + view.openEnd, text: pane + selection });
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

  /** The highest priority number the sheet's conditional formats use. */
  private maxPriority(): number {
    let max = 0;
    for (const t of this.top) {
      if (t.el.name !== el("conditionalFormatting") || t.el.selfClosing) continue;
      const fragment = this.text.slice(t.el.openStart, t.el.closeEnd);
      for (const r of findInFragment(fragment, this.ns, (n, d) => d === 2 && n === el("cfRule"), this.part))
        max = Math.max(max, Number(r.attributes.priority ?? 0) || 0);
    }
    return max;
  }

  /** Adds expression rules over a range: each a dxf (by index) and a formula. */
  addConditionalFormats(sqref: string, rules: readonly { dxfId: number; formula: string }[]): void {
    let priority = this.maxPriority() + (this.inserts.get("conditionalFormatting")?.length ?? 0);
    const cf = this.tag("conditionalFormatting");
    const rule = this.tag("cfRule");
    const formula = this.tag("formula");
    for (const r of rules) {
      priority++;
      this.insert(
        "conditionalFormatting",
        `<${cf} sqref="${sqref}"><${rule} type="expression" dxfId="${r.dxfId}" priority="${priority}"><${formula}>${xmlText(r.formula)}</${formula}></${rule}></${cf}>`,
      );
    }
  }

  /** Adds list validations. */
  addValidations(
    items: readonly {
      sqref: string;
      formula: string;
      alert: { style: "stop" | "warning"; title: string; message: string };
    }[],
  ): void {
    const dv = this.tag("dataValidation");
    const f1 = this.tag("formula1");
    this.addToContainer(
      "dataValidations",
      "dataValidation",
      items.map((v) => {
        const style = v.alert.style === "warning" ? ' errorStyle="warning"' : "";
        return (
          `<${dv} type="list"${style} allowBlank="1" showErrorMessage="1" errorTitle="${xmlAttr(v.alert.title)}" ` +
          `error="${xmlAttr(v.alert.message)}" sqref="${v.sqref}"><${f1}>${xmlText(v.formula)}</${f1}></${dv}>`
        );
      }),
    );
  }

  /**
   * Extends the validation and conditional-format ranges that cover a table
   * column's whole body (`firstRow`..`lastRow`) down to `newLast`, as Excel does
   * when a table grows.
   */
  extendRules(
    area: { firstRow: number; lastRow: number; left: number; right: number },
    newLast: number,
  ): void {
    for (const t of this.top) {
      if (t.el.name === el("conditionalFormatting")) {
        const sqref = t.el.attributes.sqref ?? "";
        const grown = extendSqref(sqref, area, newLast);
        if (grown !== sqref) this.splices.push(setAttribute(this.text, t.el, "sqref", grown));
      }
      if (t.el.name === el("dataValidations") && !t.el.selfClosing) {
        const base = t.el.openStart;
        const fragment = this.text.slice(base, t.el.closeEnd);
        for (const v of findInFragment(
          fragment,
          this.ns,
          (n, d) => d === 2 && n === el("dataValidation"),
          this.part,
        )) {
          const sqref = v.attributes.sqref ?? "";
          const grown = extendSqref(sqref, area, newLast);
          if (grown === sqref) continue;
          const s = setAttribute(fragment, v, "sqref", grown);
          this.splices.push({ start: base + s.start, end: base + s.end, text: s.text });
        }
      }
    }
  }

  /** Protects the sheet without a password, allowing what `allow` says. */
  protect(allow: Protection): void {
    const flags = [
      allow.selectLockedCells ? "" : ' selectLockedCells="1"',
      allow.selectUnlockedCells ? "" : ' selectUnlockedCells="1"',
      allow.formatColumns ? ' formatColumns="0"' : "",
      allow.formatRows ? ' formatRows="0"' : "",
      allow.autoFilter ? ' autoFilter="0"' : "",
    ].join("");
    const xml = `<${this.tag("sheetProtection")} sheet="1" objects="1" scenarios="1"${flags}/>`;
    const existing = this.topOf("sheetProtection");
    if (existing) this.splices.push({ start: existing.el.openStart, end: existing.el.closeEnd, text: xml });
    else this.insert("sheetProtection", xml);
  }

  /** Print setup: paper, orientation and fit to pages (with the sheet's fit-to-page flag). */
  setPrint(p: PrintSetup): void {
    const setup = `<${this.tag("pageSetup")} paperSize="${p.paperSize}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`;
    const existing = this.topOf("pageSetup");
    if (existing) this.splices.push({ start: existing.el.openStart, end: existing.el.closeEnd, text: setup });
    else this.insert("pageSetup", setup);
    if (!this.topOf("pageMargins"))
      this.insert(
        "pageMargins",
        `<${this.tag("pageMargins")} left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
      );
    const fit = `<${this.tag("pageSetUpPr")} fitToPage="1"/>`;
    const pr = this.topOf("sheetPr");
    if (!pr) {
      this.insert("sheetPr", `<${this.tag("sheetPr")}>${fit}</${this.tag("sheetPr")}>`);
      return;
    }
    const base = pr.el.openStart;
    const fragment = this.text.slice(base, pr.el.closeEnd);
    const inner = findInFragment(fragment, this.ns, (_n, d) => d === 2, this.part);
    const setUp = inner.find((e) => e.name === el("pageSetUpPr"));
    if (setUp) {
      const s = setAttribute(fragment, setUp, "fitToPage", "1");
      this.splices.push({ start: base + s.start, end: base + s.end, text: s.text });
    } else if (pr.el.selfClosing) {
      this.splices.push({ start: pr.el.openEnd - 2, end: pr.el.openEnd, text: `>${fit}</${pr.el.qname}>` });
    } else {
      // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
      this.splices.push({ start: pr.el.closeStart, end: pr.el.closeStart, text: fit });
    }
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
      `xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${NS.r.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`,
    ).exec(tag);
    return m?.[1] ? `${m[1]}:${local}` : `xmlns:r="${NS.r}" r:${local}`;
  }

  /** The text of the part with every queued edit made; the part is replaced in the package. */
  flush(): void {
    const rows = this.cells.splices(this.sheet, (xml) => this.insert("sheetData", xml));
    const splices = [...this.splices, ...rows, ...this.insertSplices()];
    if (splices.length === 0) return;
    this.pkg.set(this.part, applySplicesToBytes(this.text, splices));
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

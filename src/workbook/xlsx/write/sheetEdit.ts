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
import { XmlScanner, type Package, type XmlAttributes } from "../package";
import { cellXml, type CellValueOut } from "./cellXml";
import { NS } from "./partTypes";
import { boxRef, extendSqref, parseBox } from "./sqref";
import {
  applySplices,
  findInFragment,
  namespaceDeclarations,
  prefixOf,
  qualified,
  setAttribute,
  type ElementAt,
  type Splice,
} from "./xmlSplice";
import { XML_DECLARATION, xmlAttr, xmlText } from "./xmlText";

const SML = NS.sml;
const el = (local: string): string => `{${SML}}${local}`;
const MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent";

/** CT_Worksheet's children in schema order. */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const RANK = new Map(ORDER.map((n, i) => [n, i]));

/** An empty worksheet part. */
export function emptySheetXml(): string {
  return `${XML_DECLARATION}<worksheet xmlns="${SML}" xmlns:r="${NS.r}"><sheetData/></worksheet>`;
}

/** A top-level element of the part and where it sits. */
type TopAt = { local: string; rank: number; el: ElementAt };

/** A row of sheetData: its 0-based number and place. */
type RowAt = { row: number; explicit: boolean; el: ElementAt };

/** What a cell holds, as far as the writer cares. */
export type ExistingCell = {
  readonly style: number;
  readonly hasValue: boolean;
  readonly hasFormula: boolean;
  /** The master cell of a shared formula (other cells' formulas depend on its text). */
  readonly sharedMaster: boolean;
};

type CellAt = ExistingCell & { col: number; explicit: boolean; start: number; end: number; openEnd: number };

/**
 * What a queued cell becomes: a value with a style; the same cell with another
 * style (its content kept); a cell's XML moved here from elsewhere (a Total Row
 * moving down); or nothing (a moved cell's old place).
 */
type CellWrite =
  | { readonly kind: "value"; readonly value: CellValueOut; readonly style: number }
  | { readonly kind: "restyle"; readonly style: number }
  | { readonly kind: "raw"; readonly xml: string }
  | { readonly kind: "remove" };

type ColAt = { min: number; max: number; style: number; raw: string };

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
  private readonly top: TopAt[] = [];
  private readonly rows: RowAt[] = [];
  private sheetData: ElementAt | null = null;
  private root: ElementAt | null = null;
  /** Pending cell writes: row → col → what the cell becomes. */
  private readonly writes = new Map<number, Map<number, CellWrite>>();
  private readonly heights = new Map<number, number>();
  /** Pending new top-level elements by local name. */
  private readonly inserts = new Map<string, string[]>();
  private readonly splices: Splice[] = [];
  private colsCache: ColAt[] | null = null;
  private readonly rowCells = new Map<number, CellAt[]>();

  constructor(
    private readonly pkg: Package,
    readonly part: string,
  ) {
    this.text = pkg.text(part);
    this.index();
    this.prefix = this.root ? prefixOf(this.root.qname) : "";
    this.ns = namespaceDeclarations(this.text, this.root);
  }

  /** The part's elements down to the rows (cells are looked at only in rows the writer touches). */
  private index(): void {
    const text = this.text;
    const stack: (ElementAt | null)[] = [];
    let depth = 0;
    let nextRow = 0;
    let alternate: TopAt | null = null;
    const scanner: XmlScanner = new XmlScanner(
      {
        open: (name: string, attributes: XmlAttributes, selfClosing: boolean) => {
          depth++;
          let at: ElementAt | null = null;
          const inData = depth === 3 && this.sheetData !== null && stack[1] === this.sheetData;
          if (depth <= 2 || (inData && name === el("row")) || (alternate && depth === 4)) {
            const start = scanner.tokenStart;
            let end = start + 1;
            while (end < text.length && !/[\s/>]/.test(text[end] ?? "")) end++;
            at = {
              name,
              qname: text.slice(start + 1, end),
              attributes,
              depth,
              openStart: start,
              openEnd: scanner.tokenEnd,
              closeStart: scanner.tokenEnd,
              closeEnd: scanner.tokenEnd,
              selfClosing,
            };
          }
          if (at && depth === 1) this.root = at;
          if (at && depth === 2) {
            const local = name.startsWith(`{${SML}}`) ? name.slice(SML.length + 2) : "";
            const top: TopAt = { local, rank: RANK.get(local) ?? -1, el: at };
            if (name === MC_ALTERNATE) alternate = top;
            this.top.push(top);
            if (name === el("sheetData")) this.sheetData = at;
          }
          if (at && depth === 4 && alternate && alternate.rank < 0 && name.startsWith(`{${SML}}`)) {
            // mc:AlternateContent > mc:Choice > x:controls: it sits where what it wraps would.
            alternate.rank = RANK.get(name.slice(SML.length + 2)) ?? -1;
            alternate.local = name.slice(SML.length + 2);
          }
          if (at && depth === 3 && name === el("row")) {
            const r = Number(attributes.r);
            const explicit = Number.isInteger(r) && r >= 1;
            const row = explicit ? r - 1 : nextRow;
            nextRow = row + 1;
            this.rows.push({ row, explicit, el: at });
          }
          if (selfClosing) depth--;
          else stack.push(at);
        },
        close: (name: string) => {
          const at = stack.pop();
          if (at) {
            at.closeStart = scanner.tokenStart;
            at.closeEnd = scanner.tokenEnd;
          }
          if (depth === 2 && name === MC_ALTERNATE) alternate = null;
          depth--;
        },
      },
      { part: this.part },
    );
    scanner.write(text);
    scanner.end();
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
    return this.rows.reduce((m, r) => Math.max(m, r.row), -1);
  }

  private rowAt(row: number): RowAt | undefined {
    // Rows are in order in valid parts; a binary search would do, but a scan from the end is enough here.
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.row === row) return this.rows[i];
    return undefined;
  }

  /** The cells of a row element, with their columns and places (absolute offsets). */
  private cellsOf(row: RowAt): CellAt[] {
    const known = this.rowCells.get(row.row);
    if (known) return known;
    const base = row.el.openStart;
    const fragment = this.text.slice(base, row.el.closeEnd);
    const found = findInFragment(fragment, this.ns, (_n, d) => d <= 3, this.part);
    const cells: CellAt[] = [];
    let nextCol = 0;
    const cs = found.filter((e) => e.depth === 2 && e.name === el("c"));
    for (const c of cs) {
      const inside = found.filter(
        (e) => e.depth === 3 && e.openStart >= c.openEnd && e.closeEnd <= c.closeEnd,
      );
      const ref = c.attributes.r;
      const m = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref) : null;
      const col = m?.[1] ? columnOf(m[1]) : nextCol;
      nextCol = col + 1;
      const f = inside.find((e) => e.name === el("f"));
      const v = inside.find((e) => e.name === el("v") || e.name === el("is"));
      cells.push({
        col,
        explicit: m !== null,
        style: Number(c.attributes.s ?? 0) || 0,
        hasValue: v !== undefined && !v.selfClosing && v.closeStart > v.openEnd,
        hasFormula: f !== undefined,
        sharedMaster: f?.attributes.t === "shared" && f.attributes.ref !== undefined,
        start: base + c.openStart,
        end: base + c.closeEnd,
        openEnd: base + c.openEnd,
      });
    }
    this.rowCells.set(row.row, cells);
    return cells;
  }

  /** The <col> ranges (1-based min/max as written) with their styles. */
  private cols(): ColAt[] {
    if (this.colsCache) return this.colsCache;
    const cols = this.topOf("cols");
    const out: ColAt[] = [];
    if (cols && !cols.el.selfClosing) {
      const base = cols.el.openStart;
      const fragment = this.text.slice(base, cols.el.closeEnd);
      for (const c of findInFragment(fragment, this.ns, (n, d) => d === 2 && n === el("col"), this.part)) {
        out.push({
          min: Number(c.attributes.min ?? 0),
          max: Number(c.attributes.max ?? 0),
          style: Number(c.attributes.style ?? 0) || 0,
          raw: fragment.slice(c.openStart, c.closeEnd),
        });
      }
    }
    this.colsCache = out;
    return out;
  }

  /** What the cell at a 0-based row and column holds now (null when it has no <c>). */
  cell(row: number, col: number): ExistingCell | null {
    const r = this.rowAt(row);
    if (!r) return null;
    return this.cellsOf(r).find((c) => c.col === col) ?? null;
  }

  /** The style a cell shows: its own, else its row's (customFormat), else its column's, else 0. */
  styleAt(row: number, col: number): number {
    const r = this.rowAt(row);
    if (r) {
      const c = this.cellsOf(r).find((x) => x.col === col);
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
    for (const r of this.rows) {
      if (r.row < top || r.row > bottom) continue;
      for (const c of this.cellsOf(r))
        if (c.col >= left && c.col <= right && (c.hasValue || c.hasFormula)) return true;
    }
    return false;
  }

  /** The last 0-based column holding a value or formula (-1 for none). */
  usedRight(): number {
    let right = -1;
    for (const r of this.rows)
      for (const c of this.cellsOf(r)) if ((c.hasValue || c.hasFormula) && c.col > right) right = c.col;
    return right;
  }

  /** True when some cell of the sheet holds a value or a formula. */
  hasData(): boolean {
    return this.rows.some((r) => this.cellsOf(r).some((c) => c.hasValue || c.hasFormula));
  }

  /** Queues cell values (each with its style index). */
  writeCells(cells: readonly { row: number; col: number; value: CellValueOut; style: number }[]): void {
    for (const c of cells) this.queue(c.row, c.col, { kind: "value", value: c.value, style: c.style });
  }

  private queue(row: number, col: number, write: CellWrite): void {
    const cells = this.writes.get(row) ?? new Map<number, CellWrite>();
    cells.set(col, write);
    this.writes.set(row, cells);
  }

  /** Gives a cell another style, keeping what it holds (an absent cell becomes an empty styled one). */
  restyle(row: number, col: number, style: number): void {
    this.queue(row, col, { kind: "restyle", style });
  }

  /**
   * Moves the cells of row `from` (columns left..right) to row `to`, as written
   * (formulas, values, styles), leaving their old places empty unless written.
   */
  moveCells(from: number, to: number, left: number, right: number): void {
    const r = this.rowAt(from);
    if (!r) return;
    for (const c of this.cellsOf(r)) {
      if (c.col < left || c.col > right) continue;
      const xml = this.text.slice(c.start, c.end);
      this.queue(to, c.col, { kind: "raw", xml: withCellRef(xml, c.openEnd - c.start, a1(to, c.col)) });
      if (!this.writes.get(from)?.has(c.col)) this.queue(from, c.col, { kind: "remove" });
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
    this.heights.set(row, points);
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
    const colTag = this.tag("col");
    // One <col> per column the writer sizes; the user's ranges keep their other columns.
    const pieces: { min: number; xml: string }[] = [];
    const sized = new Set([...widths.keys()].map((c) => c + 1));
    for (const c of this.cols()) {
      let start = c.min;
      for (let k = c.min; k <= c.max + 1; k++) {
        if (k <= c.max && !sized.has(k)) continue;
        if (k > start) pieces.push({ min: start, xml: withMinMax(c.raw, start, k - 1) });
        start = k + 1;
      }
    }
    for (const [col, width] of widths) {
      const old = this.cols().find((c) => col + 1 >= c.min && col + 1 <= c.max);
      const xml = old
        ? withWidth(withMinMax(old.raw, col + 1, col + 1), width)
        : `<${colTag} min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`;
      pieces.push({ min: col + 1, xml });
    }
    const body = pieces
      .sort((a, b) => a.min - b.min)
      .map((p) => p.xml)
      .join("");
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
    const splices = [...this.splices, ...this.rowSplices(), ...this.insertSplices()];
    if (splices.length === 0) return;
    this.pkg.set(this.part, applySplices(this.text, splices));
  }

  /** The XML of a queued cell that has no <c> yet ("" for nothing). */
  private newCellXml(row: number, col: number, w: CellWrite): string {
    switch (w.kind) {
      case "value":
        return cellXml(this.prefix, row, col, w.value, w.style);
      case "restyle":
        return cellXml(this.prefix, row, col, null, w.style);
      case "raw":
        return w.xml;
      default:
        return "";
    }
  }

  private rowXml(row: number, cells: Map<number, CellWrite>): string {
    const height = this.heights.get(row);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    const body = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, c]) => this.newCellXml(row, col, c))
      .join("");
    const tag = this.tag("row");
    return body === "" ? `<${tag} r="${row + 1}"${ht}/>` : `<${tag} r="${row + 1}"${ht}>${body}</${tag}>`;
  }

  /** Splices of sheetData: touched rows rewritten, new rows inserted in order. */
  private rowSplices(): Splice[] {
    const touched = new Set([...this.writes.keys(), ...this.heights.keys()]);
    if (touched.size === 0) return [];
    const out: Splice[] = [];
    if (!this.sheetData) {
      const rows = [...touched]
        .sort((a, b) => a - b)
        .map((r) => this.rowXml(r, this.writes.get(r) ?? new Map()))
        .join("");
      this.insert("sheetData", `<${this.tag("sheetData")}>${rows}</${this.tag("sheetData")}>`);
      return out;
    }
    // Rows written without r take their number from the row before; once rows are
    // inserted, every such row gets its number written out.
    for (const r of this.rows)
      if (!r.explicit)
        out.push({
          start: r.el.openStart + 1 + r.el.qname.length,
          end: r.el.openStart + 1 + r.el.qname.length,
          text: ` r="${r.row + 1}"`,
        });
    const newRows: number[] = [];
    for (const row of touched) {
      const existing = this.rowAt(row);
      if (!existing) {
        newRows.push(row);
        continue;
      }
      out.push(...this.rowEdit(existing, this.writes.get(row) ?? new Map()));
    }
    newRows.sort((a, b) => a - b);
    const data = this.sheetData;
    for (const row of newRows) {
      const after = this.rows.find((r) => r.row > row);
      const xml = this.rowXml(row, this.writes.get(row) ?? new Map());
      if (after) out.push({ start: after.el.openStart, end: after.el.openStart, text: xml });
      else if (data.selfClosing) out.push({ start: data.openEnd, end: data.openEnd, text: `\u0000${xml}` });
      else out.push({ start: data.closeStart, end: data.closeStart, text: xml });
    }
    // An empty-element <sheetData/> is opened around the new rows.
    if (data.selfClosing) {
      const rows = out.filter((s) => s.text.startsWith("\u0000"));
      const rest = out.filter((s) => !s.text.startsWith("\u0000"));
      const body = rows.map((s) => s.text.slice(1)).join("");
      rest.push({ start: data.openEnd - 2, end: data.openEnd, text: `>${body}</${data.qname}>` });
      return rest;
    }
    return out;
  }

  /** The edits of one existing row: its cells merged with the new ones, its other attributes kept. */
  private rowEdit(row: RowAt, writes: Map<number, CellWrite>): Splice[] {
    const out: Splice[] = [];
    const height = this.heights.get(row.row);
    if (height !== undefined) {
      out.push(setAttribute(this.text, row.el, "ht", String(height)));
      out.push(setAttribute(this.text, row.el, "customHeight", "1"));
    }
    if (writes.size === 0) return out;
    const cells = this.cellsOf(row);
    const pieces: { col: number; xml: string }[] = [];
    const have = new Set<number>();
    for (const c of cells) {
      have.add(c.col);
      const w = writes.get(c.col);
      const original = this.text.slice(c.start, c.end);
      // A cell written without r gets its reference, since cells may now come before it.
      const xml = c.explicit ? original : withCellRef(original, c.openEnd - c.start, a1(row.row, c.col));
      if (!w) pieces.push({ col: c.col, xml });
      else if (w.kind === "restyle") pieces.push({ col: c.col, xml: withCellStyle(xml, w.style) });
      else if (w.kind !== "remove") pieces.push({ col: c.col, xml: this.newCellXml(row.row, c.col, w) });
    }
    for (const [col, w] of writes)
      if (!have.has(col)) pieces.push({ col, xml: this.newCellXml(row.row, col, w) });
    const body = pieces
      .sort((a, b) => a.col - b.col)
      .map((p) => p.xml)
      .join("");
    // "spans" is a hint of the row's columns; the new cells may lie outside it.
    const spans = /\sspans\s*=\s*["'][^"']*["']/.exec(this.text.slice(row.el.openStart, row.el.openEnd));
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

  /** Splices placing each new top-level element before the first existing one that follows it. */
  private insertSplices(): Splice[] {
    const out: Splice[] = [];
    const pending = [...this.inserts.entries()].sort((a, b) => (RANK.get(a[0]) ?? 0) - (RANK.get(b[0]) ?? 0));
    for (const [local, items] of pending) {
      const rank = RANK.get(local) ?? 0;
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

/** The 0-based column of letters. */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A <col> element's text with other min and max. */
function withMinMax(raw: string, min: number, max: number): string {
  return raw
    .replace(/(\smin\s*=\s*["'])\d+(["'])/, `$1${min}$2`)
    .replace(/(\smax\s*=\s*["'])\d+(["'])/, `$1${max}$2`);
}

/** A <col> element's text with a set width. */
function withWidth(raw: string, width: number): string {
  let out = /\swidth\s*=/.test(raw)
    ? raw.replace(/(\swidth\s*=\s*["'])[^"']*(["'])/, `$1${width}$2`)
    : raw.replace(/(\/?>)$/, ` width="${width}"$1`);
  if (!/\scustomWidth\s*=/.test(out)) out = out.replace(/(\/?>)$/, ` customWidth="1"$1`);
  return out;
}

/** A <c> element's text with its r attribute set (`openLength` is the length of its start tag). */
function withCellRef(xml: string, openLength: number, ref: string): string {
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

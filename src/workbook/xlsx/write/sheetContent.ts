/**
 * What a worksheet part holds now, as written: its prefix and namespaces, its
 * top-level elements, rows, cells, columns and merged areas, and the questions
 * the writers ask of it before they change anything (is it protected, does a
 * range hold data, which style does a cell show). SheetEdit (sheetEdit.ts) adds
 * the edits.
 */
import { sml as el } from "../../ooxml";
import type { Package } from "../package";
import { readCols, type ColAt } from "./sheetColumns";
import { SheetIndex, type ExistingCell, type TopAt } from "./sheetIndex";
import { findInFragment, prefixOf, qualified } from "./xmlSplice";

export class SheetContent {
  protected readonly text: string;
  readonly prefix: string;
  /** The root's namespace declarations, for parsing pieces of the part on their own. */
  protected readonly ns: string;
  protected readonly sheet: SheetIndex;
  protected readonly top: readonly TopAt[];
  protected readonly root: SheetIndex["root"];
  private colsCache: ColAt[] | null = null;

  constructor(
    protected readonly pkg: Package,
    readonly part: string,
  ) {
    this.text = pkg.text(part);
    this.sheet = new SheetIndex(this.text, part);
    this.top = this.sheet.top;
    this.root = this.sheet.root;
    this.prefix = this.root ? prefixOf(this.root.qname) : "";
    this.ns = this.sheet.ns;
  }

  /** A written name with the part's prefix. */
  tag(local: string): string {
    return qualified(this.prefix, local);
  }

  protected topOf(local: string): TopAt | undefined {
    return this.sheet.topOf(local);
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
  protected cols(): ColAt[] {
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
}

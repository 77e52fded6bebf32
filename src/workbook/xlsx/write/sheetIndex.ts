/**
 * Where things sit in a worksheet part, for editing it in place: its root, its
 * top-level elements (with their rank in the schema's order) and its rows, found
 * in one pass of the scanner without looking into the cells. A row's cells are
 * read only when the writer asks about that row.
 */
import { XmlScanner, type XmlAttributes } from "../package";
import { clark, NS_MC, NS_SML, sml } from "../../ooxml";
import { rankOf } from "./worksheetSchema";
import { elementAt, findInFragment, namespaceDeclarations, type ElementAt } from "./xmlSplice";

const MC_ALTERNATE = clark(NS_MC, "AlternateContent");
const ROW = sml("row");
const SHEET_DATA = sml("sheetData");
const CELL = sml("c");
const FORMULA = sml("f");
const VALUE = sml("v");
const INLINE = sml("is");

/** A top-level element of the part, its local name and its rank in CT_Worksheet's order. */
export type TopAt = { local: string; rank: number; el: ElementAt };

/** A row of sheetData: its 0-based number, whether the file wrote that number (r), and its place. */
export type RowAt = { readonly row: number; readonly explicit: boolean; readonly el: ElementAt };

/** What a cell holds, as far as the writer cares. */
export type ExistingCell = {
  readonly style: number;
  readonly hasValue: boolean;
  readonly hasFormula: boolean;
  /** The master cell of a shared formula (other cells' formulas depend on its text). */
  readonly sharedMaster: boolean;
};

/** A cell of a row: what it holds, its 0-based column and its place in the part (absolute offsets). */
export type CellAt = ExistingCell & {
  readonly col: number;
  /** The file wrote its reference (r). */
  readonly explicit: boolean;
  readonly start: number;
  readonly end: number;
  /** Where its start tag ends. */
  readonly openEnd: number;
};

/** The part's root, top-level elements and rows, with each row's cells read on demand. */
export class SheetIndex {
  readonly root: ElementAt | null;
  readonly top: readonly TopAt[];
  /** The rows in document order. */
  readonly rows: readonly RowAt[];
  readonly sheetData: ElementAt | null;
  /** The root's namespace declarations, for parsing pieces of the part on their own. */
  readonly ns: string;
  private byNumber: Map<number, RowAt> | null = null;
  private readonly cells = new Map<RowAt, CellAt[]>();

  constructor(
    readonly text: string,
    readonly part: string,
  ) {
    const found = scanSheet(text, part);
    this.root = found.root;
    this.top = found.top;
    this.rows = found.rows;
    this.sheetData = found.sheetData;
    this.ns = namespaceDeclarations(text, this.root);
  }

  /** The top-level SpreadsheetML element of a local name (the first, should a part repeat one). */
  topOf(local: string): TopAt | undefined {
    return this.top.find((t) => t.local === local && t.el.name === sml(local));
  }

  /**
   * The elements of `el` that `wanted` picks, `el` itself at depth 1 and its
   * children at 2, with offsets from el's start tag (`el` parses on its own with
   * the root's namespace declarations).
   */
  inside(el: ElementAt, wanted: (name: string, depth: number) => boolean): ElementAt[] {
    return findInFragment(this.text.slice(el.openStart, el.closeEnd), this.ns, wanted, this.part);
  }

  /** The row element of a 0-based row number (the last one, should a file repeat a number). */
  rowAt(row: number): RowAt | undefined {
    if (!this.byNumber) {
      this.byNumber = new Map();
      for (const r of this.rows) this.byNumber.set(r.row, r);
    }
    return this.byNumber.get(row);
  }

  /** The cells of a row element, with their columns and places. */
  cellsOf(row: RowAt): readonly CellAt[] {
    let known = this.cells.get(row);
    if (!known) {
      known = cellsOfRow(this.text, row, this.ns, this.part);
      this.cells.set(row, known);
    }
    return known;
  }
}

type Scanned = {
  root: ElementAt | null;
  top: TopAt[];
  rows: RowAt[];
  sheetData: ElementAt | null;
};

/** The part's elements down to the rows. */
function scanSheet(text: string, part: string): Scanned {
  const found: Scanned = { root: null, top: [], rows: [], sheetData: null };
  const { top, rows } = found;
  const stack: (ElementAt | null)[] = [];
  let depth = 0;
  let nextRow = 0;
  let alternate: TopAt | null = null;
  const scanner: XmlScanner = new XmlScanner(
    {
      open: (name: string, attributes: XmlAttributes, selfClosing: boolean) => {
        depth++;
        let at: ElementAt | null = null;
        const inData = depth === 3 && found.sheetData !== null && stack[1] === found.sheetData;
        if (depth <= 2 || (inData && name === ROW) || (alternate && depth === 4))
          at = elementAt(text, scanner, name, attributes, depth, selfClosing);
        if (at && depth === 1) found.root = at;
        if (at && depth === 2) {
          const local = name.startsWith(`{${NS_SML}}`) ? name.slice(NS_SML.length + 2) : "";
          const entry: TopAt = { local, rank: rankOf(local), el: at };
          if (name === MC_ALTERNATE) alternate = entry;
          top.push(entry);
          if (name === SHEET_DATA) found.sheetData = at;
        }
        if (at && depth === 4 && alternate && alternate.rank < 0 && name.startsWith(`{${NS_SML}}`)) {
          // mc:AlternateContent > mc:Choice > x:controls: it sits where what it wraps would.
          alternate.rank = rankOf(name.slice(NS_SML.length + 2));
          alternate.local = name.slice(NS_SML.length + 2);
        }
        if (at && depth === 3 && name === ROW) {
          const r = Number(attributes.r);
          const explicit = Number.isInteger(r) && r >= 1;
          const row = explicit ? r - 1 : nextRow;
          nextRow = row + 1;
          rows.push({ row, explicit, el: at });
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
    { part },
  );
  scanner.write(text);
  scanner.end();
  return found;
}

/** The 0-based column of letters ("A" is 0). */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The cells of a row element, with their columns and places. `ns` is the part
 * root's namespace declarations, so that the row parses on its own.
 */
function cellsOfRow(text: string, row: RowAt, ns: string, part: string): CellAt[] {
  const base = row.el.openStart;
  const fragment = text.slice(base, row.el.closeEnd);
  const found = findInFragment(fragment, ns, (_n, d) => d <= 3, part);
  const cells: CellAt[] = [];
  let nextCol = 0;
  const cs = found.filter((e) => e.depth === 2 && e.name === CELL);
  for (const c of cs) {
    const inside = found.filter((e) => e.depth === 3 && e.openStart >= c.openEnd && e.closeEnd <= c.closeEnd);
    const ref = c.attributes.r;
    const m = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref) : null;
    const col = m?.[1] ? columnOf(m[1]) : nextCol;
    nextCol = col + 1;
    const f = inside.find((e) => e.name === FORMULA);
    const v = inside.find((e) => e.name === VALUE || e.name === INLINE);
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
  return cells;
}

/**
 * One worksheet part, streamed: every cell's value as a person sees it (shared
 * and inline strings, rich text joined, numbers, dates by their format in the
 * workbook's date system, booleans, error text such as "#N/A", a formula's cached
 * result), the merged areas and the sheet's table parts. Rows and cells without
 * an `r` attribute follow the previous one, as Excel reads them.
 */
import type { CellValue } from "../../../core/cells";
import { clark, NS_R, sml } from "../../ooxml";
import { PackageError, type Package } from "../package";
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
  const out: SheetCells = { rows: [], cols: [], values: [], merges: [], tableRelIds: [] };
  const at = { row: 0, col: 0 };
  let row = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let inCell = false;
  let hasValue = false;
  let valueText = "";
  let inlineText = "";
  let inInline = false;
  /** The cell has an <is> (inline string) element. */
  let inInlineSeen = false;
  let phonetic = 0;
  /** 0: ignore text; 1: a <v>; 2: an inline string's <t>. */
  let capture = 0;

  const fail = (detail: string): never => {
    throw new PackageError("damaged", detail, part);
  };

  const finishCell = (): void => {
    inCell = false;
    const value = cellValue();
    if (value === null) return;
    if (--ctx.cellBudget < 0) throw new PackageError("tooLarge", "the workbook holds too many cells", part);
    if (typeof value === "string") {
      ctx.textBudget -= value.length;
      if (ctx.textBudget < 0) throw new PackageError("tooLarge", "the cells hold too much text", part);
    }
    out.rows.push(row);
    out.cols.push(col);
    out.values.push(value);
  };

  const cellValue = (): CellValue => {
    switch (type) {
      case "s": {
        // An empty <v/> is no value, not string 0.
        const text = valueText.trim();
        if (!hasValue || text === "") return null;
        // An index that is no index, or past the table, is damage: the cell's text is lost.
        if (!/^\d+$/.test(text))
          return fail(`a cell's shared string index "${text.slice(0, 20)}" is not a number`);
        const found = ctx.sharedStrings[Number(text)];
        if (found === undefined)
          return fail(
            `a cell names shared string ${text}, but the workbook holds ${ctx.sharedStrings.length}`,
          );
        return found;
      }
      case "inlineStr":
        return inInlineSeen ? unescapeOoxml(inlineText) : hasValue ? valueText : null;
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
      case "n": {
        if (!hasValue || valueText === "") return null;
        const n = readXsdDouble(valueText);
        if (n.kind === "special") return fail(`a cell holds ${n.text}, a number no cell can hold`);
        if (n.kind === "invalid")
          return fail(`a number cell holds "${valueText.slice(0, 20)}", which is not a number`);
        if (ctx.dateStyles[style]) return dateFromSerial(n.value, ctx.date1904) ?? n.value;
        return n.value;
      }
      default:
        return fail(`a cell has the type "${type.slice(0, 20)}", which no cell has`);
    }
  };

  pkg.scan(
    part,
    () => ({
      open(name, attrs, selfClosing) {
        if (name === C) {
          const r = attrs.r;
          if (r !== undefined) {
            if (!decodeCell(r, at)) fail(`the cell reference "${r}" is not a cell of a sheet`);
            row = at.row;
            col = at.col;
          } else {
            if (row < 0) row = 0;
            col++;
            if (col > 16_383) fail("a row has more than 16,384 cells");
          }
          type = attrs.t ?? "n";
          const s = attrs.s;
          const index = s === undefined ? 0 : readXsdUnsigned(s);
          // A format the styles do not hold is damage: it would read a date as a number.
          if (index === null || (index > 0 && index >= ctx.dateStyles.length))
            fail(
              `a cell uses the cell format "${String(s).slice(0, 20)}", which the workbook's styles do not hold`,
            );
          style = index ?? 0;
          hasValue = false;
          valueText = "";
          inlineText = "";
          inInlineSeen = false;
          inCell = true;
          if (selfClosing) finishCell();
        } else if (!inCell) {
          if (name === ROW) {
            const r = attrs.r;
            if (r !== undefined) {
              const n = readXsdUnsigned(r) ?? -1;
              if (n < 1 || n > 1_048_576) fail(`the row number "${r}" is not a row of a sheet`);
              row = n - 1;
            } else row++;
            col = -1;
          } else if (name === MERGE_CELL) {
            const box = decodeRange(attrs.ref ?? "");
            if (box) out.merges.push(box);
          } else if (name === TABLE_PART) {
            const id = attrs[R_ID];
            if (id) out.tableRelIds.push(id);
          }
        } else if (name === V) {
          hasValue = true;
          if (!selfClosing) capture = 1;
        } else if (name === IS) {
          inInlineSeen = true;
          if (!selfClosing) inInline = true;
        } else if (name === RPH) {
          if (!selfClosing) phonetic++;
        } else if (name === T && inInline && phonetic === 0 && !selfClosing) capture = 2;
      },
      close(name) {
        if (!inCell) return;
        if (name === C) finishCell();
        else if (name === V || name === T) capture = 0;
        else if (name === IS) inInline = false;
        else if (name === RPH) phonetic--;
      },
      text(t) {
        if (capture === 1) valueText += t;
        else if (capture === 2) inlineText += t;
      },
    }),
    ctx.onProgress ? { onProgress: ctx.onProgress } : {},
  );
  return out;
}

/** The cells of a sheet by row: the rows that hold cells, sorted, and each one's cell indices. */
export type RowIndex = {
  readonly rows: readonly number[];
  readonly byRow: ReadonlyMap<number, readonly number[]>;
};

/** Indexes a sheet's cells by row. */
export function indexRows(cells: SheetCells): RowIndex {
  const byRow = new Map<number, number[]>();
  for (let i = 0; i < cells.rows.length; i++) {
    const r = cells.rows[i]!;
    const list = byRow.get(r);
    if (list) list.push(i);
    else byRow.set(r, [i]);
  }
  return { rows: [...byRow.keys()].sort((a, b) => a - b), byRow };
}

/**
 * Calls `visit` with the index of every cell in rows `top`..`bottom`, visiting
 * only rows that hold cells; returns how many cells it visited.
 */
export function visitRows(
  index: RowIndex,
  top: number,
  bottom: number,
  visit: (cell: number) => void,
): number {
  let lo = 0;
  let hi = index.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.rows[mid]! < top) lo = mid + 1;
    else hi = mid;
  }
  let visited = 0;
  for (let k = lo; k < index.rows.length && index.rows[k]! <= bottom; k++) {
    for (const i of index.byRow.get(index.rows[k]!)!) {
      visit(i);
      visited++;
    }
  }
  return visited;
}

/** Work allowed for blanking merged cells before a sheet counts as hostile. */
const MERGE_WORK = 50_000_000;

/**
 * Empties the cells a merged area hides (all but its top-left cell), as Excel
 * shows them. Visits only rows that hold cells, so 50,000 merges cost little.
 */
export function blankMergedCells(cells: SheetCells, index: RowIndex, part: string): void {
  let work = 0;
  for (const m of cells.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    work +=
      20 +
      visitRows(index, m.top, m.bottom, (i) => {
        const r = cells.rows[i]!;
        const c = cells.cols[i]!;
        if (c >= m.left && c <= m.right && !(r === m.top && c === m.left)) cells.values[i] = null;
      });
    if (work > MERGE_WORK)
      throw new PackageError("tooLarge", "the merged areas overlap too much to read", part);
  }
}

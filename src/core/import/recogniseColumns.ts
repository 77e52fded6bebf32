/**
 * Recognising the columns of a loose list (docs/import.md "Input"): the header row is the
 * first row with at least two recognised headers, matched case-insensitively in
 * Swedish or English; a header split over two rows is read as one.
 */
import { a1, isBlank, type CellValue, type RawRange } from "../cells";
import { isoFromUtcDate } from "../dates";
import { headerMeaning, isActivityOrAction, isKnownHeader, type ImportMeaning } from "./importTerms";

export { IMPORT_MEANINGS, headerMeaning, normaliseHeader, type ImportMeaning } from "./importTerms";

/**
 * Meaning → 0-based column index within the range (not the sheet column: a
 * selection may start in any column). A meaning without a column is absent.
 */
export type ColumnMapping = Partial<Record<ImportMeaning, number>>;

/** One header cell of the range, with what it was recognised as. */
export type HeaderColumn = {
  readonly index: number;
  readonly cell: string;
  readonly text: string;
  readonly meaning: ImportMeaning | null;
};

export type RecognisedColumns = {
  /**
   * 0-based row within the range of the header's last row (data starts below it), or
   * null when no row has two recognised headers.
   */
  readonly headerRow: number | null;
  /** The header's first and last row (two when it is split over two rows). */
  readonly headerRows: { readonly first: number; readonly last: number } | null;
  readonly mapping: ColumnMapping;
  readonly headers: readonly HeaderColumn[];
  /** Non-empty headers that got no meaning (unknown, or a second column of a meaning). */
  readonly unrecognised: readonly HeaderColumn[];
};

function cellText(v: CellValue): string {
  // An adapter may hand over an invalid Date (a date cell holding a number no calendar has).
  if (v instanceof Date) return isoFromUtcDate(v) ?? "";
  return v === null || v === undefined ? "" : String(v).trim();
}

/** A short text without digits or a "label: value" form, as headers are. */
function headerLike(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  return t !== "" && t.length <= 40 && !/\d/.test(t) && !/:\s*\S/.test(t);
}

/** A cell that counts towards finding the header row: header-like and recognised. */
function countsAsHeader(v: CellValue): boolean {
  return headerLike(v) && headerMeaning(cellText(v)) !== null;
}

/** A unit under a header: "(tkr)", "kr", "%". */
const UNIT_CELL = /^\(?\s*(?:kr|tkr|mkr|mnkr|sek|tsek|msek|kronor|%|antal|st|datum|date|år|year)\s*\)?$/iu;

/** The first row with at least two header-like cells, recognised or not; null when there is none. */
function candidateHeaderRow(range: RawRange): number | null {
  const last = Math.min(range.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    if ((range.values[r] ?? []).filter(headerLike).length >= 2) return r;
  }
  return null;
}

/** The non-empty cells of one row as headers without a meaning. */
function rowHeaders(range: RawRange, r: number): HeaderColumn[] {
  return (range.values[r] ?? []).flatMap((v, index) => {
    const text = cellText(v);
    return text === "" ? [] : [{ index, cell: a1(range.top + r, range.left + index), text, meaning: null }];
  });
}

/** Rows scanned for the header; a title block is a few rows, not a document. */
const HEADER_SEARCH_ROWS = 50;

/**
 * The header row: the first row where at least two cells are recognised headers
 * (so a title, notes, a logo's alt text or blank rows above it are passed over).
 */
export function findHeaderRow(range: RawRange): number | null {
  const last = Math.min(range.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = range.values[r] ?? [];
    if (row.filter(countsAsHeader).length >= 2) return r;
  }
  return null;
}

const rowAt = (range: RawRange, r: number): readonly CellValue[] => range.values[r] ?? [];
const blankRow = (row: readonly CellValue[]): boolean => row.every((v) => isBlank(v));

/**
 * The row below the header continues it when it only holds header words: sub-headers
 * under a merged group header ("Tidplan" over "Start" and "Slut"), the second line of
 * a wrapped header ("Aktiviteter/" over "åtgärder"), or a unit ("(tkr)"). It never
 * does when its cell under the goal or activity header holds anything but a header word.
 */
function continuesHeader(range: RawRange, h: number): boolean {
  const upper = rowAt(range, h);
  const lower = rowAt(range, h + 1);
  if (blankRow(lower)) return false;
  let recognised = 0;
  for (const [c, v] of lower.entries()) {
    if (isBlank(v)) continue;
    if (!headerLike(v)) return false;
    const text = cellText(v);
    const above = groupAbove(upper, lower, c);
    const alone = headerMeaning(text) !== null;
    const exact = above !== "" && isKnownHeader(`${above} ${text}`);
    if (alone || exact) recognised++;
    else {
      // Under the goal or activity header only a header word may stand: anything else is data.
      const meaningAbove = headerMeaning(above);
      if (meaningAbove === "goal" || meaningAbove === "activity") return false;
      if (above === "" && !UNIT_CELL.test(text)) return false;
    }
  }
  return recognised > 0;
}

/**
 * The row above the header belongs to it when it sits right above and holds only
 * header words, at least one of them recognised (a group header over sub-headers).
 */
function headerAbove(range: RawRange, h: number): boolean {
  if (h === 0) return false;
  const upper = rowAt(range, h - 1);
  if (blankRow(upper)) return false;
  return upper.every((v) => isBlank(v) || headerLike(v)) && upper.some(countsAsHeader);
}

/**
 * The header above column c of the lower row: its own cell, or, when that is empty, the
 * group header of a merged area (written in its first cell only) over a run of sub-headers.
 */
function groupAbove(upper: readonly CellValue[], lower: readonly CellValue[], c: number): string {
  let above = cellText(upper[c]);
  if (cellText(lower[c]) === "") return above;
  for (let k = c - 1; above === "" && k >= 0; k--) {
    if (cellText(lower[k]) === "") break;
    above = cellText(upper[k]);
  }
  return above;
}

/** The text of column c of a two-row header: the sub-header, joined to its group header when that makes a header. */
function twoRowText(upper: readonly CellValue[], lower: readonly CellValue[], c: number): string {
  const below = cellText(lower[c]);
  const above = groupAbove(upper, lower, c);
  if (below === "") return above;
  if (above === "") return below;
  if (headerMeaning(below) !== null) return below;
  return `${above} ${below}`;
}

/**
 * Recognises the columns of a loose list by its header row (one row, or two when the
 * header is split over two rows); the first column of a meaning wins. `mapped`: the
 * user maps the columns, so a header row of unknown headers will do.
 *
 * Without a header row, `headers` still lists the cells of the first row that looks
 * like one (two short texts), all without a meaning, so that the user can say what
 * its columns mean ("Område", "Vad vill vi uppnå", "Hur", "Vem").
 */
export function recogniseColumns(
  range: RawRange,
  options: { readonly mapped?: boolean } = {},
): RecognisedColumns {
  const candidate = candidateHeaderRow(range);
  const found = findHeaderRow(range) ?? (options.mapped ? candidate : null);
  if (found === null) {
    const headers = candidate === null ? [] : rowHeaders(range, candidate);
    return { headerRow: null, headerRows: null, mapping: {}, headers, unrecognised: headers };
  }
  let [first, last] = [found, found];
  if (continuesHeader(range, found)) last = found + 1;
  else if (headerAbove(range, found)) first = found - 1;
  const upper = rowAt(range, first);
  const lower = rowAt(range, last);
  const width = Math.max(upper.length, lower.length);
  const mapping: ColumnMapping = {};
  const headers: HeaderColumn[] = [];
  const unrecognised: HeaderColumn[] = [];
  const texts = Array.from({ length: width }, (_, index) =>
    first === last ? cellText(upper[index]) : twoRowText(upper, lower, index),
  );
  // "Åtgärd" beside an "Aktivitet" column is the action on a deviation, not a second activity.
  const ownActivity = texts.some((t) => headerMeaning(t) === "activity" && !isActivityOrAction(t));
  for (let index = 0; index < width; index++) {
    const text = texts[index] ?? "";
    if (text === "") continue;
    const read = headerMeaning(text);
    const known = read === "activity" && ownActivity && isActivityOrAction(text) ? "action" : read;
    const meaning = known !== null && mapping[known] === undefined ? known : null;
    if (meaning !== null) mapping[meaning] = index;
    const row = cellText(upper[index]) !== "" ? first : last;
    const header: HeaderColumn = { index, cell: a1(range.top + row, range.left + index), text, meaning };
    headers.push(header);
    if (meaning === null) unrecognised.push(header);
  }
  return { headerRow: last, headerRows: { first, last }, mapping, headers, unrecognised };
}

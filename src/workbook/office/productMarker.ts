/**
 * The product's marker of the sheets it wrote, shared with the file adapter: a
 * very hidden sheet "_cemr" with a header row and one row per product sheet (its
 * name, what it was written as). A sheet is the product's only while it exists and
 * is listed, so a report written by the command line can be replaced in Excel and
 * the other way round; a sheet the user renamed is no longer listed and so is never
 * replaced. The marker sheet is an ordinary used range, read in read()'s second sync.
 */
import type { CellValue } from "../../core/cells";
import { valueGrid } from "./cellGrids";
import { op, type Op } from "./payload";
import type { WorkbookState } from "./workbookState";

/** Must equal the file adapter's MARKER_SHEET (a test checks). */
export const MARKER_SHEET = "_cemr";

const HEADER = ["Sheet", "Marker"] as const;

/** One listed sheet and the 0-based row of its entry. */
export type ProductMarker = { readonly sheet: string; readonly marker: string; readonly row: number };

/** The entries of the marker sheet's used range (its first row is the header). */
export function markersOf(values: readonly (readonly CellValue[])[], top: number): ProductMarker[] {
  const out: ProductMarker[] = [];
  values.forEach((row, i) => {
    const sheet = row[0];
    const marker = row[1];
    if (top + i === 0 || typeof sheet !== "string" || sheet === "") return;
    out.push({ sheet, marker: typeof marker === "string" ? marker : "", row: top + i });
  });
  return out;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The listed sheets that exist, in workbook order. */
export function productSheetsOf(state: WorkbookState): string[] {
  return state.sheets
    .filter((s) => !same(s.name, MARKER_SHEET) && state.markers.some((m) => same(m.sheet, s.name)))
    .map((s) => s.name);
}

/** True when the sheet is one the product wrote. */
export function isProductSheet(state: WorkbookState, sheet: string): boolean {
  return productSheetsOf(state).some((s) => same(s, sheet));
}

/** The op that lists a sheet: its old entry rewritten, or a new row (and the marker sheet when missing). */
export function markerOps(
  context: Excel.RequestContext,
  state: WorkbookState,
  sheet: string,
  marker: string,
): Op[] {
  const sheets = context.workbook.worksheets;
  const exists = state.sheets.some((s) => same(s.name, MARKER_SHEET));
  const entry = state.markers.find((m) => same(m.sheet, sheet));
  const next = Math.max(1, ...state.markers.map((m) => m.row + 1));
  const row = entry?.row ?? next;
  const values = valueGrid([[sheet, marker]], 2);
  return [
    op(
      values,
      () => {
        const ws = exists ? sheets.getItem(MARKER_SHEET) : sheets.add(MARKER_SHEET);
        if (!exists) {
          ws.visibility = "VeryHidden";
          const header = ws.getRangeByIndexes(0, 0, 1, 2);
          header.numberFormat = [["@", "@"]];
          header.values = [[...HEADER]];
        }
        const range = ws.getRangeByIndexes(row, 0, 1, 2);
        range.numberFormat = [["@", "@"]];
        range.values = values;
      },
      6,
    ),
  ];
}

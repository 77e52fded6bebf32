/**
 * The product's marker of the sheets it wrote, shared with the file adapter: a
 * very hidden sheet "_cemr" with a header row and one row per product sheet (its
 * name, what it was written as). A sheet is the product's only while it exists and
 * is listed, so a report written by the command line can be replaced in Excel and
 * the other way round; a sheet the user renamed is no longer listed and so is never
 * replaced. The marker sheet is an ordinary used range, read in read()'s second sync.
 */
import { sameSheetName } from "../../core/cells";
import {
  MARKER_HEADER,
  MARKER_SHEET,
  markerOf,
  markersOf,
  productSheetsOf as listedSheets,
  type ProductMarker,
} from "../../core/productSheets";
import { valueGrid } from "./cellGrids";
import { op, type Op } from "./payload";
import type { WorkbookState } from "./workbookState";

export { MARKER_SHEET, markersOf, type ProductMarker };

/** The listed sheets that exist, in workbook order. */
export function productSheetsOf(state: WorkbookState): string[] {
  return listedSheets(
    state.sheets.map((s) => s.name),
    state.markers,
  );
}

/** True when the sheet is one the product wrote. */
export function isProductSheet(state: WorkbookState, sheet: string): boolean {
  return productSheetsOf(state).some((s) => sameSheetName(s, sheet));
}

/**
 * The marker of a product sheet's previous version while it is being replaced: the
 * old sheet is renamed and listed with this prefix and the name it is replaced under,
 * so a copy an interrupted replace leaves behind is still the product's, never the user's.
 */
export const REPLACED_PREFIX = "replaced:";

/** The listed copies (existing sheets) that a replace of `sheet` left behind. */
export function replacedCopiesOf(state: WorkbookState, sheet: string): string[] {
  const listed = state.markers.filter((m) => sameSheetName(m.marker, `${REPLACED_PREFIX}${sheet}`));
  return productSheetsOf(state).filter((s) => markerOf(listed, s) !== undefined);
}

export type MarkerEntry = { readonly sheet: string; readonly marker: string };

/** The rows of the entries: an existing entry's row, else new rows below the last one. */
export function entryRows(state: WorkbookState, entries: readonly MarkerEntry[]): number[] {
  let next = Math.max(1, ...state.markers.map((m) => m.row + 1));
  return entries.map((e) => markerOf(state.markers, e.sheet)?.row ?? next++);
}

/**
 * The op that lists sheets: each entry rewritten in its row or added below, the
 * marker sheet added (very hidden) when missing. The header is written every time,
 * so a marker sheet that an interrupted write left half made is repaired; its
 * visibility is set only when it is added, since Excel on Windows and Mac cannot
 * undo Worksheet.visibility and clears the user's undo stack at it (docs/real-excel.md).
 */
export function markerOps(
  context: Excel.RequestContext,
  state: WorkbookState,
  entries: readonly MarkerEntry[],
): Op[] {
  if (entries.length === 0) return [];
  const sheets = context.workbook.worksheets;
  const exists = state.sheets.some((s) => sameSheetName(s.name, MARKER_SHEET));
  const rows = entryRows(state, entries);
  const values = entries.map((e) => valueGrid([[e.sheet, e.marker]], 2));
  return [
    op(
      values,
      () => {
        const ws = exists ? sheets.getItem(MARKER_SHEET) : sheets.add(MARKER_SHEET);
        if (!exists) ws.visibility = "VeryHidden";
        const header = ws.getRangeByIndexes(0, 0, 1, 2);
        header.numberFormat = [["@", "@"]];
        header.values = [[...MARKER_HEADER]];
        entries.forEach((_, i) => {
          const range = ws.getRangeByIndexes(rows[i] ?? 1, 0, 1, 2);
          range.numberFormat = [["@", "@"]];
          range.values = values[i] ?? [["", ""]];
        });
      },
      4 + 2 * entries.length,
    ),
  ];
}

/** The op that empties marker rows (entries of sheets the product deleted). */
export function unlistOps(context: Excel.RequestContext, rows: readonly number[]): Op[] {
  if (rows.length === 0) return [];
  return [
    op(
      rows,
      () => {
        const ws = context.workbook.worksheets.getItem(MARKER_SHEET);
        for (const row of rows) ws.getRangeByIndexes(row, 0, 1, 2).values = [["", ""]];
      },
      1 + rows.length,
    ),
  ];
}

/**
 * The product's marker of the sheets it wrote, one format for both adapters: a
 * very hidden sheet "_cemr" with the header row "Sheet", "Marker" and one row per
 * product sheet (its name, what it was written as), all as text. A sheet is the
 * product's only while it exists and is listed, so a report written by the command
 * line can be replaced in Excel and the other way round, and a sheet the user
 * renamed is never replaced.
 */
import { sameSheetName, type CellValue } from "../cells";

export const MARKER_SHEET = "_cemr";
export const MARKER_HEADER = ["Sheet", "Marker"] as const;
export const MARKER_VISIBILITY = "veryHidden";

/** One listed sheet and the 0-based row of its entry. */
export type ProductMarker = { readonly sheet: string; readonly marker: string; readonly row: number };

/** The entries of the marker sheet's used range starting at 0-based row `top` (row 0 is the header). */
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

/** The entry that lists `sheet` (sheet names compared as Excel does), or undefined. */
export function markerOf(markers: readonly ProductMarker[], sheet: string): ProductMarker | undefined {
  return markers.find((m) => sameSheetName(m.sheet, sheet));
}

/**
 * The product's sheets: of the workbook's sheet names, in its order, those the marker
 * lists, the marker sheet itself never. Both adapters answer productSheets() with it.
 */
export function productSheetsOf(sheetNames: readonly string[], markers: readonly ProductMarker[]): string[] {
  return sheetNames.filter((s) => !sameSheetName(s, MARKER_SHEET) && markerOf(markers, s) !== undefined);
}

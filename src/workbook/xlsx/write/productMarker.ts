/**
 * Listing a sheet on the product's marker (the very hidden "_cemr" sheet, format
 * in src/core/productSheets/productMarker.ts): its row rewritten, or a new row below the
 * last entry; the header and the very hidden state are set every time. A new
 * marker sheet goes after the sheet it lists (as in Excel).
 */
import { TEXT_FORMAT } from "../../../core/style";
import {
  MARKER_HEADER,
  MARKER_SHEET,
  MARKER_VISIBILITY,
  markerOf,
  type ProductMarker,
} from "../../../core/productSheets";
import { WorkbookWriteError } from "../../floor";
import type { WorkbookWriter } from "./workbookWriter";

/** Lists `sheet` as written as `marker`; `entries` are the marker sheet's entries as read. */
export function markProductSheet(
  w: WorkbookWriter,
  entries: readonly ProductMarker[],
  sheet: string,
  marker: string,
): void {
  const existing = w.workbook.sheet(MARKER_SHEET);
  let part: string;
  if (existing?.part) {
    part = existing.part;
    if (existing.state !== MARKER_VISIBILITY) w.workbook.setState(existing.name, MARKER_VISIBILITY);
  } else {
    if (w.workbook.structureLocked()) throw new WorkbookWriteError("workbookProtected", MARKER_SHEET);
    part = w.addSheet(MARKER_SHEET, MARKER_VISIBILITY).sheet.part ?? "";
  }
  const edit = w.sheetEdit(part);
  if (edit.isProtected()) throw new WorkbookWriteError("sheetProtected", MARKER_SHEET);
  const row = markerOf(entries, sheet)?.row ?? Math.max(0, ...entries.map((e) => e.row)) + 1;
  const text = w.styles.cellStyle({ numFmt: TEXT_FORMAT });
  edit.writeCells([
    ...MARKER_HEADER.map((h, col) => ({ row: 0, col, value: h, style: text })),
    { row, col: 0, value: sheet, style: text },
    { row, col: 1, value: marker, style: text },
  ]);
}

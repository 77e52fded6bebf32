/**
 * The WorkbookPort on a workbook file in memory (command line and web page):
 * reads come from the package reader, writes from the package writer (write/),
 * each one action that is done whole or not at all.
 */
import type { WorkbookPort } from "../../app/ports";
import { MARKER_SHEET, markersOf, type ProductMarker } from "../../core/style";
import { protectSheetsIn } from "./write/protectSheets";
import { writeReportSheet } from "./write/reportSheet";
import { setUpTables } from "./write/setupTables";
import { addTableColumns } from "./write/tableColumns";
import { appendTableRows, updateTableRows } from "./write/tableRows";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/** The entries of the product's marker sheet, as read. */
function markerEntries(wb: XlsxWorkbook): ProductMarker[] {
  const marker = wb.raw().sheets.find((s) => s.sheet.toLowerCase() === MARKER_SHEET);
  if (!marker || marker.left > 0) return [];
  return markersOf(marker.values, marker.top);
}

/** The sheets the marker lists that exist, in workbook order. */
function productSheetsOf(wb: XlsxWorkbook): string[] {
  const listed = new Set(markerEntries(wb).map((m) => m.sheet.toLowerCase()));
  return wb.sheetNames().filter((s) => s.toLowerCase() !== MARKER_SHEET && listed.has(s.toLowerCase()));
}

/** A WorkbookPort that reads and writes the given workbook; save it with saveXlsx. */
export function xlsxPort(wb: XlsxWorkbook): WorkbookPort {
  return {
    read: async () => wb.raw(),
    sheetNames: async () => wb.sheetNames(),
    addTables: async (tables, progress) => wb.write((w) => setUpTables(w, tables, progress)),
    addColumns: async (additions) => {
      await wb.write((w) => addTableColumns(w, additions));
      return true;
    },
    appendRows: async (appends) => wb.write((w) => appendTableRows(w, appends)),
    writeSheet: async (layout, options) =>
      wb.write((w) =>
        writeReportSheet(w, layout, { replace: options?.replace === true, markers: markerEntries(wb) }),
      ),
    productSheets: async () => productSheetsOf(wb),
    updateRows: async (updates) => wb.write((w) => updateTableRows(w, updates)),
    protectSheets: async (sheets) => wb.write((w) => protectSheetsIn(w, sheets)),
  };
}

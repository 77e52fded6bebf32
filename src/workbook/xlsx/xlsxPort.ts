/**
 * The WorkbookPort on a workbook file in memory (command line and web page):
 * reads come from the package reader, writes from the package writer (write/),
 * each one action that is done whole or not at all.
 */
import type { WorkbookPort } from "../../app/ports";
import { sameSheetName } from "../../core/cells";
import { MARKER_SHEET, markersOf, productSheetsOf, type ProductMarker } from "../../core/productSheets";
import {
  addTableColumns,
  appendTableRows,
  checkTableAppends,
  protectSheetsIn,
  setUpTables,
  updateTableRows,
  writeReportSheet,
} from "./write";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/** The entries of the product's marker sheet, as read. */
function markerEntries(wb: XlsxWorkbook): ProductMarker[] {
  const marker = wb.raw().sheets.find((s) => sameSheetName(s.sheet, MARKER_SHEET));
  if (!marker || marker.left > 0) return [];
  return markersOf(marker.values, marker.top);
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
    checkAppends: async (appends) => wb.check((w) => checkTableAppends(w, appends)),
    writeSheet: async (layout, options) =>
      wb.write((w) =>
        writeReportSheet(w, layout, { replace: options?.replace === true, markers: markerEntries(wb) }),
      ),
    productSheets: async () => productSheetsOf(wb.sheetNames(), markerEntries(wb)),
    updateRows: async (updates) => wb.write((w) => updateTableRows(w, updates)),
    protectSheets: async (sheets) => wb.write((w) => protectSheetsIn(w, sheets)),
  };
}

/** The WorkbookPort on an in-memory workbook (command line and web page). */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../app/ports";
import type { RawWorkbook } from "../../core/cells";
import { addTablesTo } from "./addTables";
import { appendRowsTo } from "./appendRows";
import { MARKER_SHEET, productSheetNames } from "./productMarker";
import { protectSheetsIn } from "./protectSheets";
import { readWorkbook } from "./readWorkbook";
import { updateRowsIn } from "./updateRows";
import { writeSheetTo } from "./writeSheet";
import { XlsxWorkbook, type AnyXlsxWorkbook } from "./xlsxFile";

/** The product sheets the marker sheet lists, from the cells as read (workbook order, existing only). */
function productSheetsIn(raw: RawWorkbook, sheetNames: readonly string[]): string[] {
  const marker = raw.sheets.find((s) => s.sheet.toLowerCase() === MARKER_SHEET);
  if (!marker) return [];
  const listed = new Set<string>();
  marker.values.forEach((row, i) => {
    const name = marker.top + i > 0 ? row[0 - marker.left] : undefined;
    if (typeof name === "string" && name !== "") listed.add(name.toLowerCase());
  });
  return sheetNames.filter((s) => s.toLowerCase() !== MARKER_SHEET && listed.has(s.toLowerCase()));
}

/** A WorkbookPort that reads and writes the given workbook; save it with saveXlsx. */
export function xlsxPort(wb: AnyXlsxWorkbook): WorkbookPort {
  const book = async (): Promise<ExcelJS.Workbook> => (wb instanceof XlsxWorkbook ? wb.legacy() : wb);
  const opened = wb instanceof XlsxWorkbook ? wb : null;
  return {
    read: async () => (opened ? opened.raw() : readWorkbook(wb as ExcelJS.Workbook)),
    sheetNames: async () =>
      opened ? opened.sheetNames() : (wb as ExcelJS.Workbook).worksheets.map((ws) => ws.name),
    addTables: async (tables, progress) => addTablesTo(await book(), tables, progress),
    appendRows: async (appends) => appendRowsTo(await book(), appends),
    writeSheet: async (layout, options) => writeSheetTo(await book(), layout, options ?? {}),
    productSheets: async () =>
      opened && !opened.legacyWorkbook
        ? productSheetsIn(opened.raw(), opened.sheetNames())
        : productSheetNames(await book()),
    updateRows: async (updates) => updateRowsIn(await book(), updates),
    protectSheets: async (sheets) => protectSheetsIn(await book(), sheets),
  };
}

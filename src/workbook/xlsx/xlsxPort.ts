/** The WorkbookPort on an in-memory exceljs workbook (command line and web page). */
import type { WorkbookPort } from "../../app/ports";
import { addTablesTo } from "./addTables";
import { appendRowsTo } from "./appendRows";
import { productSheetNames } from "./productMarker";
import { protectSheetsIn } from "./protectSheets";
import { readWorkbook } from "./readWorkbook";
import { updateRowsIn } from "./updateRows";
import { writeSheetTo } from "./writeSheet";
import type { XlsxWorkbook } from "./xlsxFile";

/** A WorkbookPort that reads and writes the given workbook; save it with saveXlsx. */
export function xlsxPort(wb: XlsxWorkbook): WorkbookPort {
  return {
    read: async () => readWorkbook(wb),
    sheetNames: async () => wb.worksheets.map((ws) => ws.name),
    addTables: async (tables, progress) => addTablesTo(wb, tables, progress),
    appendRows: async (appends) => appendRowsTo(wb, appends),
    writeSheet: async (layout, options) => writeSheetTo(wb, layout, options ?? {}),
    productSheets: async () => productSheetNames(wb),
    updateRows: async (updates) => updateRowsIn(wb, updates),
    protectSheets: async (sheets) => protectSheetsIn(wb, sheets),
  };
}

/** The .xlsx file adapter: open, save, and the WorkbookPort on an open workbook. */
export { openXlsx, newXlsx, saveXlsx, type XlsxWorkbook } from "./xlsxFile";
export { xlsxPort } from "./xlsxPort";
export { WorkbookFileError, sniffWorkbookBytes, type WorkbookFileReason } from "./fileErrors";
export { WorkbookWriteError, type WorkbookWriteReason } from "./writeErrors";
export { MARKER_SHEET } from "./productMarker";

/** The .xlsx file adapter: open, save, and the WorkbookPort on an open workbook. */
export { openXlsx, newXlsx, saveXlsx, xlsxCellValue, XlsxWorkbook, type OpenOptions } from "./xlsxFile";
export { readXlsxBytes } from "./readXlsx";
export { xlsxPort } from "./xlsxPort";
export { WorkbookFileError, sniffWorkbookBytes, type WorkbookFileReason } from "./fileErrors";
export { WorkbookWriteError, type WorkbookWriteReason } from "./writeErrors";
export { MARKER_SHEET } from "../../core/style";
export type { PackageRead, ReadProgress } from "./read/readPackage";

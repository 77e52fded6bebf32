/** The .xlsx file adapter: open, save, and the WorkbookPort on an open workbook. */
export { openXlsx, newXlsx, saveXlsx, xlsxCellValue, XlsxWorkbook, type OpenOptions } from "./xlsxFile";
export { readXlsxBytes } from "./readXlsx";
export { xlsxPort } from "./xlsxPort";
export { WorkbookFileError, sniffWorkbookBytes, type WorkbookFileReason } from "./fileErrors";
export { WorkbookWriteError, type WorkbookWriteReason } from "../floor";
export { MARKER_SHEET } from "../../core/productSheets";
export type { PackageRead, ReadProgress } from "./read";
// The package layer, for the Word section's writer, the command line's deflater and the benchmark.
export { Package, decodePartText, setDeflater } from "./package";
// The chart writer and package edits the Word section's writer builds on.
export { addContentTypes, addRelationship, chartXml, type ChartCell, xmlAttr, xmlText } from "./write";

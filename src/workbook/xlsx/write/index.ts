/**
 * Writing into a workbook package, one action done whole or not at all
 * (workbookWriter.ts): new packages, plan tables set up, rows appended and updated,
 * report sheets with their charts, protection. The Word section (src/workbook/docx)
 * builds on the same chart writer and package edits.
 */
export { checkAction, writeAction, WorkbookWriter } from "./workbookWriter";
export { WorkbookEdit } from "./workbookEdit";
export { newWorkbookPackage } from "./newPackage";
export { setUpTables } from "./setupTables";
export { addTableColumns } from "./tableColumns";
export { appendTableRows, checkTableAppends, updateTableRows } from "./tableRows";
export { writeReportSheet, type ReportTarget } from "./reportSheet";
export { protectSheetsIn } from "./protectSheets";
export { chartXml, type ChartCell } from "./chartXml";
export { addContentTypes, addRelationship } from "./packageEdits";
export { xmlAttr, xmlText } from "./xmlText";

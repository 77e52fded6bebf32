/** Reading a workbook package: its workbook part, sheets, cells and tables, as the core's RawWorkbook. */
export {
  DEFAULT_READ_LIMITS,
  readPackageWorkbook,
  type PackageRead,
  type ReadLimits,
  type ReadOptions,
  type ReadProgress,
  type SheetRead,
  type SheetTable,
} from "./readPackage";
export { findWorkbookPart, readWorkbookInfo, type WorkbookInfo } from "./workbookPart";
export { decodeCell } from "./cellRefs";

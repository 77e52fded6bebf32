/**
 * Cells as the core sees them (values, ranges, addresses, A1 references) and Excel's rules for
 * sheet names, with sameSheetName, the one equality of sheet names.
 */
export {
  a1,
  type Area,
  areaA1,
  type CellFormat,
  type CellRef,
  type CellValue,
  columnIndex,
  columnLetters,
  intersectAreas,
  isBlank,
  type RawRange,
  type RawTable,
  type RawWorkbook,
  sheetRef,
} from "./cells";
export {
  excelNameKey,
  safeSheetName,
  sameSheetName,
  sameTableName,
  type SheetNameProblem,
  sheetNameProblem,
} from "./sheetNames";

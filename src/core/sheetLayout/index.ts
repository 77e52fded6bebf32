/**
 * A report sheet, renderer-neutral (cells, merges, tables, charts, print settings), and how
 * its text behaves.
 */
export { wrapsText } from "./layoutText";
export {
  type LayoutArea,
  type LayoutBlock,
  type LayoutCell,
  type LayoutChart,
  type LayoutStyle,
  type LayoutTable,
  MAX_ROW_HEIGHT,
  type SheetLayout,
} from "./sheetLayout.types";

/**
 * One OOXML vocabulary for every part we read or write, .xlsx and .docx alike:
 * namespaces (with the Strict → Transitional map), relationship and content types,
 * the schemas' element order and SpreadsheetML's paper codes. A floor under the
 * adapters: it imports nothing; the package layer, the reader, the writer and the
 * Word section's writer all speak it.
 */
export {
  clark,
  NS_CHART,
  NS_CONTENT_TYPES,
  NS_CORE_PROPERTIES,
  NS_DRAWING,
  NS_DUBLIN_CORE,
  NS_EXTENDED_PROPERTIES,
  NS_MC,
  NS_PKG_RELS,
  NS_R,
  NS_SHEET_DRAWING,
  NS_SML,
  NS_XML,
  sml,
  STRICT_TO_TRANSITIONAL,
} from "./namespaces";
export { CONTENT_TYPES, REL_TYPES, transitionalRelType } from "./partTypes";
export { elementsBefore, STYLESHEET_ORDER, WORKBOOK_ORDER, WORKSHEET_ORDER } from "./elementOrder";
export { PAPER_SIZE_CODES } from "./paper";

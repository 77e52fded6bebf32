/**
 * The style decisions both adapters render: cell looks, the tables' look, number
 * formats, colour and validation rules, formula text, the product's marker and the
 * print policy.
 */
export { LISTS_HEADER_LOOK, type Look, lookOf, LOOKS, rowHeightFor, tableHeaderLook } from "./cellLooks";
export { cellFormatCode, numberFormatCode, TEXT_FORMAT } from "./numberFormats";
export {
  MARKER_HEADER,
  MARKER_SHEET,
  MARKER_VISIBILITY,
  markerOf,
  markersOf,
  productSheetsOf,
  type ProductMarker,
} from "./productMarker";
export { PAGE_FIT } from "./printPage";
export { colourFormula } from "./colourRules";
export { coveredBodyRows, FROZEN_HEADER_ROWS, TABLE_LOOK, TABLE_STYLE } from "./tableLook";
export { validationFormula, validationRule } from "./validationRules";
export { formulaString } from "./formulaText";
export {
  SERIES_COLOURS,
  seriesColour,
  seriesFill,
  type SeriesColour,
  type SeriesMeaning,
  type SeriesToken,
} from "./seriesColours";
export { tableRules, type TableRules } from "./tableRules";

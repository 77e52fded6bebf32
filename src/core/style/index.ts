/**
 * The style decisions both adapters render: cell looks, the tables' look, number
 * formats, colour and validation rules, formula text, series colours and the print
 * policy.
 */
export { LISTS_HEADER_LOOK, type Look, lookOf, LOOKS, rowHeightFor, tableHeaderLook } from "./cellLooks";
export { cellFormatCode, numberFormatCode, TEXT_FORMAT } from "./numberFormats";
export { PAGE_FIT } from "./printPage";
export { colourFormula } from "./colourRules";
export { coveredBodyRows, FROZEN_HEADER_ROWS, TABLE_LOOK, TABLE_STYLE } from "./tableLook";
export { validationFormula, validationRule } from "./validationRules";
export { formulaString } from "./formulaText";
export { SERIES_COLOURS, seriesColour, seriesFill, type SeriesMeaning } from "./seriesColours";
export { tableRules, type TableRules } from "./tableRules";

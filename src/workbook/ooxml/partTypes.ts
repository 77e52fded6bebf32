/**
 * Relationship types and content types of the parts we read and write, each spelled
 * once (Transitional spelling; transitionalRelType turns a Strict one into it).
 */

/** Relationship types: the Strict prefix and its Transitional twin. */
const STRICT_REL_PREFIX = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const REL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** A relationship type in its Transitional spelling. */
export function transitionalRelType(type: string): string {
  return type.startsWith(STRICT_REL_PREFIX) ? REL_PREFIX + type.slice(STRICT_REL_PREFIX.length) : type;
}

/** The relationship types the reader follows and the writers add. */
export const REL_TYPES = {
  officeDocument: `${REL_PREFIX}officeDocument`,
  worksheet: `${REL_PREFIX}worksheet`,
  chartsheet: `${REL_PREFIX}chartsheet`,
  dialogsheet: `${REL_PREFIX}dialogsheet`,
  macrosheet: "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
  sharedStrings: `${REL_PREFIX}sharedStrings`,
  styles: `${REL_PREFIX}styles`,
  table: `${REL_PREFIX}table`,
  drawing: `${REL_PREFIX}drawing`,
  chart: `${REL_PREFIX}chart`,
  calcChain: `${REL_PREFIX}calcChain`,
  extendedProperties: `${REL_PREFIX}extended-properties`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

const SML_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The content types of the parts the writers add. */
export const CONTENT_TYPES = {
  workbook: `${SML_TYPE}.sheet.main+xml`,
  worksheet: `${SML_TYPE}.worksheet+xml`,
  styles: `${SML_TYPE}.styles+xml`,
  table: `${SML_TYPE}.table+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  /** A binary workbook's (.xlsb) main part: recognised so it can be refused. */
  binaryWorkbook: "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
} as const;

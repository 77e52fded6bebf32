/** Content types and relationship types of the parts the writer adds. */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const REL_TYPES = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  calcChain: `${REL}/calcChain`,
  extendedProperties: `${REL}/extended-properties`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

export const CONTENT_TYPES = {
  workbook: `${SML}.sheet.main+xml`,
  worksheet: `${SML}.worksheet+xml`,
  styles: `${SML}.styles+xml`,
  table: `${SML}.table+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
} as const;

export const NS = {
  sml: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: REL,
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

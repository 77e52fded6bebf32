/**
 * The namespaces of the parts we read. Strict OOXML (ISO/IEC 29500 Strict) names
 * the same vocabularies with other URIs; the XML scanner maps each Strict URI to
 * its Transitional twin, so readers compare against one set of names whatever the
 * file's flavour or prefixes (`x:`, `ns0:` …).
 */

/** SpreadsheetML (workbook, sheets, tables, styles, shared strings). */
export const NS_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Relationship ids inside parts (`r:id`). */
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The package's relationship parts (`_rels/*.rels`). */
export const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** `[Content_Types].xml`. */
export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
/** The `xml:` prefix. */
export const NS_XML = "http://www.w3.org/XML/1998/namespace";
/** Markup compatibility (`mc:AlternateContent`, `mc:Ignorable`). */
export const NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Strict URI → Transitional URI. */
export const STRICT_TO_TRANSITIONAL: ReadonlyMap<string, string> = new Map([
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", NS_SML],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", NS_R],
  ["http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"],
  [
    "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  ],
  ["http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart"],
  [
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  ],
  [
    "http://purl.oclc.org/ooxml/officeDocument/customProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  ],
  [
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  ],
]);

/** Relationship types: the Strict prefix and its Transitional twin. */
const STRICT_REL_PREFIX = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const REL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** A relationship type in its Transitional spelling. */
export function transitionalRelType(type: string): string {
  return type.startsWith(STRICT_REL_PREFIX) ? REL_PREFIX + type.slice(STRICT_REL_PREFIX.length) : type;
}

/** Relationship types the reader follows (Transitional spelling). */
export const REL = {
  officeDocument: `${REL_PREFIX}officeDocument`,
  worksheet: `${REL_PREFIX}worksheet`,
  chartsheet: `${REL_PREFIX}chartsheet`,
  dialogsheet: `${REL_PREFIX}dialogsheet`,
  macrosheet: "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
  sharedStrings: `${REL_PREFIX}sharedStrings`,
  styles: `${REL_PREFIX}styles`,
  table: `${REL_PREFIX}table`,
} as const;

/** `{uri}local`: the expanded name the scanner gives elements and prefixed attributes. */
export function clark(uri: string, local: string): string {
  return `{${uri}}${local}`;
}

/** A SpreadsheetML element's expanded name. */
export function sml(local: string): string {
  return clark(NS_SML, local);
}

/**
 * The namespaces of the OOXML parts we read and write (.xlsx and .docx), each
 * spelled once. Strict OOXML (ISO/IEC 29500 Strict) names the same vocabularies with
 * other URIs; the XML scanner maps each Strict URI to its Transitional twin, so
 * readers compare against one set of names whatever the file's flavour or prefixes
 * (`x:`, `ns0:` …).
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
/** DrawingML's main vocabulary (`a:`: graphic frames, fills, text). */
export const NS_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
/** DrawingML charts (`c:`). */
export const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
/** A sheet's drawing part (`xdr:`: anchors of charts on cells). */
export const NS_SHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
/** The extended (application) properties part, docProps/app.xml. */
export const NS_EXTENDED_PROPERTIES =
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
/** The core properties part, docProps/core.xml (`cp:`). */
export const NS_CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
/** Dublin Core elements (`dc:creator` in the core properties). */
export const NS_DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

/** Strict URI → Transitional URI. */
export const STRICT_TO_TRANSITIONAL: ReadonlyMap<string, string> = new Map([
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", NS_SML],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", NS_R],
  ["http://purl.oclc.org/ooxml/drawingml/main", NS_DRAWING],
  ["http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", NS_SHEET_DRAWING],
  ["http://purl.oclc.org/ooxml/drawingml/chart", NS_CHART],
  ["http://purl.oclc.org/ooxml/officeDocument/extendedProperties", NS_EXTENDED_PROPERTIES],
  [
    "http://purl.oclc.org/ooxml/officeDocument/customProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  ],
  [
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  ],
]);

/** `{uri}local`: the expanded name the scanner gives elements and prefixed attributes. */
export function clark(uri: string, local: string): string {
  return `{${uri}}${local}`;
}

/** A SpreadsheetML element's expanded name. */
export function sml(local: string): string {
  return clark(NS_SML, local);
}

/**
 * The OOXML package layer: zip container, strict XML, relationships, content
 * types and the Package model the workbook reader and writers build on.
 */
export { Package } from "./package";
export { decodePartText } from "./encoding";
export { PackageError } from "./packageError";
export { CONTENT_TYPES_PART, contentTypeOf } from "./contentTypes";
export { freeRelationshipId, serializeRelationships, type Relationship } from "./relationships";
export { normalizePartName, relativeTarget, relsPartOf } from "./partNames";
export { XmlScanner } from "./xmlScanner";
export type { XmlAttributes, XmlHandler } from "./xmlHandler";
export { childElements, firstChild, textContent } from "./xmlTree";
export { setDeflater } from "./zipWrite";

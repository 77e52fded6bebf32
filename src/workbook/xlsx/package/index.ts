/**
 * The OOXML package layer: zip container, strict XML, relationships, content
 * types and the Package model the workbook reader and writers build on.
 */
export { Package } from "./package";
export { decodePartText } from "./encoding";
export type { PackageChanges } from "./packageParts";
export type { ScanOptions } from "./partScan";
export { PackageError, type PackageErrorKind } from "./packageError";
export { DEFAULT_LIMITS, limitsWith, type PackageLimits } from "./limits";
export {
  CONTENT_TYPES_PART,
  contentTypeOf,
  parseContentTypes,
  serializeContentTypes,
  type ContentTypes,
} from "./contentTypes";
export {
  freeRelationshipId,
  parseRelationships,
  serializeRelationships,
  type Relationship,
  type RelationshipSpec,
} from "./relationships";
export {
  normalizePartName,
  partFolder,
  partKey,
  relativeTarget,
  relsPartOf,
  resolveTarget,
} from "./partNames";
export { XmlScanner, scanXml } from "./xmlScanner";
export type { XmlAttributes, XmlHandler, XmlScanOptions } from "./xmlHandler";
export { decodeEntities } from "./xmlEntities";
export {
  childElements,
  descendants,
  escapeXmlAttribute,
  escapeXmlText,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
  type XmlNode,
} from "./xmlTree";
export { crc32, Crc32 } from "./crc32";
export {
  readZipDirectory,
  inflateEntry,
  inflateEntryBytes,
  rawEntryBytes,
  type ZipEntry,
  type InflateBudget,
} from "./zipRead";
export { setDeflater, writeZip, type Deflater, type ZipWriteItem } from "./zipWrite";

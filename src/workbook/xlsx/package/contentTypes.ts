/** `[Content_Types].xml`: the content type of each part, by Default (extension) or Override (part name). */
import { NS_CONTENT_TYPES } from "../../ooxml";
import { normalizePartName, partKey } from "./partNames";
import { escapeXmlAttribute, parseXml } from "./xmlTree";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** The content types of a package; keys are lower-case, entries keep their spelling for writing. */
export type ContentTypes = {
  /** Extension (lower-case, no dot) → { extension as written, content type }. */
  readonly defaults: Map<string, { readonly extension: string; readonly type: string }>;
  /** Part key (see partKey) → { part name without "/", content type }. */
  readonly overrides: Map<string, { readonly part: string; readonly type: string }>;
};

function localName(name: string): string {
  return name.slice(name.lastIndexOf("}") + 1);
}

/** Parses `[Content_Types].xml`. */
export function parseContentTypes(xml: string): ContentTypes {
  const root = parseXml(xml, { part: CONTENT_TYPES_PART });
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  for (const c of root.children) {
    if (typeof c === "string") continue;
    const type = c.attributes.ContentType ?? "";
    if (localName(c.name) === "Default" && c.attributes.Extension !== undefined) {
      const extension = c.attributes.Extension;
      types.defaults.set(extension.toLowerCase(), { extension, type });
    } else if (localName(c.name) === "Override" && c.attributes.PartName !== undefined) {
      const part = normalizePartName(c.attributes.PartName);
      types.overrides.set(partKey(part), { part, type });
    }
  }
  return types;
}

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(partKey(part));
  if (override) return override.type;
  const dot = part.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase())?.type;
}

/** `[Content_Types].xml` text for these content types. */
export function serializeContentTypes(types: ContentTypes): string {
  const defaults = [...types.defaults.values()].map(
    (d) =>
      `<Default Extension="${escapeXmlAttribute(d.extension)}" ContentType="${escapeXmlAttribute(d.type)}"/>`,
  );
  const overrides = [...types.overrides.values()].map(
    (o) =>
      `<Override PartName="/${escapeXmlAttribute(o.part)}" ContentType="${escapeXmlAttribute(o.type)}"/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Types xmlns="${NS_CONTENT_TYPES}">${defaults.join("")}${overrides.join("")}</Types>`
  );
}

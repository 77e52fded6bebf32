/**
 * Small edits of the package's bookkeeping parts, spliced so that every entry we
 * do not add stays as it was: a relationship added to a .rels part, a content
 * type Override added to [Content_Types].xml, a free part name.
 */
import { NS_CONTENT_TYPES, NS_PKG_RELS } from "../../ooxml";
import {
  CONTENT_TYPES_PART,
  contentTypeOf,
  freeRelationshipId,
  relativeTarget,
  relsPartOf,
  serializeRelationships,
  type Package,
} from "../package";
import { appendChildren, applySplices, findElements, prefixOf, qualified } from "./xmlSplice";
import { xmlAttr } from "./xmlText";

const RELATIONSHIPS = `{${NS_PKG_RELS}}Relationships`;
const RELATIONSHIP = `{${NS_PKG_RELS}}Relationship`;
const TYPES = `{${NS_CONTENT_TYPES}}Types`;

/** The smallest free part name `${stem}${n}${extension}` (n ≥ 1), compared as OPC does. */
export function freePartName(
  pkg: Package,
  stem: string,
  extension: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${extension}`;
    if (!pkg.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Adds a relationship from `source` to the internal part `target` (or to an
 * external target); returns its id. A missing .rels part is created.
 */
export function addRelationship(
  pkg: Package,
  source: string,
  type: string,
  target: string,
  options: { external?: boolean } = {},
): string {
  const relsPart = relsPartOf(source);
  const written = options.external ? target : relativeTarget(source, target);
  const existing = pkg.find(relsPart);
  if (!existing) {
    const id = "rId1";
    pkg.set(
      relsPart,
      serializeRelationships([{ id, type, target: written, external: options.external ?? false }]),
    );
    return id;
  }
  const text = pkg.text(existing);
  const id = freeRelationshipId(pkg.relationships(source));
  const [root] = findElements(text, (name, depth) => depth === 1 && name === RELATIONSHIPS, existing);
  if (!root) throw new Error(`${existing} is not a relationships part`);
  const tag = qualified(prefixOf(root.qname), "Relationship");
  const mode = options.external ? ' TargetMode="External"' : "";
  const entry = `<${tag} Id="${xmlAttr(id)}" Type="${xmlAttr(type)}" Target="${xmlAttr(written)}"${mode}/>`;
  pkg.set(existing, applySplices(text, appendChildren(root, entry)));
  return id;
}

/** Removes relationships (by id) from a part's .rels. */
export function removeRelationships(pkg: Package, source: string, ids: ReadonlySet<string>): void {
  const relsPart = pkg.find(relsPartOf(source));
  if (!relsPart || ids.size === 0) return;
  const text = pkg.text(relsPart);
  const doomed = findElements(text, (name, depth) => depth === 2 && name === RELATIONSHIP, relsPart).filter(
    (r) => ids.has(r.attributes.Id ?? ""),
  );
  pkg.set(
    relsPart,
    applySplices(
      text,
      doomed.map((r) => ({ start: r.openStart, end: r.closeEnd, text: "" })),
    ),
  );
}

/** Gives parts their content types: an Override each, unless the part already has that type. */
export function addContentTypes(pkg: Package, parts: readonly { part: string; type: string }[]): void {
  const text = pkg.text(CONTENT_TYPES_PART);
  const types = pkg.contentTypes();
  const [root] = findElements(text, (name, depth) => depth === 1 && name === TYPES, CONTENT_TYPES_PART);
  if (!root) throw new Error("[Content_Types].xml has no Types element");
  const tag = qualified(prefixOf(root.qname), "Override");
  const entries = parts
    .filter((p) => contentTypeOf(types, p.part) !== p.type)
    .map((p) => `<${tag} PartName="/${xmlAttr(p.part)}" ContentType="${xmlAttr(p.type)}"/>`)
    .join("");
  if (entries !== "") pkg.set(CONTENT_TYPES_PART, applySplices(text, appendChildren(root, entries)));
}

/** Removes the Overrides of parts that are gone. */
export function removeContentTypes(pkg: Package, parts: readonly string[]): void {
  if (parts.length === 0) return;
  const keys = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const text = pkg.text(CONTENT_TYPES_PART);
  const doomed = findElements(
    text,
    (name, depth) => depth === 2 && name === `{${NS_CONTENT_TYPES}}Override`,
    CONTENT_TYPES_PART,
  ).filter((o) => keys.has(`/${(o.attributes.PartName ?? "").replace(/^\/+/, "")}`.toLowerCase()));
  pkg.set(
    CONTENT_TYPES_PART,
    applySplices(
      text,
      doomed.map((o) => ({ start: o.openStart, end: o.closeEnd, text: "" })),
    ),
  );
}

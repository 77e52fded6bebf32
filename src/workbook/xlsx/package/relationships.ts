/** Relationship parts (`_rels/*.rels`): reading them and writing them. */
import { NS_PKG_RELS, transitionalRelType } from "../../ooxml";
import { PackageError } from "./packageError";
import { resolveTarget } from "./partNames";
import { escapeXmlAttribute, parseXml } from "./xmlTree";

/** One relationship of a part. */
export type Relationship = {
  readonly id: string;
  /** The type in its Transitional spelling (Strict types are mapped). */
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** True for TargetMode="External" (a URL or a file outside the package). */
  readonly external: boolean;
  /** The part an internal target resolves to (no leading "/"), or null when external or invalid. */
  readonly part: string | null;
};

/** A relationship to write. */
export type RelationshipSpec = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
};

function localName(name: string): string {
  return name.slice(name.lastIndexOf("}") + 1);
}

/**
 * The relationships in a .rels part's text, with targets resolved from
 * `sourcePart` ("" for the package's own `_rels/.rels`). The part must be what
 * OPC allows (ECMA-376 Part 2, 9.3): a Relationships root holding only
 * Relationship elements, each with an Id (unique), a Type and a Target. Anything
 * else is damage, refused with PackageError, not skipped: a mistyped element
 * would otherwise leave the part it names unread and its sheet silently empty.
 */
export function parseRelationships(xml: string, sourcePart: string, relsPart: string): Relationship[] {
  const root = parseXml(xml, { part: relsPart });
  const fail = (detail: string): never => {
    throw new PackageError("damaged", detail, relsPart);
  };
  // Names compare by local name: the namespace is not what a flipped byte or a mistyped tag changes.
  if (localName(root.name) !== "Relationships") fail(`the root element is ${root.name}, not Relationships`);
  const out: Relationship[] = [];
  const ids = new Set<string>();
  for (const c of root.children) {
    if (typeof c === "string") continue;
    if (localName(c.name) !== "Relationship") fail(`an element ${c.name} where only Relationship may stand`);
    const id = c.attributes.Id;
    const rawType = c.attributes.Type;
    const target = c.attributes.Target;
    if (id === undefined || rawType === undefined || target === undefined)
      return fail(`a Relationship without its Id, Type or Target`);
    if (ids.has(id)) fail(`two relationships share the Id ${id}`);
    ids.add(id);
    const type = transitionalRelType(rawType);
    const external = (c.attributes.TargetMode ?? "").toLowerCase() === "external";
    out.push({ id, type, target, external, part: external ? null : resolveTarget(sourcePart, target) });
  }
  return out;
}

/** A .rels part's text for these relationships. */
export function serializeRelationships(rels: readonly RelationshipSpec[]): string {
  const lines = rels.map(
    (r) =>
      `<Relationship Id="${escapeXmlAttribute(r.id)}" Type="${escapeXmlAttribute(r.type)}" Target="${escapeXmlAttribute(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${NS_PKG_RELS}">${lines.join("")}</Relationships>`
  );
}

/** An id not used by any of the relationships ("rId1", "rId2" …). */
export function freeRelationshipId(rels: readonly { id: string }[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  for (let k = 1; k <= rels.length + 1; k++)
    if (!used.has(`rId${k}`)) {
      n = k;
      break;
    }
  return `rId${n}`;
}

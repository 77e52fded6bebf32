/** Relationship parts (`_rels/*.rels`): reading them and writing them. */
import { transitionalRelType } from "./namespaces";
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
 * `sourcePart` ("" for the package's own `_rels/.rels`).
 */
export function parseRelationships(xml: string, sourcePart: string, relsPart: string): Relationship[] {
  const root = parseXml(xml, { part: relsPart });
  const out: Relationship[] = [];
  for (const c of root.children) {
    if (typeof c === "string" || localName(c.name) !== "Relationship") continue;
    const id = c.attributes.Id ?? "";
    const type = transitionalRelType(c.attributes.Type ?? "");
    const target = c.attributes.Target ?? "";
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
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`
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

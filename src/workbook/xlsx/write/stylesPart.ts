/**
 * The styles part as text: the minimal one a workbook without styles gets, what
 * the StyleBook reads of an existing one (its prefix, the count of each section,
 * its number formats, the default font and the cell formats as written), and the
 * splices that append the StyleBook's additions in the schema's order.
 */
import { NS_SML, sml as el, STYLESHEET_ORDER } from "../../ooxml";
import {
  appendChildren,
  applySplices,
  findElements,
  findInFragment,
  namespaceDeclarations,
  prefixOf,
  qualified,
  setAttribute,
  type ElementAt,
  type Splice,
} from "./xmlSplice";
import { XML_DECLARATION } from "./xmlText";

/** The sections the StyleBook appends to. */
export type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
export const SECTIONS: readonly Section[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];

/** A minimal styles part (Excel's defaults: Calibri 11, the two required fills, one border). */
export function minimalStylesXml(): string {
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${NS_SML}">` +
    `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</styleSheet>`
  );
}

/** Size, colour (as written) and the rest (name, family, charset, scheme, as written) of the default font. */
export type BaseFont = { size: number; rest: string; color: string };

/** What the StyleBook needs of a styles part as found. */
export type StylesRead = {
  readonly prefix: string;
  /** The styles root's namespace declarations, for parsing pieces of the part on their own. */
  readonly ns: string;
  readonly counts: Record<Section, number>;
  readonly hasCellStyleXfs: boolean;
  /** The part's <numFmt>s in order: numFmtId as a number and formatCode. */
  readonly numFmts: readonly { readonly id: number; readonly code: string }[];
  readonly baseFont: BaseFont;
  /** The text of each existing cellXfs <xf>. */
  readonly xfTexts: string[];
};

/** Reads what the StyleBook needs of the styles part `part` whose text is `text`. */
export function readStylesPart(text: string, part: string): StylesRead {
  const found = findElements(text, (_n, depth) => depth <= 4, part);
  const root = found.find((e) => e.depth === 1);
  const prefix = root ? prefixOf(root.qname) : "";
  const ns = namespaceDeclarations(text, root);
  const section = (name: string) => found.find((e) => e.depth === 2 && e.name === el(name));
  const childrenOf = (parent: ElementAt | undefined, local: string) =>
    parent
      ? found.filter(
          (e) =>
            e.depth === parent.depth + 1 &&
            e.name === el(local) &&
            e.openStart > parent.openStart &&
            e.closeEnd <= parent.closeEnd,
        )
      : [];
  const counts = {
    numFmts: childrenOf(section("numFmts"), "numFmt").length,
    fonts: childrenOf(section("fonts"), "font").length,
    fills: childrenOf(section("fills"), "fill").length,
    borders: childrenOf(section("borders"), "border").length,
    cellXfs: childrenOf(section("cellXfs"), "xf").length,
    dxfs: childrenOf(section("dxfs"), "dxf").length,
  };
  const hasCellStyleXfs = childrenOf(section("cellStyleXfs"), "xf").length > 0;
  const numFmts = childrenOf(section("numFmts"), "numFmt").map((f) => ({
    id: Number(f.attributes.numFmtId),
    code: f.attributes.formatCode ?? "",
  }));
  const font0 = childrenOf(section("fonts"), "font")[0];
  const baseFont = font0
    ? baseFontOf(text, font0, ns, part)
    : { size: 11, rest: '<name val="Calibri"/><family val="2"/>', color: "" };
  const xfTexts = childrenOf(section("cellXfs"), "xf").map((x) => text.slice(x.openStart, x.closeEnd));
  return { prefix, ns, counts, hasCellStyleXfs, numFmts, baseFont, xfTexts };
}

/** Size, colour and the rest (name, family, charset, scheme) of the default font, as written. */
function baseFontOf(text: string, font: ElementAt, ns: string, part: string): BaseFont {
  const children = findInFragment(text.slice(font.openStart, font.closeEnd), ns, (_n, d) => d === 2, part);
  const offset = font.openStart;
  let size = 11;
  let color = "";
  let rest = "";
  for (const c of children) {
    const local = c.name.slice(c.name.lastIndexOf("}") + 1);
    const raw = text.slice(offset + c.openStart, offset + c.closeEnd);
    if (local === "sz") size = Number(c.attributes.val ?? 11) || 11;
    else if (local === "color") color = raw;
    else if (["name", "family", "charset", "scheme"].includes(local)) rest += raw;
  }
  return { size, rest, color };
}

/**
 * The splices that write `added` into the part: each section's new count and new
 * children; a section the part lacks goes before the first section that follows it.
 */
export function additionSplices(
  text: string,
  part: string,
  prefix: string,
  counts: Readonly<Record<Section, number>>,
  added: Readonly<Record<Section, readonly string[]>>,
): Splice[] {
  const found = findElements(text, (_n, depth) => depth <= 2, part);
  const splices: Splice[] = [];
  for (const section of SECTIONS) {
    const items = added[section];
    if (items.length === 0) continue;
    const count = String(counts[section] + items.length);
    const at = found.find((e) => e.depth === 2 && e.name === el(section));
    if (at) {
      splices.push(setAttribute(text, at, "count", count));
      splices.push(...appendChildren(at, items.join("")));
      continue;
    }
    // A section the part lacks goes before the first section that follows it.
    const rank = STYLESHEET_ORDER.indexOf(section);
    const next = found.find(
      (e) => e.depth === 2 && STYLESHEET_ORDER.indexOf(e.name.slice(e.name.lastIndexOf("}") + 1)) > rank,
    );
    const root = found.find((e) => e.depth === 1);
    const pos = next ? next.openStart : (root?.closeStart ?? text.length);
    splices.push({
      start: pos,
      end: pos,
      text: `<${qualified(prefix, section)} count="${count}">${items.join("")}</${qualified(prefix, section)}>`,
    });
  }
  return splices;
}

/** An <xf>'s text with its protection set (locked or not). */
export function withProtection(
  xml: string,
  locked: boolean,
  prefix: string,
  ns: string,
  part: string,
): string {
  const protectionTag = qualified(prefix, "protection");
  const found = findInFragment(xml, ns, (_n, d) => d <= 2, part);
  const xf = found.find((e) => e.depth === 1);
  if (!xf) return xml;
  const protection = found.find((e) => e.depth === 2 && e.name === el("protection"));
  const value = locked ? "1" : "0";
  const splices: Splice[] = [setAttribute(xml, xf, "applyProtection", "1")];
  if (protection) splices.push(setAttribute(xml, protection, "locked", value));
  else {
    const ext = found.find((e) => e.depth === 2 && e.name === el("extLst"));
    const child = `<${protectionTag} locked="${value}"/>`;
    if (ext) splices.push({ start: ext.openStart, end: ext.openStart, text: child });
    else splices.push(...appendChildren(xf, child));
  }
  return applySplices(xml, splices);
}

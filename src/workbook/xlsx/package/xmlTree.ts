/**
 * A small XML tree for small parts (workbook.xml, relationships, tables, styles),
 * built with the strict scanner, and the escaping writers need. Big parts (sheets,
 * shared strings) are read with the scanner directly.
 */
import { XmlScanner, type XmlAttributes, type XmlScanOptions } from "./xmlScanner";

/** An element: its expanded name (`{uri}local`), attributes and children in order. */
export type XmlElement = {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlNode[];
};

/** A child: an element or a run of text. */
export type XmlNode = XmlElement | string;

type Building = { name: string; attributes: XmlAttributes; children: XmlNode[] };

/** Parses a whole document into a tree; throws PackageError for malformed or hostile XML. */
export function parseXml(text: string, options: XmlScanOptions = {}): XmlElement {
  const stack: Building[] = [];
  let root: Building | null = null;
  const scanner = new XmlScanner(
    {
      open(name, attributes, selfClosing) {
        const el: Building = { name, attributes, children: [] };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else root = el;
        if (!selfClosing) stack.push(el);
      },
      close() {
        stack.pop();
      },
      text(t) {
        const parent = stack[stack.length - 1];
        if (!parent) return;
        const last = parent.children.length - 1;
        if (last >= 0 && typeof parent.children[last] === "string") parent.children[last] += t;
        else parent.children.push(t);
      },
    },
    options,
  );
  scanner.write(text);
  scanner.end();
  // end() throws when there is no root, so root is set here.
  return root as unknown as XmlElement;
}

/** The child elements, all or those of one expanded name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first child element of that expanded name. */
export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** Every descendant element of that expanded name, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** All text inside the element, descendants included. */
export function textContent(el: XmlElement): string {
  let out = "";
  for (const c of el.children) out += typeof c === "string" ? c : textContent(c);
  return out;
}

/** Text with `&`, `<` and `>` escaped, for element content. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Text escaped for a double-quoted attribute value (line breaks kept as references). */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}

/**
 * Editing a part's XML text in place: find elements with the strict scanner (its
 * token offsets say where each tag sits), then replace or insert pieces of text.
 * Everything outside the pieces stays exactly as the file had it (prefixes,
 * quotes, white space, unknown elements and extensions), so an edit of a part we
 * must touch still keeps what we do not own.
 */
import { XmlScanner, type XmlAttributes } from "../package";
import { Utf8Bytes } from "./utf8Bytes";

/** One element of a part: its tags' places in the text. */
export type ElementAt = {
  /** Expanded name, `{uri}local`. */
  readonly name: string;
  /** The name as written, prefix included ("x:sheets"). */
  readonly qname: string;
  readonly attributes: XmlAttributes;
  /** Depth of the element (1 for the root). */
  readonly depth: number;
  /** The start tag: [openStart, openEnd). */
  readonly openStart: number;
  readonly openEnd: number;
  /** The end tag: [closeStart, closeEnd); equal to openEnd for an empty-element tag. */
  closeStart: number;
  closeEnd: number;
  readonly selfClosing: boolean;
};

/**
 * The element whose start tag the scanner has just read (its end tag, if any, not
 * yet: closeStart and closeEnd are set when it closes).
 */
export function elementAt(
  text: string,
  scanner: XmlScanner,
  name: string,
  attributes: XmlAttributes,
  depth: number,
  selfClosing: boolean,
): ElementAt {
  const start = scanner.tokenStart;
  let end = start + 1;
  while (end < text.length && !/[\s/>]/.test(text[end] ?? "")) end++;
  return {
    name,
    qname: text.slice(start + 1, end),
    attributes,
    depth,
    openStart: start,
    openEnd: scanner.tokenEnd,
    closeStart: scanner.tokenEnd,
    closeEnd: scanner.tokenEnd,
    selfClosing,
  };
}

/** The prefix of a written name ("x" for "x:sheets", "" for none). */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon);
}

/** A written name with the given prefix. */
export function qualified(prefix: string, local: string): string {
  return prefix === "" ? local : `${prefix}:${local}`;
}

/**
 * The elements of a part that `wanted` accepts (by expanded name and depth), in
 * document order, with their places. Use it on parts of modest size (workbook,
 * styles, rels, tables); sheets are edited row by row (see sheetEdit.ts).
 */
export function findElements(
  text: string,
  wanted: (name: string, depth: number) => boolean,
  part: string,
): ElementAt[] {
  const found: ElementAt[] = [];
  const open: (ElementAt | null)[] = [];
  let depth = 0;
  const scanner: XmlScanner = new XmlScanner(
    {
      open(name, attributes, selfClosing) {
        depth++;
        let el: ElementAt | null = null;
        if (wanted(name, depth)) {
          el = elementAt(text, scanner, name, attributes, depth, selfClosing);
          found.push(el);
        }
        if (selfClosing) depth--;
        else open.push(el);
      },
      close() {
        const el = open.pop();
        if (el) {
          el.closeStart = scanner.tokenStart;
          el.closeEnd = scanner.tokenEnd;
        }
        depth--;
      },
    },
    { part },
  );
  scanner.write(text);
  scanner.end();
  return found;
}

/** One change of a text: [start, end) replaced by `text` (start === end inserts). */
export type Splice = { readonly start: number; readonly end: number; readonly text: string };

/** A splice whose new content is UTF-8 bytes already (a large run of new rows). */
export type ByteSplice = {
  readonly start: number;
  readonly end: number;
  readonly bytes: readonly Uint8Array[];
};

/**
 * Applies non-overlapping splices to a text (in any order given) and gives the
 * result as UTF-8 bytes, the same bytes as encoding `applySplices`' text.
 */
export function applySplicesToBytes(text: string, splices: readonly (Splice | ByteSplice)[]): Uint8Array {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const out = new Utf8Bytes(
    text.length +
      ordered.reduce(
        (n, s) => n + ("text" in s ? s.text.length : s.bytes.reduce((k, b) => k + b.length, 0)),
        0,
      ),
  );
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error("overlapping edits of one part");
    out.text(text.slice(at, s.start));
    if ("text" in s) out.text(s.text);
    else for (const b of s.bytes) out.bytes(b);
    at = s.end;
  }
  out.text(text.slice(at));
  return out.done();
}

/** Applies non-overlapping splices to a text (in any order given). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error("overlapping edits of one part");
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * A splice that sets an attribute of an element's start tag: its value replaced
 * where the attribute is written, else added before the tag's end.
 */
export function setAttribute(text: string, el: ElementAt, attribute: string, value: string): Splice {
  const tag = text.slice(el.openStart, el.openEnd);
  const m = new RegExp(
    `(\\s${attribute.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)(["'])([^"']*)\\2`,
  ).exec(tag);
  if (m) {
    const at = el.openStart + m.index + (m[1] ?? "").length + 1;
    return { start: at, end: at + (m[3] ?? "").length, text: value };
  }
  const end = el.openEnd - (el.selfClosing ? 2 : 1);
  // Before "/>" or ">", after any white space the tag ends with.
  let at = end;
  while (at > el.openStart && /\s/.test(text[at - 1] ?? "")) at--;
  return { start: at, end: at, text: ` ${attribute}="${value}"` };
}

/**
 * Splices that add children at the end of an element: before its end tag, or, for
 * an empty-element tag, by opening it and closing it after the new children.
 */
export function appendChildren(el: ElementAt, children: string): Splice[] {
  if (children === "") return [];
  if (!el.selfClosing) return [{ start: el.closeStart, end: el.closeStart, text: children }];
  // "<x:sheets/>" → "<x:sheets>" + children + "</x:sheets>"
  return [{ start: el.openEnd - 2, end: el.openEnd, text: `>${children}</${el.qname}>` }];
}

/** The namespace declarations (`xmlns`, `xmlns:p`) written in an element's start tag, as written. */
export function namespaceDeclarations(text: string, el: ElementAt | null | undefined): string {
  if (!el) return "";
  const tag = text.slice(el.openStart, el.openEnd);
  return (tag.match(/\sxmlns(?::[^\s=]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g) ?? []).join("");
}

/**
 * findElements on a piece cut out of a part (one <xf>, one <row>): wrapped in an
 * element carrying the part root's namespace declarations (`declarations`, as
 * namespaceDeclarations gives them), so the piece parses on its own. Offsets and
 * depths are those within the piece.
 */
export function findInFragment(
  fragment: string,
  declarations: string,
  wanted: (name: string, depth: number) => boolean,
  part: string,
): ElementAt[] {
  const open = `<w${declarations}>`;
  const shift = open.length;
  return findElements(`${open}${fragment}</w>`, (n, d) => d > 1 && wanted(n, d - 1), part).map((e) => ({
    ...e,
    depth: e.depth - 1,
    openStart: e.openStart - shift,
    openEnd: e.openEnd - shift,
    closeStart: e.closeStart - shift,
    closeEnd: e.closeEnd - shift,
  }));
}

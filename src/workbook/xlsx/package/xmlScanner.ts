/**
 * A strict, streaming XML scanner for the parts of an Office package. It takes the
 * document as text in chunks of any size and calls a handler for each start tag,
 * end tag and piece of text, so a sheet of hundreds of megabytes is read without
 * holding it whole.
 *
 * What it guarantees:
 * - Names come with their namespace resolved, in `{uri}local` form (Clark
 *   notation), whatever prefix the file used (`x:`, `ns0:`, none); Strict OOXML
 *   URIs are mapped to their Transitional twins (see namespaces.ts). Unprefixed
 *   attributes keep their bare local name; prefixed ones are `{uri}local`.
 * - Only the five predefined entities and numeric character references are
 *   decoded. A DOCTYPE (and with it any entity declaration) is refused, never
 *   processed, so no entity can expand or reach outside the file.
 * - Malformed XML (mismatched or unclosed tags, an unbound prefix, an unknown
 *   entity, a second root) and nesting deeper than the limit are refused with a
 *   PackageError naming the part.
 * - During a callback, `tokenStart`/`tokenEnd` give the current token's position
 *   in the document (UTF-16 code units from its first character), for writers
 *   that splice a part's text instead of rewriting it.
 */
import { NS_XML, STRICT_TO_TRANSITIONAL } from "./namespaces";
import { PackageError } from "./packageError";

/** Attributes of a start tag: bare local names for unprefixed ones, `{uri}local` for prefixed ones. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What the scanner reports; every method is optional. */
export type XmlHandler = {
  /** A start tag (or an empty-element tag, then `selfClosing` is true and no close follows). */
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  /** An end tag. */
  close?(name: string): void;
  /** Character data inside the root element, entities decoded; one run may come in several pieces. */
  text?(text: string): void;
};

export type XmlScanOptions = {
  /** The part's name, for error messages. */
  readonly part?: string;
  /** Deepest nesting allowed (default 200). */
  readonly maxDepth?: number;
};

/** The attributes of a tag that has none (shared, frozen). */
const NO_ATTRIBUTES: XmlAttributes = Object.freeze({});

/** The longest single token (tag, comment, CDATA section) held while waiting for its end. */
const MAX_TOKEN = 64 * 1024 * 1024;

type Scope = { readonly prefixes: ReadonlyMap<string, string> | null; readonly defaultNs: string };

const ROOT_SCOPE: Scope = { prefixes: new Map([["xml", NS_XML]]), defaultNs: "" };

function canonicalNs(uri: string): string {
  return STRICT_TO_TRANSITIONAL.get(uri) ?? uri;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Where a name ends: at white space, "/", ">" or "=". */
function nameEnd(s: string, from: number): number {
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x2f || c === 0x3e || c === 0x3d) break;
  }
  return i;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is an error. */
export function decodeEntities(s: string, part: string | null): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new PackageError("damaged", "a bare '&' in XML", part);
    const ref = s.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref.charCodeAt(1) === 0x78 || ref.charCodeAt(1) === 0x58;
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        digits !== "" && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)
          ? parseInt(digits, hex ? 16 : 10)
          : NaN;
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        throw new PackageError("damaged", `an invalid character reference &${ref};`, part);
      decoded = String.fromCodePoint(code);
    } else {
      decoded = PREDEFINED[ref];
      if (decoded === undefined)
        throw new PackageError(
          "damaged",
          `an undeclared entity &${ref}; (entities are never expanded)`,
          part,
        );
    }
    out += s.slice(from, amp) + decoded;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

const LINE_BREAKS = /[\t\n\r]/;

/** An attribute value as XML defines it: literal tabs and line breaks become spaces, entities decoded. */
function attributeValue(raw: string, part: string | null): string {
  const spaced = LINE_BREAKS.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return decodeEntities(spaced, part);
}

/** A streaming scanner: `write` text chunks, then `end`. */
export class XmlScanner {
  private buf = "";
  /** Document offset of buf[0]. */
  private offset = 0;
  /** While waiting for a token's end: the marker that ends it and where to look from. */
  private waitFor: { marker: string; from: number } | null = null;
  private readonly qnames: string[] = [];
  private readonly scopes: Scope[] = [ROOT_SCOPE];
  private readonly elementNames = new Map<string, string>();
  private readonly attributeNames = new Map<string, string>();
  private rootSeen = false;
  private rootClosed = false;
  private stopped = false;
  private start = 0;
  private finish = 0;
  private readonly part: string | null;
  private readonly maxDepth: number;

  /** The handler events go to; may be replaced between writes. */
  handler: XmlHandler;

  constructor(handler: XmlHandler, options: XmlScanOptions = {}) {
    this.handler = handler;
    this.part = options.part ?? null;
    this.maxDepth = options.maxDepth ?? 200;
  }

  /** Document offset of the first character of the token being reported. */
  get tokenStart(): number {
    return this.start;
  }

  /** Document offset just after the token being reported. */
  get tokenEnd(): number {
    return this.finish;
  }

  /** Current element depth (1 inside the root element). */
  get depth(): number {
    return this.qnames.length;
  }

  /** Ends the scan early: later writes are ignored and `end` does not check completeness. */
  stop(): void {
    this.stopped = true;
  }

  /** True once `stop` was called. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Feeds the next piece of the document. */
  write(chunk: string): void {
    if (this.stopped || chunk.length === 0) return;
    const before = this.buf.length;
    this.buf = before === 0 ? chunk : this.buf + chunk;
    if (this.waitFor) {
      const from = Math.max(this.waitFor.from, before - this.waitFor.marker.length);
      if (this.buf.indexOf(this.waitFor.marker, from) < 0) {
        if (this.buf.length > MAX_TOKEN) this.fail("tooLarge", "a single XML token is larger than 64 MB");
        return;
      }
      this.waitFor = null;
    }
    this.scan(false);
  }

  /** Signals the end of the document; throws if it is incomplete. */
  end(): void {
    if (this.stopped) return;
    this.scan(true);
    if (this.stopped) return;
    if (this.buf.length > 0 && this.buf.trim() !== "") this.fail("damaged", "the XML ends inside a tag");
    if (!this.rootSeen) this.fail("damaged", "the XML has no root element");
    if (this.qnames.length > 0)
      this.fail("damaged", `the XML ends before </${this.qnames[this.qnames.length - 1]}>`);
  }

  private fail(kind: "damaged" | "tooLarge", detail: string): never {
    throw new PackageError(kind, detail, this.part);
  }

  /** Keeps buf from `at` and waits for `marker`. */
  private wait(at: number, marker: string, searchFrom: number): void {
    this.buf = this.buf.slice(at);
    this.offset += at;
    this.waitFor = { marker, from: Math.max(0, searchFrom - at) };
    if (this.buf.length > MAX_TOKEN) this.fail("tooLarge", "a single XML token is larger than 64 MB");
  }

  private scan(final: boolean): void {
    const s = this.buf;
    let i = 0;
    if (this.offset === 0 && s.charCodeAt(0) === 0xfeff) i = 1;
    while (i < s.length && !this.stopped) {
      const lt = s.indexOf("<", i);
      if (lt !== i) {
        // Character data up to the next tag (or to the end of what we have).
        let textEnd = lt < 0 ? s.length : lt;
        if (lt < 0 && !final) {
          // Hold back a trailing, possibly incomplete entity reference.
          const amp = s.lastIndexOf("&");
          if (amp >= i && s.indexOf(";", amp) < 0) textEnd = amp;
        }
        if (textEnd > i) this.emitText(s, i, textEnd);
        if (lt < 0) {
          this.wait(textEnd, "<", textEnd);
          return;
        }
        i = lt;
      }
      const next = s.charCodeAt(i + 1);
      let end: number;
      if (next === 0x2f /* / */) end = this.endTag(s, i);
      else if (next === 0x21 /* ! */) end = this.markupDeclaration(s, i, final);
      else if (next === 0x3f /* ? */) {
        const close = s.indexOf("?>", i + 2);
        end = close < 0 ? -1 : close + 2;
        if (end < 0) this.needMore(i, "?>", s.length, final);
      } else end = this.startTag(s, i);
      if (end < 0) {
        if (!this.waitFor) this.needMore(i, ">", i, final);
        return;
      }
      i = end;
    }
    this.buf = s.slice(i);
    this.offset += i;
  }

  private needMore(at: number, marker: string, searchFrom: number, final: boolean): void {
    if (final) this.fail("damaged", "the XML ends inside a tag");
    this.wait(at, marker, searchFrom);
  }

  private emitText(s: string, from: number, to: number): void {
    if (this.qnames.length === 0) {
      // Outside the root only white space may appear.
      for (let k = from; k < to; k++)
        if (!isSpace(s.charCodeAt(k))) this.fail("damaged", "text outside the root element");
      return;
    }
    // Decoded (and so checked) even when nobody listens.
    const text = decodeEntities(s.slice(from, to), this.part);
    if (!this.handler.text) return;
    this.start = this.offset + from;
    this.finish = this.offset + to;
    this.handler.text(text);
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`; a DOCTYPE is refused. Returns the end, or -1 to wait. */
  private markupDeclaration(s: string, i: number, final: boolean): number {
    if (s.startsWith("<!--", i)) {
      const close = s.indexOf("-->", i + 4);
      if (close < 0) {
        this.needMore(i, "-->", s.length, final);
        return -1;
      }
      return close + 3;
    }
    if (s.startsWith("<![CDATA[", i)) {
      const close = s.indexOf("]]>", i + 9);
      if (close < 0) {
        this.needMore(i, "]]>", s.length, final);
        return -1;
      }
      if (this.qnames.length === 0) this.fail("damaged", "CDATA outside the root element");
      if (this.handler.text) {
        this.start = this.offset + i;
        this.finish = this.offset + close + 3;
        this.handler.text(s.slice(i + 9, close));
      }
      return close + 3;
    }
    if (s.length - i < 9 && !final) {
      this.needMore(i, ">", i, final);
      return -1;
    }
    if (s.startsWith("<!DOCTYPE", i))
      this.fail(
        "damaged",
        "the XML declares a DOCTYPE, which is never processed (entities are not expanded)",
      );
    this.fail("damaged", "an unknown <! declaration");
  }

  private endTag(s: string, i: number): number {
    const close = s.indexOf(">", i + 2);
    if (close < 0) return -1;
    const qname = s.slice(i + 2, close).trimEnd();
    const open = this.qnames.pop();
    if (open === undefined) this.fail("damaged", `</${qname}> without a start tag`);
    if (open !== qname) this.fail("damaged", `</${qname}> closes <${open}>`);
    const name = this.elementName(qname);
    const scope = this.scopes.pop();
    if (scope && scope.prefixes !== null) this.scopeChanged();
    if (this.qnames.length === 0) this.rootClosed = true;
    if (this.handler.close) {
      this.start = this.offset + i;
      this.finish = this.offset + close + 1;
      this.handler.close(name);
    }
    return close + 1;
  }

  private scopeChanged(): void {
    this.elementNames.clear();
    this.attributeNames.clear();
  }

  private lookup(prefix: string): string | undefined {
    for (let k = this.scopes.length - 1; k >= 0; k--) {
      const found = this.scopes[k]!.prefixes?.get(prefix);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private elementName(qname: string): string {
    const known = this.elementNames.get(qname);
    if (known !== undefined) return known;
    const colon = qname.indexOf(":");
    let name: string;
    if (colon < 0) {
      const ns = this.scopes[this.scopes.length - 1]!.defaultNs;
      name = ns === "" ? qname : `{${ns}}${qname}`;
    } else {
      const ns = this.lookup(qname.slice(0, colon));
      if (ns === undefined) this.fail("damaged", `the prefix of <${qname}> is not declared`);
      name = `{${ns}}${qname.slice(colon + 1)}`;
    }
    this.elementNames.set(qname, name);
    return name;
  }

  private attributeName(qname: string): string {
    const known = this.attributeNames.get(qname);
    if (known !== undefined) return known;
    const colon = qname.indexOf(":");
    const ns = this.lookup(qname.slice(0, colon));
    if (ns === undefined) this.fail("damaged", `the prefix of the attribute ${qname} is not declared`);
    const name = `{${ns}}${qname.slice(colon + 1)}`;
    this.attributeNames.set(qname, name);
    return name;
  }

  /** A start tag at i; returns its end, or -1 when it is not complete yet. */
  private startTag(s: string, i: number): number {
    const qEnd = nameEnd(s, i + 1);
    if (qEnd >= s.length) return -1;
    const qname = s.slice(i + 1, qEnd);
    if (qname === "") this.fail("damaged", "a '<' that starts no tag");
    let attributes: Record<string, string> | null = null;
    let prefixed: [string, string][] | null = null;
    let declarations: Map<string, string> | null = null;
    let defaultNs: string | null = null;
    let j = qEnd;
    let selfClosing = false;
    for (;;) {
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      if (j >= s.length) return -1;
      const c = s.charCodeAt(j);
      if (c === 0x3e /* > */) {
        j++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (j + 1 >= s.length) return -1;
        if (s.charCodeAt(j + 1) !== 0x3e) this.fail("damaged", `a stray '/' in <${qname}>`);
        selfClosing = true;
        j += 2;
        break;
      }
      const aEnd = nameEnd(s, j);
      if (aEnd >= s.length) return -1;
      const aName = s.slice(j, aEnd);
      if (aName === "") this.fail("damaged", `a malformed attribute in <${qname}>`);
      j = aEnd;
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      if (j >= s.length) return -1;
      if (s.charCodeAt(j) !== 0x3d /* = */)
        this.fail("damaged", `the attribute ${aName} of <${qname}> has no value`);
      j++;
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      if (j >= s.length) return -1;
      const quote = s.charCodeAt(j);
      if (quote !== 0x22 && quote !== 0x27)
        this.fail("damaged", `the attribute ${aName} of <${qname}> is not quoted`);
      const vEnd = s.indexOf(quote === 0x22 ? '"' : "'", j + 1);
      if (vEnd < 0) return -1;
      const value = s.slice(j + 1, vEnd);
      j = vEnd + 1;
      if (aName.indexOf(":") < 0) {
        if (aName === "xmlns") defaultNs = canonicalNs(attributeValue(value, this.part));
        else (attributes ??= {})[aName] = attributeValue(value, this.part);
      } else if (aName.startsWith("xmlns:")) {
        declarations ??= new Map();
        declarations.set(aName.slice(6), canonicalNs(attributeValue(value, this.part)));
      } else (prefixed ??= []).push([aName, value]);
    }
    if (this.rootClosed) this.fail("damaged", "a second root element");
    if (this.qnames.length >= this.maxDepth)
      this.fail("tooLarge", `elements nested deeper than ${this.maxDepth} levels`);
    const parent = this.scopes[this.scopes.length - 1]!;
    const declares = declarations !== null || defaultNs !== null;
    if (declares) {
      this.scopes.push({ prefixes: declarations, defaultNs: defaultNs ?? parent.defaultNs });
      this.scopeChanged();
    } else this.scopes.push({ prefixes: null, defaultNs: parent.defaultNs });
    const name = this.elementName(qname);
    if (prefixed !== null) {
      attributes ??= {};
      // Prefixes resolve with this tag's own declarations in scope, wherever they stand in it.
      for (const [aName, value] of prefixed)
        attributes[this.attributeName(aName)] = attributeValue(value, this.part);
    }
    this.rootSeen = true;
    if (selfClosing) {
      this.scopes.pop();
      if (declares) this.scopeChanged();
      if (this.qnames.length === 0) this.rootClosed = true;
    } else this.qnames.push(qname);
    if (this.handler.open) {
      this.start = this.offset + i;
      this.finish = this.offset + j;
      this.handler.open(name, attributes ?? NO_ATTRIBUTES, selfClosing);
    }
    return j;
  }
}

/** Scans a whole document held as one string. */
export function scanXml(text: string, handler: XmlHandler, options: XmlScanOptions = {}): void {
  const scanner = new XmlScanner(handler, options);
  scanner.write(text);
  scanner.end();
}

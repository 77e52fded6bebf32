/**
 * The streaming XML reader of the package layer: saxes (a conforming,
 * namespace-aware XML 1.0 parser, the one exceljs uses) behind the small event
 * interface the readers and writers were built on. It takes the document as text
 * in chunks of any size and calls a handler for each start tag, end tag and run
 * of text, so a sheet of hundreds of megabytes is read without holding it whole.
 *
 * What it guarantees:
 * - Well-formedness as XML 1.0 defines it, checked by saxes: mismatched or
 *   unclosed tags, duplicate attributes, characters XML forbids, an unbound
 *   prefix, an unknown entity, a second root are refused with a PackageError
 *   naming the part. Line ends inside text read as XML 1.0 says (CR LF and a lone
 *   CR become LF).
 * - Names come with their namespace resolved, in `{uri}local` form (Clark
 *   notation), whatever prefix the file used (`x:`, `ns0:`, none); Strict OOXML
 *   URIs are mapped to their Transitional twins (see src/workbook/ooxml/namespaces.ts). Unprefixed
 *   attributes keep their bare local name; prefixed ones are `{uri}local`;
 *   namespace declarations are not attributes.
 * - Only the five predefined entities and character references are decoded. A
 *   DOCTYPE (and with it any entity declaration) is refused, never processed.
 * - Bounded: nesting deeper than the limit, and any single token (tag, text run,
 *   comment, CDATA section, processing instruction) longer than MAX_TOKEN
 *   characters, are refused while reading, before the token is held whole.
 * - During a callback, `tokenStart`/`tokenEnd` give the current token's position
 *   in the document (UTF-16 code units from its first character), for writers
 *   that splice a part's text instead of rewriting it. Tokens are contiguous in
 *   XML, so a token starts where the one before it ended; saxes reports where
 *   each one ends.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { NS_XML, STRICT_TO_TRANSITIONAL } from "../../ooxml";
import { PackageError } from "./packageError";
import { MAX_TOKEN, type XmlAttributes, type XmlHandler, type XmlScanOptions } from "./xmlHandler";

/** The handler types, for the modules that import them with the scanner (xmlHandler.ts). */
export type { XmlAttributes, XmlHandler, XmlScanOptions } from "./xmlHandler";

/** The attributes of a tag that has none (shared, frozen). */
const NO_ATTRIBUTES: XmlAttributes = Object.freeze({});

/** Text is handed to saxes in slices of this many characters, so the token bound is checked between them. */
const SLICE = 1024 * 1024;

/** One element's namespace declarations: its prefixes (null when it declares none) and default namespace. */
type Scope = {
  readonly prefixes: ReadonlyMap<string, string> | null;
  readonly defaultNs: string;
  /** The element declares a namespace (a prefix or the default). */
  readonly declares: boolean;
};

const ROOT_SCOPE: Scope = { prefixes: new Map([["xml", NS_XML]]), defaultNs: "", declares: true };

/** Thrown through saxes to end a scan the handler stopped. */
const STOP = Symbol("stop");

function canonicalNs(uri: string): string {
  return STRICT_TO_TRANSITIONAL.get(uri) ?? uri;
}

/** A streaming scanner: `write` text chunks, then `end`. */
export class XmlScanner {
  private readonly parser: SaxesParser<{ xmlns: false }>;
  private readonly part: string | null;
  private readonly maxDepth: number;
  private readonly maxToken: number;
  /** The namespace declarations in force, one scope per open element (and the document's). */
  private readonly scopes: Scope[] = [ROOT_SCOPE];
  /** Qualified name → expanded name under the scopes now in force (cleared when they change). */
  private readonly elementNames = new Map<string, string>();
  private readonly attributeNames = new Map<string, string>();
  private level = 0;
  private stopped = false;
  private ended = false;
  /** Document offset where the last reported token ended (where the next one starts). */
  private boundary = 0;
  private start = 0;
  private finish = 0;

  /** The handler events go to; may be replaced between writes. */
  handler: XmlHandler;

  constructor(handler: XmlHandler, options: XmlScanOptions = {}) {
    this.handler = handler;
    this.part = options.part ?? null;
    this.maxDepth = options.maxDepth ?? 200;
    this.maxToken = options.maxToken ?? MAX_TOKEN;
    // Namespaces are resolved here rather than by saxes's xmlns mode, which builds
    // objects for every attribute and made a 20,000-row sheet several times slower
    // (docs/xml-and-encodings.md); saxes still checks names, duplicates and the rest.
    const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
    this.parser = parser;
    parser.on("error", (err) => {
      if (this.stopped) throw STOP;
      this.fail("damaged", `not well-formed XML (${err.message.replace(/\.$/, "")})`);
    });
    parser.on("doctype", () =>
      this.fail(
        "damaged",
        "the XML declares a DOCTYPE, which is never processed (entities are not expanded)",
      ),
    );
    parser.on("xmldecl", () => this.mark(parser.position));
    parser.on("processinginstruction", () => this.mark(parser.position));
    // saxes reports a comment at its "--"; the ">" follows.
    parser.on("comment", () => this.mark(parser.position + 1));
    parser.on("opentagstart", () => {
      if (this.level >= this.maxDepth)
        this.fail("tooLarge", `elements nested deeper than ${this.maxDepth} levels`);
    });
    parser.on("opentag", (tag) => this.onOpen(tag));
    parser.on("closetag", (tag) => this.onClose(tag));
    // saxes reports text when it meets the "<" after it.
    parser.on("text", (text) => this.onText(text, parser.position - 1));
    parser.on("cdata", (text) => this.onText(text, parser.position));
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
    return this.level;
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
    try {
      for (let at = 0; at < chunk.length && !this.stopped; at += SLICE) {
        this.parser.write(at === 0 && chunk.length <= SLICE ? chunk : chunk.slice(at, at + SLICE));
        if (this.parser.position - this.boundary > this.maxToken)
          this.fail("tooLarge", `a single XML token is longer than ${this.maxToken} characters`);
      }
    } catch (e) {
      if (e !== STOP) throw e;
    }
  }

  /** Signals the end of the document; throws if it is incomplete. */
  end(): void {
    if (this.stopped || this.ended) return;
    this.ended = true;
    try {
      this.parser.close();
    } catch (e) {
      if (e !== STOP) throw e;
    }
  }

  private fail(kind: "damaged" | "tooLarge", detail: string): never {
    throw new PackageError(kind, detail, this.part);
  }

  /** A token without an event of ours ended at `end`. */
  private mark(end: number): void {
    this.boundary = end;
  }

  /** Sets the current token's span and moves the boundary past it. */
  private span(end: number): void {
    this.start = this.boundary;
    this.finish = end;
    this.boundary = end;
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

  private onOpen(tag: SaxesTagPlain): void {
    this.span(this.parser.position);
    const all = tag.attributes;
    // One pass: plain attributes straight in; prefixed ones wait for the tag's own
    // namespace declarations, which hold for it wherever they stand in it.
    let attributes: Record<string, string> | null = null;
    let prefixed: string[] | null = null;
    let declarations: Map<string, string> | null = null;
    let defaultNs: string | null = null;
    for (const qname in all) {
      const colon = qname.indexOf(":");
      if (colon < 0) {
        if (qname === "xmlns") defaultNs = canonicalNs(all[qname]!);
        else (attributes ??= {})[qname] = all[qname]!;
      } else if (colon === 5 && qname.startsWith("xmlns")) {
        const value = all[qname]!;
        if (value === "") this.fail("damaged", `the prefix ${qname.slice(6)} is bound to no namespace`);
        (declarations ??= new Map()).set(qname.slice(6), canonicalNs(value));
      } else (prefixed ??= []).push(qname);
    }
    const parent = this.scopes[this.scopes.length - 1]!;
    const declares = declarations !== null || defaultNs !== null;
    this.scopes.push({ prefixes: declarations, defaultNs: defaultNs ?? parent.defaultNs, declares });
    if (declares) this.scopeChanged();
    const name = this.elementName(tag.name);
    if (prefixed !== null) {
      attributes ??= {};
      for (const qname of prefixed) {
        const key = this.attributeName(qname);
        // Two prefixes bound to one namespace make the same attribute twice (Namespaces in XML, 6.3).
        if (key in attributes) this.fail("damaged", `the attribute ${key} appears twice in <${tag.name}>`);
        attributes[key] = all[qname]!;
      }
    }
    // A self-closing tag's scope ends when saxes reports its close, at once.
    if (!tag.isSelfClosing) this.level++;
    if (this.stopped) throw STOP;
    const open = this.handler.open;
    if (!open) return;
    open(name, attributes ?? NO_ATTRIBUTES, tag.isSelfClosing);
    if (this.stopped) throw STOP;
  }

  private onClose(tag: SaxesTagPlain): void {
    this.span(this.parser.position);
    // The end tag's name resolves in its element's own scope, before that scope ends.
    const name = tag.isSelfClosing ? "" : this.elementName(tag.name);
    if (this.scopes.pop()?.declares) this.scopeChanged();
    // A self-closing tag's close is reported by saxes too; ours is folded into open.
    if (tag.isSelfClosing) return;
    this.level--;
    if (this.stopped) throw STOP;
    const close = this.handler.close;
    if (!close) return;
    close(name);
    if (this.stopped) throw STOP;
  }

  private onText(text: string, end: number): void {
    this.span(end);
    if (this.stopped) throw STOP;
    // Outside the root only white space may appear, and saxes has checked that.
    if (this.level === 0 || !this.handler.text) return;
    this.handler.text(text);
    if (this.stopped) throw STOP;
  }
}

/** Scans a whole document held as one string. */
export function scanXml(text: string, handler: XmlHandler, options: XmlScanOptions = {}): void {
  const scanner = new XmlScanner(handler, options);
  scanner.write(text);
  scanner.end();
}

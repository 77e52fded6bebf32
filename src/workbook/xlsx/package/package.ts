/**
 * An Office package (OPC): a zip of named parts. Opening reads only the central
 * directory; a part is inflated when asked for, within the package's limits.
 * Parts can be replaced, added and removed; saving copies every untouched part's
 * compressed bytes verbatim and deflates only what changed, so whatever we do not
 * own survives byte for byte.
 *
 * @example
 *   const pkg = Package.open(bytes);
 *   const rels = pkg.relationships("xl/workbook.xml");
 *   pkg.set("xl/worksheets/sheet9.xml", xmlText);
 *   const out = pkg.save();
 */
import { CONTENT_TYPES_PART, parseContentTypes, type ContentTypes } from "./contentTypes";
import { decodePartText, decodeText, encodeText, encodingForText, type PartEncoding } from "./encoding";
import { limitsWith, type PackageLimits } from "./limits";
import { PackageError } from "./packageError";
import { normalizePartName, partKey, relsPartOf } from "./partNames";
import { scanZippedPart, type ScanOptions } from "./partScan";
import { parseRelationships, type Relationship } from "./relationships";
import { XmlScanner, type XmlHandler } from "./xmlScanner";
import { parseXml, type XmlElement } from "./xmlTree";
import { inflateEntryBytes, readZipDirectory, type InflateBudget, type ZipEntry } from "./zipRead";
import { writeZip } from "./zipWrite";
import {
  changesOf,
  partsByKey,
  verifyUntouched,
  zipItemsOf,
  type PackageChanges,
  type PackageParts,
} from "./packageParts";

/** Parts up to this size stay in memory once inflated. */
const CACHE_BYTES = 1024 * 1024;

export class Package {
  /** The limits this package is read within. */
  readonly limits: PackageLimits;
  private readonly archive: Uint8Array;
  private readonly entries: readonly ZipEntry[];
  /** Part key → entry, for parts (not folders) of the archive as opened. */
  private readonly byKey: ReadonlyMap<string, ZipEntry>;
  /** Part key → new content, for changed and added parts. */
  private readonly written = new Map<string, { name: string; data: Uint8Array }>();
  private readonly removedKeys = new Set<string>();
  private readonly cache = new Map<string, Uint8Array>();
  /** Part key → the encoding the part was found in, for parts read as text. */
  private readonly encodings = new Map<string, PartEncoding>();
  private readonly budget: InflateBudget;
  /** Keys of the entries whose bytes inflated completely and matched their CRC-32. */
  private readonly verified = new Set<string>();

  private constructor(archive: Uint8Array, entries: readonly ZipEntry[], limits: PackageLimits) {
    this.archive = archive;
    this.entries = entries;
    this.limits = limits;
    this.budget = { remaining: limits.maxTotalBytes };
    this.byKey = partsByKey(entries);
  }

  /**
   * Opens a package from its bytes (kept, not copied: do not change them
   * afterwards). Reads the central directory only. Throws PackageError.
   */
  static open(bytes: Uint8Array, limits: Partial<PackageLimits> = {}): Package {
    const all = limitsWith(limits);
    return new Package(bytes, readZipDirectory(bytes, all), all);
  }

  /** An empty package, to build a new one part by part. */
  static create(limits: Partial<PackageLimits> = {}): Package {
    return new Package(new Uint8Array(0), [], limitsWith(limits));
  }

  /** The names of all parts now in the package (archive order, then added parts). */
  partNames(): string[] {
    const names: string[] = [];
    for (const e of this.entries) {
      if (e.name.endsWith("/")) continue;
      if (!this.removedKeys.has(partKey(e.name))) names.push(normalizePartName(e.name));
    }
    for (const [key, w] of this.written) if (!this.byKey.has(key)) names.push(w.name);
    return names;
  }

  /** The part's name as the package spells it (names compare case-insensitively), or null. */
  find(name: string): string | null {
    const key = partKey(name);
    if (this.removedKeys.has(key)) return null;
    const w = this.written.get(key);
    if (w) return w.name;
    const e = this.byKey.get(key);
    return e ? normalizePartName(e.name) : null;
  }

  /** True when the part exists. */
  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** The part's size: as written, or as its zip entry declares (untrusted; for progress only). */
  declaredSize(name: string): number {
    const key = partKey(name);
    return this.written.get(key)?.data.length ?? this.byKey.get(key)?.size ?? 0;
  }

  private entryFor(name: string): ZipEntry {
    const key = partKey(name);
    const e = this.removedKeys.has(key) ? undefined : this.byKey.get(key);
    if (!e) throw new PackageError("damaged", "the part is missing", normalizePartName(name));
    return e;
  }

  /** The part's bytes, inflated within the limits. Throws PackageError when missing or bad. */
  bytes(name: string): Uint8Array {
    const key = partKey(name);
    const w = this.written.get(key);
    if (w) return w.data;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const entry = this.entryFor(name);
    const data = inflateEntryBytes(this.archive, entry, this.limits, this.budget);
    this.verified.add(key);
    if (data.length <= CACHE_BYTES) this.cache.set(key, data);
    return data;
  }

  /**
   * The part as text (UTF-8, or UTF-16 in either byte order), decoded strictly;
   * its encoding is remembered so that `set` writes edited text back in it.
   */
  text(name: string): string {
    return this.decode(name, this.bytes(name));
  }

  private decode(name: string, bytes: Uint8Array): string {
    const part = this.find(name) ?? normalizePartName(name);
    const { text, encoding } = decodeText(bytes, part);
    this.encodings.set(partKey(name), encoding);
    return text;
  }

  /**
   * The part as an XML tree, for small parts only: a part inflating beyond
   * `maxWholePartBytes` is refused before it is held whole. Throws PackageError
   * for malformed or hostile XML.
   */
  xml(name: string): XmlElement {
    const part = this.find(name) ?? normalizePartName(name);
    return parseXml(this.wholeText(name), { part, maxDepth: this.limits.maxXmlDepth });
  }

  /** A part to be parsed whole, as text, refused beyond `maxWholePartBytes` before it is held whole. */
  private wholeText(name: string): string {
    const key = partKey(name);
    const cap = this.limits.maxWholePartBytes;
    let bytes = this.written.get(key)?.data ?? this.cache.get(key);
    if (!bytes) {
      const limits = { ...this.limits, maxPartBytes: Math.min(cap, this.limits.maxPartBytes) };
      bytes = inflateEntryBytes(this.archive, this.entryFor(name), limits, this.budget);
      if (bytes.length <= CACHE_BYTES) this.cache.set(key, bytes);
    }
    if (bytes.length > cap)
      throw new PackageError(
        "tooLarge",
        `larger than ${cap} bytes, the most a part read whole may have`,
        this.find(name) ?? normalizePartName(name),
      );
    return this.decode(name, bytes);
  }

  /**
   * Streams the part through the XML scanner without holding its text whole:
   * inflate, decode and scan in chunks. The handler may call `scanner.stop()` (it
   * receives the scanner) to end early; nothing more is inflated then.
   */
  scan(name: string, handler: (scanner: XmlScanner) => XmlHandler, options: ScanOptions = {}): void {
    const part = this.find(name) ?? normalizePartName(name);
    const scanner = new XmlScanner({}, { part, maxDepth: this.limits.maxXmlDepth });
    scanner.handler = handler(scanner);
    const w = this.written.get(partKey(name));
    if (w) {
      scanner.write(decodePartText(w.data, part));
      scanner.end();
      return;
    }
    const key = partKey(name);
    const zipped = {
      archive: this.archive,
      entry: this.entryFor(name),
      limits: this.limits,
      budget: this.budget,
      part,
    };
    const hooks = {
      onEncoding: (encoding: PartEncoding) => this.encodings.set(key, encoding),
      onInflated: () => this.verified.add(key),
    };
    scanZippedPart(zipped, scanner, hooks, options);
  }

  /**
   * The relationships of a part ("" for the package), targets resolved; none
   * when the part has no relationships part.
   */
  relationships(part: string): Relationship[] {
    const source = part === "" ? "" : (this.find(part) ?? normalizePartName(part));
    const relsPart = relsPartOf(source);
    const found = this.find(relsPart);
    if (!found) return [];
    return parseRelationships(this.wholeText(found), source, found);
  }

  /** `[Content_Types].xml`, parsed; empty when the package has none. */
  contentTypes(): ContentTypes {
    if (!this.has(CONTENT_TYPES_PART)) return { defaults: new Map(), overrides: new Map() };
    return parseContentTypes(this.wholeText(CONTENT_TYPES_PART));
  }

  /**
   * Replaces or adds a part. Text is written in the encoding its XML declaration
   * names (UTF-8 when it names none), in the byte order and with the byte-order
   * mark the part had when it was read.
   */
  set(name: string, content: Uint8Array | string): void {
    const key = partKey(name);
    const existing = this.find(name);
    const data =
      typeof content === "string"
        ? encodeText(content, encodingForText(content, this.encodings.get(key)))
        : content;
    this.written.set(key, { name: existing ?? normalizePartName(name), data });
    this.removedKeys.delete(key);
    this.cache.delete(key);
  }

  /** Removes a part (no-op when absent). */
  remove(name: string): void {
    const key = partKey(name);
    this.written.delete(key);
    this.cache.delete(key);
    if (this.byKey.has(key)) this.removedKeys.add(key);
  }

  /** The parts added, changed and removed since opening. */
  changes(): PackageChanges {
    return changesOf(this.parts());
  }

  /**
   * A point to come back to: the returned function undoes every set and remove
   * made since, so an action that fails half-way leaves the package as it was
   * (untouched parts stay verbatim copies).
   */
  checkpoint(): () => void {
    const written = new Map(this.written);
    const removed = new Set(this.removedKeys);
    return () => {
      this.written.clear();
      for (const [k, v] of written) this.written.set(k, v);
      this.removedKeys.clear();
      for (const k of removed) this.removedKeys.add(k);
      this.cache.clear();
    };
  }

  /** True when nothing was set or removed since opening. */
  get unchanged(): boolean {
    return this.written.size === 0 && this.removedKeys.size === 0;
  }

  /**
   * Inflates every part a save would copy verbatim and has not yet been read whole,
   * checking its CRC-32, so a copy never carries bytes that fail their own checksum.
   * Throws PackageError naming the first bad part. Parts read before count once.
   */
  verifyCopied(): void {
    verifyUntouched(this.parts(), this.limits, this.verified);
  }

  private parts(): PackageParts {
    const { archive, entries, byKey, written, removedKeys } = this;
    return { archive, entries, byKey, written, removedKeys };
  }

  /**
   * The package as zip bytes: untouched parts copied compressed as they were (same
   * bytes, checksum and date), in their original order; changed parts in their
   * place; added parts at the end. With no change at all, the original bytes.
   */
  save(): Uint8Array {
    this.verifyCopied();
    if (this.unchanged && this.archive.length > 0) return this.archive;
    return writeZip(zipItemsOf(this.parts()));
  }
}

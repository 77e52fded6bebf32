/**
 * A package's parts as opened and as edited since: indexed by key when opened, what
 * changed, and on saving the untouched parts' compressed bytes checked once and
 * copied verbatim, the changed ones in their place, the added ones at the end.
 */
import type { PackageLimits } from "./limits";
import { PackageError } from "./packageError";
import { entryNameProblem, normalizePartName, partKey } from "./partNames";
import { inflateEntry, type InflateBudget, type ZipEntry } from "./zipRead";
import type { ZipWriteItem } from "./zipWrite";

/** A package's parts as opened and as edited since, by part key. */
export type PackageParts = {
  readonly archive: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** Part key → entry, for parts (not folders) of the archive as opened. */
  readonly byKey: ReadonlyMap<string, ZipEntry>;
  /** Part key → new content, for changed and added parts. */
  readonly written: ReadonlyMap<string, { name: string; data: Uint8Array }>;
  readonly removedKeys: ReadonlySet<string>;
};

/** What changed since the package was opened, by part name. */
export type PackageChanges = {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
};

/**
 * The archive's parts (not folders) by part key. Throws PackageError for a name an
 * unpacker would write outside its folder, refused before anything else, and for
 * two entries of the same name.
 */
export function partsByKey(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const byKey = new Map<string, ZipEntry>();
  for (const e of entries) {
    // Refused before anything else: a copy must never carry a name an unpacker would write outside its folder.
    const problem = entryNameProblem(e.name);
    if (problem) throw new PackageError("damaged", problem, e.name);
    if (e.name.endsWith("/")) continue;
    const key = partKey(e.name);
    if (byKey.has(key)) throw new PackageError("damaged", "two entries of the same name", e.name);
    byKey.set(key, e);
  }
  return byKey;
}

/** The parts added, changed and removed since opening. */
export function changesOf(parts: PackageParts): PackageChanges {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, w] of parts.written) (parts.byKey.has(key) ? changed : added).push(w.name);
  const removed = [...parts.removedKeys].map((k) => normalizePartName(parts.byKey.get(k)!.name));
  return { added, changed, removed };
}

/**
 * Inflates every part a save would copy verbatim and `verified` does not hold yet,
 * checking its CRC-32, and adds it there. Throws PackageError naming the first bad part.
 */
export function verifyUntouched(parts: PackageParts, limits: PackageLimits, verified: Set<string>): void {
  const budget: InflateBudget = { remaining: limits.maxTotalBytes };
  for (const e of parts.entries) {
    if (e.name.endsWith("/")) continue;
    const key = partKey(e.name);
    if (verified.has(key) || parts.removedKeys.has(key) || parts.written.has(key)) continue;
    inflateEntry(parts.archive, e, limits, budget, () => {});
    verified.add(key);
  }
}

/**
 * The zip's entries: untouched parts and folders copied as they were (same bytes,
 * checksum and date), in their original order; changed parts in their place, with
 * their date; added parts at the end.
 */
export function zipItemsOf(parts: PackageParts): ZipWriteItem[] {
  const { archive, written } = parts;
  const items: ZipWriteItem[] = [];
  for (const e of parts.entries) {
    const key = partKey(e.name);
    if (e.name.endsWith("/")) {
      items.push({ name: e.name, copy: { archive, entry: e } });
      continue;
    }
    if (parts.removedKeys.has(key)) continue;
    const w = written.get(key);
    if (w) items.push({ name: e.name, data: w.data, dosTime: e.dosTime, dosDate: e.dosDate });
    else items.push({ name: e.name, copy: { archive, entry: e } });
  }
  for (const [key, w] of written) if (!parts.byKey.has(key)) items.push({ name: w.name, data: w.data });
  return items;
}

/**
 * Test helper: small surgery on real .xlsx bytes, as damage does it: a renamed
 * zip entry (a flipped bit in its name), a part's XML changed inside a valid zip,
 * a part taken out, an entry's compressed bytes or header fields changed.
 */
import { Package } from "../../../../src/workbook/xlsx/package";
import { readZipDirectory, type ZipEntry } from "../../../../src/workbook/xlsx/package/zipRead";
import { DEFAULT_LIMITS } from "../../../../src/workbook/xlsx/package/limits";

const enc = new TextEncoder();

/** Every offset where `needle` occurs in `bytes`. */
export function offsetsOf(bytes: Uint8Array, needle: Uint8Array): number[] {
  const found: number[] = [];
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

/** The entries of a zip, as our reader lists them. */
export function entriesOf(bytes: Uint8Array): ZipEntry[] {
  return readZipDirectory(bytes, DEFAULT_LIMITS);
}

/**
 * The zip with one entry renamed to a name of the same length, in both its local
 * header and the central directory (as one flipped bit in a name does to both
 * copies when a tool rewrites the file).
 */
export function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = enc.encode(from);
  const b = enc.encode(to);
  if (a.length !== b.length) throw new Error("renameEntry keeps the length");
  const out = bytes.slice();
  const entries = entriesOf(bytes);
  const e = entries.find((x) => x.name === from);
  if (!e) throw new Error(`no entry ${from}`);
  out.set(b, e.localOffset + 30);
  // The central directory copy: search after the last entry's data.
  const dirStart = Math.max(...entries.map((x) => x.dataOffset + x.compressedSize));
  for (const at of offsetsOf(out.subarray(dirStart), a)) out.set(b, dirStart + at);
  return out;
}

/** The workbook with parts changed (text replaced) or removed, saved through our package writer. */
export function editParts(
  bytes: Uint8Array,
  edits: Record<string, ((text: string) => string) | null>,
): Uint8Array {
  const pkg = Package.open(bytes);
  for (const [part, edit] of Object.entries(edits)) {
    if (edit === null) pkg.remove(part);
    else pkg.set(part, edit(pkg.text(part)));
  }
  return pkg.save();
}

/**
 * Reading a zip archive's central directory and inflating its entries within
 * limits. Only what workbooks use: stored and deflated entries, data descriptors
 * (sizes come from the central directory), zip64 sizes and offsets, UTF-8 names.
 * Encrypted entries, other compression methods and entries that share bytes (a
 * known zip-bomb construction) are refused.
 */
import { Inflate } from "fflate";
import { Crc32 } from "./crc32";
import type { PackageLimits } from "./limits";
import { PackageError } from "./packageError";

/** One entry of the central directory, with where its compressed bytes lie. */
export type ZipEntry = {
  /** The entry's name as stored (UTF-8 or code page 437 decoded). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General-purpose flags as stored in the central directory. */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (never trusted for limits). */
  readonly size: number;
  /** DOS time and date of last modification. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** Offset of the local header in the archive. */
  readonly localOffset: number;
  /** Offset of the first compressed byte in the archive. */
  readonly dataOffset: number;
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  const value = u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw new PackageError("tooLarge", "a zip64 size beyond 2^53");
  return value;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

function findEnd(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === SIG_END && i + 22 + u16(bytes, i + 20) <= bytes.length) return i;
  }
  return -1;
}

type Directory = { count: number; size: number; offset: number; recordAt: number };

function readDirectoryLocation(bytes: Uint8Array, end: number): Directory {
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  let recordAt = end;
  const locator = end - 20;
  if (
    (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) &&
    locator >= 0 &&
    u32(bytes, locator) === SIG_END64_LOCATOR
  ) {
    const at = u64(bytes, locator + 8);
    if (at + 56 > bytes.length || u32(bytes, at) !== SIG_END64)
      throw new PackageError("damaged", "the zip64 end record is missing");
    count = u64(bytes, at + 32);
    size = u64(bytes, at + 40);
    offset = u64(bytes, at + 48);
    recordAt = at;
  }
  return { count, size, offset, recordAt };
}

type Zip64Fields = { size: number; compressedSize: number; localOffset: number };

/** Sizes and offset from a zip64 extra field, for the fields the header marked 0xFFFFFFFF. */
function zip64Fields(bytes: Uint8Array, from: number, to: number, base: Zip64Fields): Zip64Fields {
  let at = from;
  while (at + 4 <= to) {
    const id = u16(bytes, at);
    const len = u16(bytes, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        if (p + 8 > at + 4 + len) throw new PackageError("damaged", "a zip64 field is too short");
        const v = u64(bytes, p);
        p += 8;
        return v;
      };
      const size = base.size === 0xffffffff ? next() : base.size;
      const compressedSize = base.compressedSize === 0xffffffff ? next() : base.compressedSize;
      const localOffset = base.localOffset === 0xffffffff ? next() : base.localOffset;
      return { size, compressedSize, localOffset };
    }
    at += 4 + len;
  }
  return base;
}

/**
 * The entries of a zip archive, in directory order, directories included (their
 * names end in "/"). Throws PackageError: `notZip`, `truncated`, `encrypted`,
 * `unsupported`, `tooLarge` (entry count, overlapping entries) or `damaged`.
 */
export function readZipDirectory(bytes: Uint8Array, limits: PackageLimits): ZipEntry[] {
  if (bytes.length < 22) throw new PackageError(bytes.length >= 4 ? "truncated" : "notZip", "too short");
  const end = findEnd(bytes);
  if (end < 0) {
    const startsLikeZip = u32(bytes, 0) === SIG_LOCAL;
    throw new PackageError(startsLikeZip ? "truncated" : "notZip", "no end of central directory");
  }
  const dir = readDirectoryLocation(bytes, end);
  if (dir.count > limits.maxEntries)
    throw new PackageError("tooLarge", `${dir.count} entries (at most ${limits.maxEntries})`);
  // Bytes prepended to the archive (a self-extractor stub) shift every offset.
  const shift = dir.recordAt - (dir.offset + dir.size);
  if (shift < 0) throw new PackageError("damaged", "the central directory overlaps its end record");
  const entries: ZipEntry[] = [];
  let at = dir.offset + shift;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== SIG_CENTRAL)
      throw new PackageError("damaged", `central directory entry ${i + 1} is malformed`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & FLAG_UTF8 ? utf8 : latin1).decode(nameBytes);
    const fields = zip64Fields(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, {
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    if (flags & FLAG_ENCRYPTED) throw new PackageError("encrypted", "an entry is encrypted", name);
    if (method !== 0 && method !== 8)
      throw new PackageError("unsupported", `compression method ${method}`, name);
    const localOffset = fields.localOffset + shift;
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL)
      throw new PackageError("damaged", "the local header is missing", name);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + fields.compressedSize > bytes.length)
      throw new PackageError("truncated", "the entry's data runs past the end of the file", name);
    if (method === 0 && fields.compressedSize !== fields.size)
      throw new PackageError("damaged", "a stored entry's sizes differ", name);
    entries.push({
      name,
      method,
      flags,
      crc32: u32(bytes, at + 16),
      compressedSize: fields.compressedSize,
      size: fields.size,
      dosTime: u16(bytes, at + 12),
      dosDate: u16(bytes, at + 14),
      localOffset,
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  refuseOverlaps(entries);
  return entries;
}

/** Entries whose bytes overlap are a zip bomb's trick (one deflate stream counted many times). */
function refuseOverlaps(entries: readonly ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (prev.dataOffset + prev.compressedSize > next.localOffset)
      throw new PackageError("tooLarge", `entries share bytes with ${prev.name} (a zip bomb?)`, next.name);
  }
}

/** The compressed bytes of an entry, as stored (a view into the archive). */
export function rawEntryBytes(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  return archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** Counts inflated bytes against a package-wide allowance. */
export type InflateBudget = { remaining: number };

/** Compressed input handed to the inflater at once: bounds the output of one step to ~16 MiB. */
const INPUT_STEP = 16 * 1024;

/**
 * Inflates an entry, handing its bytes to `sink` in chunks as they come, checking
 * the limits on the bytes actually produced (part size, package total, ratio) and
 * the entry's CRC at the end. Throws PackageError `tooLarge` or `damaged`.
 */
export function inflateEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  limits: PackageLimits,
  budget: InflateBudget,
  sink: (chunk: Uint8Array) => void,
): void {
  const raw = rawEntryBytes(archive, entry);
  const crc = new Crc32();
  let produced = 0;
  let consumed = 0;
  /** What the sink threw passes through unchanged. */
  let fromSink: unknown = undefined;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    if (produced > limits.maxPartBytes)
      throw new PackageError("tooLarge", `expands beyond ${limits.maxPartBytes} bytes`, entry.name);
    if (chunk.length > budget.remaining)
      throw new PackageError("tooLarge", "the package expands beyond its total allowance", entry.name);
    budget.remaining -= chunk.length;
    if (produced > limits.ratioGraceBytes && produced > limits.maxRatio * Math.max(consumed, 1))
      throw new PackageError(
        "tooLarge",
        `expands more than ${limits.maxRatio} times (a zip bomb?)`,
        entry.name,
      );
    crc.update(chunk);
    try {
      sink(chunk);
    } catch (e) {
      fromSink = e;
      throw e;
    }
  };
  if (entry.method === 0) {
    consumed = raw.length;
    for (let i = 0; i < raw.length; i += 1024 * 1024) take(raw.subarray(i, i + 1024 * 1024));
  } else {
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < raw.length; i += INPUT_STEP) {
        const step = raw.subarray(i, i + INPUT_STEP);
        consumed += step.length;
        inflater.push(step, i + INPUT_STEP >= raw.length);
      }
    } catch (e) {
      if (e instanceof PackageError || (fromSink !== undefined && e === fromSink)) throw e;
      throw new PackageError(
        "damaged",
        `cannot be inflated (${e instanceof Error ? e.message : String(e)})`,
        entry.name,
      );
    }
    if (!ended && raw.length > 0)
      throw new PackageError("damaged", "the compressed data ends early", entry.name);
  }
  if (crc.value() !== entry.crc32)
    throw new PackageError("damaged", "its checksum does not match", entry.name);
}

/** An entry's whole content, inflated within the limits. */
export function inflateEntryBytes(
  archive: Uint8Array,
  entry: ZipEntry,
  limits: PackageLimits,
  budget: InflateBudget,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflateEntry(archive, entry, limits, budget, (chunk) => {
    chunks.push(chunk);
    length += chunk.length;
  });
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

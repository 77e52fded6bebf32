/**
 * Writing a zip archive: entries copied from another archive keep their compressed
 * bytes, checksum and dates exactly (nothing is inflated or recompressed); new or
 * changed entries are deflated. No data descriptors, no zip64 (a workbook never
 * needs 4 GB), names in UTF-8.
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { rawEntryBytes, type ZipEntry } from "./zipRead";

/** An entry to write: either copied as stored in `archive`, or new content. */
export type ZipWriteItem =
  | { readonly name: string; readonly copy: { readonly archive: Uint8Array; readonly entry: ZipEntry } }
  | {
      readonly name: string;
      readonly data: Uint8Array;
      /** Store instead of deflating (already compressed content such as images). */
      readonly store?: boolean;
      /** DOS time and date; by default 1980-01-01 00:00, so output is reproducible. */
      readonly dosTime?: number;
      readonly dosDate?: number;
    };

type Prepared = {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressed: Uint8Array;
  size: number;
  dosTime: number;
  dosDate: number;
};

const FLAG_UTF8 = 0x0800;
/** Deflate's option bits (1 and 2) survive a copy; the data descriptor bit (3) does not. */
const FLAG_KEPT_ON_COPY = 0x0006;
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const MAX_32 = 0xffffffff;
/** Parts above this size are deflated at level 3 instead of 6. */
const LARGE_PART = 1024 * 1024;

/** Raw deflate (no zlib header) of some bytes at a level from 1 to 9. */
export type Deflater = (data: Uint8Array, level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9) => Uint8Array;

let deflater: Deflater = (data, level) => deflateSync(data, { level });

/**
 * Swaps the deflate implementation: fflate runs everywhere (the web page); the
 * command line hands in Node's native zlib, which needs no warming up and makes a
 * copy's new parts several times faster. Both write the same format.
 */
export function setDeflater(d: Deflater): void {
  deflater = d;
}

const encoder = new TextEncoder();

function prepare(item: ZipWriteItem): Prepared {
  const nameBytes = encoder.encode(item.name);
  if ("copy" in item) {
    const { archive, entry } = item.copy;
    return {
      nameBytes,
      flags: (entry.flags & FLAG_KEPT_ON_COPY) | FLAG_UTF8,
      method: entry.method,
      crc: entry.crc32,
      compressed: rawEntryBytes(archive, entry),
      size: entry.size,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
    };
  }
  // Large parts (a new report sheet) are deflated a little less hard: twice as fast for
  // about 15 % more bytes, so writing a copy stays close to the time of reading it.
  const level = item.data.length > LARGE_PART ? 3 : 6;
  const deflated = item.store ? item.data : deflater(item.data, level);
  // Deflating tiny or incompressible data can grow it: store it then.
  const store = item.store === true || deflated.length >= item.data.length;
  return {
    nameBytes,
    flags: FLAG_UTF8,
    method: store ? 0 : 8,
    crc: crc32(item.data),
    compressed: store ? item.data : deflated,
    size: item.data.length,
    dosTime: item.dosTime ?? 0,
    dosDate: item.dosDate ?? DOS_DATE_1980,
  };
}

class Writer {
  readonly out: Uint8Array;
  at = 0;

  constructor(size: number) {
    this.out = new Uint8Array(size);
  }

  u16(v: number): void {
    this.out[this.at++] = v & 0xff;
    this.out[this.at++] = (v >>> 8) & 0xff;
  }

  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16((v >>> 16) & 0xffff);
  }

  bytes(b: Uint8Array): void {
    this.out.set(b, this.at);
    this.at += b.length;
  }
}

/** Writes the local header's or central entry's common fields (version needed … name length). */
function common(w: Writer, p: Prepared): void {
  w.u16(20); // version needed: 2.0 (deflate)
  w.u16(p.flags);
  w.u16(p.method);
  w.u16(p.dosTime);
  w.u16(p.dosDate);
  w.u32(p.crc);
  w.u32(p.compressed.length);
  w.u32(p.size);
  w.u16(p.nameBytes.length);
}

/** The archive holding the items, in the order given. Throws on duplicate names or sizes beyond 4 GB. */
export function writeZip(items: readonly ZipWriteItem[]): Uint8Array {
  const seen = new Set<string>();
  for (const item of items) {
    const key = item.name.toLowerCase();
    if (seen.has(key)) throw new Error(`duplicate zip entry ${item.name}`);
    seen.add(key);
  }
  const prepared = items.map(prepare);
  let size = 22;
  for (const p of prepared) {
    if (p.size > MAX_32 || p.compressed.length > MAX_32) throw new Error("an entry is larger than 4 GB");
    size += 30 + p.nameBytes.length + p.compressed.length + 46 + p.nameBytes.length;
  }
  if (size > MAX_32 || prepared.length > 0xffff) throw new Error("the archive is larger than zip allows");
  const w = new Writer(size);
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(w.at);
    w.u32(0x04034b50);
    common(w, p);
    w.u16(0); // extra length
    w.bytes(p.nameBytes);
    w.bytes(p.compressed);
  }
  const directoryStart = w.at;
  prepared.forEach((p, i) => {
    w.u32(0x02014b50);
    w.u16(20); // version made by: 2.0, MS-DOS attributes
    common(w, p);
    w.u16(0); // extra length
    w.u16(0); // comment length
    w.u16(0); // disk number
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(offsets[i]!);
    w.bytes(p.nameBytes);
  });
  const directorySize = w.at - directoryStart;
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(prepared.length);
  w.u16(prepared.length);
  w.u32(directorySize);
  w.u32(directoryStart);
  w.u16(0); // comment length
  return w.out;
}

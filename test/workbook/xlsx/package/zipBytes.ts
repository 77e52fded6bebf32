/**
 * Test helper: zip archives built byte by byte, for the shapes our writer never
 * makes (data descriptors, zip64 fields, encrypted flags, shared entries).
 */

export type RawEntry = {
  name: string;
  /** The bytes stored (already compressed when method is 8). */
  stored: Uint8Array;
  method: number;
  crc: number;
  size: number;
  flags?: number;
  /** Write sizes in a data descriptor after the data (flag bit 3), zeros in the local header. */
  descriptor?: boolean;
  /** Write 0xFFFFFFFF sizes and offset in the central entry with a zip64 extra field. */
  zip64?: boolean;
};

class Out {
  bytes: number[] = [];
  u16(v: number): void {
    this.bytes.push(v & 0xff, (v >>> 8) & 0xff);
  }
  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16((v >>> 16) & 0xffff);
  }
  u64(v: number): void {
    this.u32(v % 0x1_0000_0000);
    this.u32(Math.floor(v / 0x1_0000_0000));
  }
  raw(b: Uint8Array | number[]): void {
    for (const x of b) this.bytes.push(x);
  }
  get length(): number {
    return this.bytes.length;
  }
}

/** An archive of the entries; `shareFirst` makes every central entry point at the first local header. */
export function buildZip(
  entries: readonly RawEntry[],
  options: { zip64End?: boolean; shareFirst?: boolean } = {},
): Uint8Array {
  const out = new Out();
  const enc = new TextEncoder();
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(out.length);
    const flags = (e.flags ?? 0) | (e.descriptor ? 8 : 0);
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(flags);
    out.u16(e.method);
    out.u16(0);
    out.u16(0x21);
    out.u32(e.descriptor ? 0 : e.crc);
    out.u32(e.descriptor ? 0 : e.stored.length);
    out.u32(e.descriptor ? 0 : e.size);
    const name = enc.encode(e.name);
    out.u16(name.length);
    out.u16(0);
    out.raw(name);
    out.raw(e.stored);
    if (e.descriptor) {
      out.u32(0x08074b50);
      out.u32(e.crc);
      out.u32(e.stored.length);
      out.u32(e.size);
    }
  }
  const dirStart = out.length;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const offset = options.shareFirst ? offsets[0]! : offsets[i]!;
    out.u32(0x02014b50);
    out.u16(45);
    out.u16(45);
    out.u16((e.flags ?? 0) | (e.descriptor ? 8 : 0));
    out.u16(e.method);
    out.u16(0);
    out.u16(0x21);
    out.u32(e.crc);
    out.u32(e.zip64 ? 0xffffffff : e.stored.length);
    out.u32(e.zip64 ? 0xffffffff : e.size);
    out.u16(name.length);
    out.u16(e.zip64 ? 28 : 0);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(0);
    out.u32(e.zip64 ? 0xffffffff : offset);
    out.raw(name);
    if (e.zip64) {
      out.u16(0x0001);
      out.u16(24);
      out.u64(e.size);
      out.u64(e.stored.length);
      out.u64(offset);
    }
  });
  const dirSize = out.length - dirStart;
  if (options.zip64End) {
    const end64 = out.length;
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(entries.length);
    out.u64(entries.length);
    out.u64(dirSize);
    out.u64(dirStart);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(end64);
    out.u32(1);
  }
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(options.zip64End ? 0xffff : entries.length);
  out.u16(options.zip64End ? 0xffff : entries.length);
  out.u32(options.zip64End ? 0xffffffff : dirSize);
  out.u32(options.zip64End ? 0xffffffff : dirStart);
  out.u16(0);
  return Uint8Array.from(out.bytes);
}

/**
 * CRC-32 (the zip checksum, polynomial 0xEDB88320), eight bytes at a time
 * ("slicing-by-8"): every inflated part is checked, so this runs over every byte.
 */

const TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** A running CRC-32: feed chunks with `update`, read the unsigned result with `value`. */
export class Crc32 {
  private c = -1;

  update(bytes: Uint8Array): void {
    const t = TABLES;
    let c = this.c;
    let i = 0;
    const n = bytes.length;
    const fast = n - (n % 8);
    for (; i < fast; i += 8) {
      const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
      c =
        t[1792 + (a & 0xff)]! ^
        t[1536 + ((a >>> 8) & 0xff)]! ^
        t[1280 + ((a >>> 16) & 0xff)]! ^
        t[1024 + (a >>> 24)]! ^
        t[768 + bytes[i + 4]!]! ^
        t[512 + bytes[i + 5]!]! ^
        t[256 + bytes[i + 6]!]! ^
        t[bytes[i + 7]!]!;
    }
    for (; i < n; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    this.c = c;
  }

  value(): number {
    return ~this.c >>> 0;
  }
}

/** The CRC-32 of a byte array. */
export function crc32(bytes: Uint8Array): number {
  const crc = new Crc32();
  crc.update(bytes);
  return crc.value();
}

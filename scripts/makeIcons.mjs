// Draws the add-in's icons (an equals sign on Excel green: equality) as PNGs at the
// sizes Office asks for. Run once; the PNGs are committed in assets/.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Coverage of a pixel by a shape, by 4×4 supersampling, for smooth edges.
function cover(x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

for (const size of [16, 32, 64, 80, 128]) {
  const s = size;
  const r = s * 0.18;
  const roundRect = (px, py) => {
    const dx = Math.max(r - px, 0, px - (s - r));
    const dy = Math.max(r - py, 0, py - (s - r));
    return dx * dx + dy * dy <= r * r;
  };
  const bar = (px, py, top) => px >= s * 0.22 && px <= s * 0.78 && py >= top && py <= top + s * 0.14;
  const sign = (px, py) => bar(px, py, s * 0.3) || bar(px, py, s * 0.56);
  const out = png(s, (x, y) => {
    const bg = cover(x, y, roundRect);
    const fg = cover(x, y, sign);
    const green = [16, 124, 65];
    const mix = (c) => Math.round(c * (1 - fg) + 255 * fg);
    return [mix(green[0]), mix(green[1]), mix(green[2]), Math.round(255 * bg)];
  });
  writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), out);
}
console.log("icons written to assets/");

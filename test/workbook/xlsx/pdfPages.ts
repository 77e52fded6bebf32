/**
 * Printed pages as a test reads them, with poppler-utils (Debian's package): the words
 * of a PDF with their boxes (`pdftotext -bbox`) and a page's pixels (`pdftoppm`, as a
 * binary PPM: a short header, then three bytes per pixel).
 */
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A word on a page, its box in points from the page's top-left corner. */
export type PdfWord = {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
};

export type PdfPage = {
  /** 1-based, as pdftoppm counts. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** In reading order, as pdftotext gives them. */
  readonly words: readonly PdfWord[];
};

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Every page of a PDF with its words. */
export async function pdfWords(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 256 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;
  for (const p of stdout.matchAll(pageRe)) {
    const words = [...(p[3] ?? "").matchAll(wordRe)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5] ?? ""),
    }));
    pages.push({ number: pages.length + 1, width: Number(p[1]), height: Number(p[2]), words });
  }
  return pages;
}

/** A page's pixels: width × height, three bytes (R, G, B) each, rows from the top. */
export type Pixels = { readonly width: number; readonly height: number; readonly rgb: Uint8Array };

/** Parses a binary PPM ("P6"), as pdftoppm writes it. */
export function parsePpm(bytes: Uint8Array): Pixels {
  // The header: "P6", width, height and the largest value, separated by white space.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i] ?? 32)) && i < bytes.length) i++;
    let field = "";
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 32)))
      field += String.fromCharCode(bytes[i++] ?? 0);
    fields.push(field);
  }
  i++; // the single white space before the pixels
  const [magic, w, h, max] = fields;
  if (magic !== "P6" || max !== "255") throw new Error(`not an 8-bit binary PPM: ${fields.join(" ")}`);
  const width = Number(w);
  const height = Number(h);
  const rgb = bytes.subarray(i, i + width * height * 3);
  if (rgb.length !== width * height * 3) throw new Error("PPM shorter than its header says");
  return { width, height, rgb };
}

/**
 * Pages `first` to `last` of a PDF as pixels at `dpi` (one pdftoppm run), by page number.
 */
export async function pdfPixels(
  pdf: string,
  first: number,
  last: number,
  dpi: number,
  outDir: string,
): Promise<Map<number, Pixels>> {
  const prefix = join(outDir, "page");
  await run("pdftoppm", ["-r", String(dpi), "-f", String(first), "-l", String(last), pdf, prefix], {
    timeout: 120_000,
  });
  const out = new Map<number, Pixels>();
  for (const name of readdirSync(outDir)) {
    const m = /^page-(\d+)\.ppm$/.exec(name);
    if (m) out.set(Number(m[1]), parsePpm(new Uint8Array(readFileSync(join(outDir, name)))));
  }
  return out;
}

/** A rectangle in pixels: [x0, x1) × [y0, y1). */
export type PixelBox = { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };

/** "#RRGGBB" as three numbers. */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Pixels of a box in colour: the spread between a pixel's largest and smallest channel
 * is at least `spread` (greys, black and white have none).
 */
export function colouredPixels(p: Pixels, box: PixelBox, spread = 60): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const k = (y * p.width + x) * 3;
      const r = p.rgb[k] ?? 0;
      const g = p.rgb[k + 1] ?? 0;
      const b = p.rgb[k + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) >= spread) n++;
    }
  return n;
}

/**
 * Pixels of a box that sit in a solid patch of a colour: the pixel and its eight
 * neighbours all within `tolerance` of it in every channel. A filled bar gives many;
 * anti-aliased text of a nearby grey gives none.
 */
export function solidPixels(p: Pixels, box: PixelBox, hex: string, tolerance = 12): number {
  const [r0, g0, b0] = rgbOf(hex);
  const x0 = Math.max(0, box.x0);
  const x1 = Math.min(p.width, box.x1);
  const y0 = Math.max(0, box.y0);
  const y1 = Math.min(p.height, box.y1);
  const w = x1 - x0;
  if (w < 3 || y1 - y0 < 3) return 0;
  // Per row, whether a pixel and its left and right neighbours are near the colour.
  const across = (y: number): Uint8Array => {
    const near = new Uint8Array(w);
    for (let x = 0; x < w; x++) {
      const k = (y * p.width + x0 + x) * 3;
      near[x] =
        Math.abs(p.rgb[k]! - r0) <= tolerance &&
        Math.abs(p.rgb[k + 1]! - g0) <= tolerance &&
        Math.abs(p.rgb[k + 2]! - b0) <= tolerance
          ? 1
          : 0;
    }
    const row = new Uint8Array(w);
    for (let x = 1; x < w - 1; x++) row[x] = near[x - 1]! & near[x]! & near[x + 1]!;
    return row;
  };
  let n = 0;
  let above = across(y0);
  let here = across(y0 + 1);
  for (let y = y0 + 2; y < y1; y++) {
    const below = across(y);
    for (let x = 1; x < w - 1; x++) n += above[x]! & here[x]! & below[x]!;
    above = here;
    here = below;
  }
  return n;
}

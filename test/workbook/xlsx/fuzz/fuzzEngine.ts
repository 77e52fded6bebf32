/**
 * The fuzz engine: damaged variants of real workbooks, made from a seed so every
 * run with the same seed makes the same bytes, and the judgement of what our
 * reader did with each. Used by the fast subset in jest (fuzz.test.ts) and by the
 * long run, `npm run fuzz -- --seed N --count N` (scripts/fuzz.ts).
 *
 * What counts (docs/damage-and-fuzzing.md):
 * - "same": read, and the cells are exactly the original's;
 * - "refused": a WorkbookFileError, one line (the CLI exits 2 with it);
 * - "changed": read with other cells; allowed only for an XML mutation, which
 *   makes a well-formed, checksummed file that says something else (any reader
 *   reads what it now says). For every other family this is destroyed content
 *   read as data: a violation;
 * - "crash": anything else thrown: a violation.
 * And for each variant that reads, a copy is saved (as `setup` would, one part
 * added): the save must refuse, or the copy must read as the variant did and
 * every part in it must pass its checksum; otherwise a broken copy: a violation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawWorkbook } from "../../../../src/core/cells/cells";
import { openXlsx, WorkbookFileError, xlsxPort } from "../../../../src/workbook/xlsx";
import { readXlsxBytes } from "../../../../src/workbook/xlsx/readXlsx";
import { CONTENT_TYPES_PART, Package, PackageError, relsPartOf } from "../../../../src/workbook/xlsx/package";
import { crc32 } from "../../../../src/workbook/xlsx/package/crc32";
import { writeZip, type ZipWriteItem } from "../../../../src/workbook/xlsx/package/zipWrite";
import { entriesOf, renameEntry } from "./zipBytes";

/** A small, fast, seeded generator (mulberry32): the same seed, the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const root = join(__dirname, "../../../..");

/** The real workbooks the variants are made from: the product's, LibreOffice's, openpyxl's, Excel-style. */
export const BASE_FILES = [
  "assets/example/exempelplan.xlsx",
  "assets/example/example-plan.xlsx",
  "test/fixtures/excel-style-goals-table.xlsx",
  "test/fixtures/libreoffice-goals-table.xlsx",
  "test/fixtures/libreoffice-plain-sheets.xlsx",
  "test/fixtures/reading/libreoffice-tables-1904.xlsx",
  "test/fixtures/reading/openpyxl-tables-and-charts.xlsx",
  "test/fixtures/roundtrip/handmade-parts.xlsx",
  "test/fixtures/poi/SimpleWithComments.xlsx",
  "test/fixtures/poi/simple-table-named-range.xlsx",
] as const;

export type Base = {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly cells: string;
  /** The parts our reader parses in this workbook. */
  readonly readParts: readonly string[];
};

export type Family = "flip" | "truncate" | "xml" | "zip" | "memory";

export type Variant = {
  readonly family: Family;
  /** What was done, to reproduce and to read in a report. */
  readonly what: string;
  readonly bytes: Uint8Array;
  /** True when the variant cannot be read correctly by any reader: it must be refused. */
  readonly mustRefuse?: boolean;
  /** Set when the variant hits a rule our reader does not enforce yet (a known gap). */
  readonly gap?: string;
};

export type Outcome = "same" | "refused" | "changed" | "crash";

export type Judgement = {
  readonly outcome: Outcome;
  /** Why it is a violation, or null. */
  readonly violation: string | null;
  readonly copy: "none" | "refused" | "verified";
  readonly ms: number;
};

/** The cells of a workbook as comparable text (dates as ISO instants). */
function cellsText(raw: RawWorkbook): string {
  return JSON.stringify(raw);
}

async function readCells(bytes: Uint8Array): Promise<string> {
  return cellsText(await xlsxPort(await openXlsx(bytes)).read());
}

export async function loadBases(files: readonly string[] = BASE_FILES): Promise<Base[]> {
  const out: Base[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    out.push({ file, bytes, cells: await readCells(bytes), readParts: partsRead(bytes) });
  }
  return out;
}

/** The parts our reader parses to read this workbook's cells. */
function partsRead(bytes: Uint8Array): string[] {
  const read = readXlsxBytes(bytes);
  const tableSheets = new Set(read.tables.map((t) => read.sheets.find((s) => s.name === t.sheet)?.part));
  return [
    CONTENT_TYPES_PART,
    "_rels/.rels",
    read.info.workbookPart,
    relsPartOf(read.info.workbookPart),
    ...(read.info.sharedStringsPart ? [read.info.sharedStringsPart] : []),
    ...(read.info.stylesPart ? [read.info.stylesPart] : []),
    ...read.sheets.map((s) => s.part),
    ...[...tableSheets].flatMap((p) => (p ? [relsPartOf(p)] : [])),
    ...read.tables.map((t) => t.part),
  ];
}

/** The XML parts of a package, by name (docProps left out). */
function readParts(bytes: Uint8Array): string[] {
  return entriesOf(bytes)
    .map((e) => e.name)
    .filter((n) => /\.(xml|rels)$/i.test(n) && !n.startsWith("docProps/"));
}

// ---------------------------------------------------------------- byte flips and cuts

function flip(r: Rand, b: Base): Variant {
  const out = b.bytes.slice();
  const at = int(r, out.length);
  const bit = 1 << int(r, 8);
  out[at] = out[at]! ^ bit;
  return { family: "flip", what: `bit ${bit} of byte ${at}`, bytes: out };
}

function truncate(r: Rand, b: Base): Variant {
  const length = int(r, b.bytes.length);
  return { family: "truncate", what: `cut to ${length} bytes`, bytes: b.bytes.slice(0, length) };
}

// ---------------------------------------------------------------- XML mutations

type XmlMutation = {
  what: string;
  apply: (t: string, r: Rand) => string;
  breaks: boolean;
  /** A rule our XML reader does not enforce yet: recorded as a known gap, not a violation. */
  gap?: string;
};

/** A position in character content: just after a '>' (between tags, or at the start of an element's text). */
function inContent(t: string, r: Rand): number {
  const ends = [...t.matchAll(/>/g)].map((m) => m.index! + 1).filter((i) => i < t.length - 1);
  return ends.length === 0 ? inside(t, r) : pick(r, ends.slice(1));
}

/** A position inside an attribute value (of an element, not of the XML declaration). */
function inAttribute(t: string, r: Rand): number {
  const values = [...t.matchAll(/="[^"<&]*"/g)].filter((m) => m.index! > t.indexOf("?>"));
  if (values.length === 0) return inContent(t, r);
  const m = pick(r, values);
  return m.index! + 2 + int(r, m[0].length - 2);
}

/** A position inside the root element (after the XML declaration), so a change lands in the document. */
function inside(t: string, r: Rand): number {
  const start = t.indexOf("<", t.startsWith("<?xml") ? t.indexOf("?>") + 2 : 0) + 1;
  return start + int(r, Math.max(1, t.length - start - 1));
}

const XML_MUTATIONS: readonly XmlMutation[] = [
  // Not well-formed by XML 1.0 wherever they land: must be refused.
  { what: "a bare '<' in content", breaks: true, apply: (t, r) => splice(t, inContent(t, r), "< ") },
  { what: "a bare '&' in content", breaks: true, apply: (t, r) => splice(t, inContent(t, r), "& ") },
  {
    what: "a bare '&' in an attribute value",
    breaks: true,
    apply: (t, r) => splice(t, inAttribute(t, r), "& "),
  },
  {
    what: "a '<' in an attribute value",
    breaks: true,
    apply: (t, r) => splice(t, inAttribute(t, r), "<"),
  },
  { what: "the last '>' removed", breaks: true, apply: (t) => t.slice(0, t.lastIndexOf(">")) },
  {
    what: "an end tag renamed",
    breaks: true,
    apply: (t, r) => {
      const ends = [...t.matchAll(/<\/([A-Za-z_][\w.:-]*)>/g)];
      if (ends.length === 0) return t.slice(0, -1);
      const m = pick(r, ends);
      return splice(t, m.index! + 2, "zz", 0);
    },
  },
  { what: "cut in half", breaks: true, apply: (t) => t.slice(0, Math.floor(t.length / 2)) },
  // Well-formed or not, depending on where they land: any outcome but a crash.
  { what: "one character deleted", breaks: false, apply: (t, r) => splice(t, inside(t, r), "", 1) },
  {
    what: "a run of text duplicated",
    breaks: false,
    apply: (t, r) => {
      const at = inside(t, r);
      return splice(t, at, t.slice(at, at + 1 + int(r, 40)));
    },
  },
  {
    what: "an element renamed",
    breaks: false,
    apply: (t, r) => {
      const starts = [...t.matchAll(/<([A-Za-z_][\w.:-]*)[\s/>]/g)];
      if (starts.length === 0) return t;
      const m = pick(r, starts);
      return splice(t, m.index! + 1, "q");
    },
  },
  {
    what: "an attribute value emptied",
    breaks: false,
    apply: (t, r) => {
      const values = [...t.matchAll(/="([^"]*)"/g)];
      if (values.length === 0) return t;
      const m = pick(r, values);
      return splice(t, m.index! + 2, "", m[1]!.length);
    },
  },
];

function splice(t: string, at: number, insert: string, remove = 0): string {
  return t.slice(0, at) + insert + t.slice(at + remove);
}

function xmlMutation(r: Rand, b: Base): Variant {
  const part = pick(r, readParts(b.bytes));
  const m = pick(r, XML_MUTATIONS);
  const pkg = Package.open(b.bytes);
  const before = pkg.text(part);
  const after = m.apply(before, r);
  pkg.set(part, after);
  // Only a part the reader parses must be refused when broken; the others are copied as they are.
  const mustRefuse = m.breaks && after !== before && b.readParts.includes(part);
  return {
    family: "xml",
    what: `${part}: ${m.what}`,
    bytes: pkg.save(),
    mustRefuse,
    ...(mustRefuse && m.gap ? { gap: m.gap } : {}),
  };
}

// ---------------------------------------------------------------- zip tricks

/** The package's parts as write items (content inflated), to rebuild the zip another way. */
function items(b: Base): { name: string; data: Uint8Array }[] {
  const pkg = Package.open(b.bytes);
  return entriesOf(b.bytes)
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => ({ name: e.name, data: pkg.bytes(e.name) }));
}

/** Offsets of the central directory records, in order. */
function centralRecords(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = bytes.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      let at = view.getUint32(i + 16, true);
      const count = view.getUint16(i + 10, true);
      for (let k = 0; k < count; k++) {
        out.push(at);
        at +=
          46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      return out;
    }
  return out;
}

/** A field of a central directory record changed. */
function patchCentral(
  bytes: Uint8Array,
  record: number,
  field: number,
  width: 2 | 4,
  value: number,
): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  if (width === 2) view.setUint16(record + field, value & 0xffff, true);
  else view.setUint32(record + field, value >>> 0, true);
  return out;
}

type ZipTrick = { what: string; make: (b: Base, r: Rand) => Variant };

const ZIP_TRICKS: readonly ZipTrick[] = [
  {
    what: "every part stored, not deflated",
    make: (b) => ({
      family: "zip",
      what: "every part stored",
      bytes: writeZip(items(b).map((i) => ({ ...i, store: true }))),
    }),
  },
  {
    what: "every part deflated again",
    make: (b) => ({ family: "zip", what: "every part deflated again", bytes: writeZip(items(b)) }),
  },
  {
    what: "a stub before the zip (a self-extractor)",
    make: (b) => {
      const stub = new TextEncoder().encode("MZ".padEnd(512, "\0"));
      const out = new Uint8Array(stub.length + b.bytes.length);
      out.set(stub);
      out.set(b.bytes, stub.length);
      return { family: "zip", what: "512-byte stub in front", bytes: out };
    },
  },
  {
    what: "a part duplicated with other content",
    make: (b, r) => {
      const all = items(b);
      const dup = pick(
        r,
        all.filter((i) => readParts(b.bytes).includes(i.name)),
      );
      // Written under a name of the same length, then renamed in place (our writer refuses duplicates).
      const stand = dup.name.slice(0, -1) + (dup.name.endsWith("z") ? "y" : "z");
      const zip = writeZip([...all, { name: stand, data: new TextEncoder().encode("<x/>") }]);
      return {
        family: "zip",
        what: `${dup.name} twice`,
        bytes: renameEntry(zip, stand, dup.name),
        mustRefuse: true,
      };
    },
  },
  {
    what: "an entry name that leaves the package",
    make: (b, r) => {
      const name = pick(r, ["../../evil.xml", "/abs/evil.xml", "C:/evil.xml", "xl\\..\\..\\evil.xml"]);
      return {
        family: "zip",
        what: `entry ${name}`,
        bytes: writeZip([...items(b), { name, data: new TextEncoder().encode("<x/>") }]),
        mustRefuse: true,
      };
    },
  },
  {
    what: "a local header offset moved",
    make: (b, r) => {
      const recs = centralRecords(b.bytes);
      const rec = pick(r, recs);
      const view = new DataView(b.bytes.buffer, b.bytes.byteOffset);
      const delta = pick(r, [1, -1, 4, 30, 1000]);
      return {
        family: "zip",
        what: `offset of record at ${rec} ${delta > 0 ? "+" : ""}${delta}`,
        bytes: patchCentral(b.bytes, rec, 42, 4, view.getUint32(rec + 42, true) + delta),
      };
    },
  },
  {
    what: "a size changed",
    make: (b, r) => {
      const rec = pick(r, centralRecords(b.bytes));
      const view = new DataView(b.bytes.buffer, b.bytes.byteOffset);
      const field = pick(r, [20, 24] as const);
      const delta = pick(r, [1, -1, 1000, 0x7fffffff]);
      return {
        family: "zip",
        what: `${field === 20 ? "compressed" : "declared"} size of record at ${rec} ${delta}`,
        bytes: patchCentral(b.bytes, rec, field, 4, view.getUint32(rec + field, true) + delta),
      };
    },
  },
  {
    what: "a compression method changed",
    make: (b, r) => {
      const rec = pick(r, centralRecords(b.bytes));
      const method = pick(r, [0, 8, 9, 12, 14, 99]);
      return {
        family: "zip",
        what: `method ${method} at record ${rec}`,
        bytes: patchCentral(b.bytes, rec, 10, 2, method),
      };
    },
  },
  {
    what: "a deflated part declared stored",
    make: (b) => {
      const recs = centralRecords(b.bytes);
      const view = new DataView(b.bytes.buffer, b.bytes.byteOffset);
      const rec = recs.find((at) => view.getUint16(at + 10, true) === 8) ?? recs[0]!;
      return {
        family: "zip",
        what: `record ${rec} declared stored`,
        bytes: patchCentral(b.bytes, rec, 10, 2, 0),
      };
    },
  },
];

// ---------------------------------------------------------------- memory attacks

const enc = new TextEncoder();

/** A worksheet whose XML is `size` bytes of one repeated unit: deflates ~1000 times. */
function repeated(unit: string, size: number, head = "", tail = ""): Uint8Array {
  const body = unit.repeat(Math.ceil(size / unit.length));
  return enc.encode(head + body + tail);
}

/** The base with one part replaced by raw bytes, deflated. */
function withPart(b: Base, part: string, data: Uint8Array): Uint8Array {
  const all: ZipWriteItem[] = items(b).filter((i) => i.name !== part);
  return writeZip([...all, { name: part, data }]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

const MEMORY_ATTACKS: readonly ZipTrick[] = [
  {
    what: "a sheet of 24 MB of empty rows (ratio bomb)",
    make: (b) => ({
      family: "memory",
      what: "24 MB of <row/> in the first sheet",
      bytes: withPart(
        b,
        firstSheet(b),
        repeated("<row/>", 24 * 1024 * 1024, SHEET_HEAD, "</sheetData></worksheet>"),
      ),
      mustRefuse: true,
    }),
  },
  {
    what: "one 16 MB comment (a single huge token)",
    make: (b) => ({
      family: "memory",
      what: "16 MB comment in the workbook part",
      bytes: withPart(
        b,
        "xl/workbook.xml",
        enc.encode(
          Package.open(b.bytes)
            .text("xl/workbook.xml")
            .replace("<sheets>", `<!--${"-a".repeat(8 * 1024 * 1024)}--><sheets>`),
        ),
      ),
      mustRefuse: true,
    }),
  },
  {
    what: "elements nested 100,000 deep",
    make: (b) => ({
      family: "memory",
      what: "100,000 nested elements",
      bytes: withPart(
        b,
        firstSheet(b),
        enc.encode(SHEET_HEAD + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</sheetData></worksheet>"),
      ),
      mustRefuse: true,
    }),
  },
  {
    what: "entries sharing one deflate stream (overlap bomb)",
    make: (b) => {
      const zip = writeZip(items(b));
      // Point every central record's data at the first entry's bytes.
      const recs = centralRecords(zip);
      let out = zip;
      for (const rec of recs.slice(1)) out = patchCentral(out, rec, 42, 4, 0);
      return { family: "memory", what: "all entries at offset 0", bytes: out, mustRefuse: true };
    },
  },
  {
    what: "20,000 entries",
    make: (b) => {
      const extra = Array.from({ length: 20_000 }, (_, i) => ({
        name: `x/${i}.bin`,
        data: new Uint8Array(0),
      }));
      return {
        family: "memory",
        what: "20,000 entries",
        bytes: writeZip([...items(b), ...extra]),
        mustRefuse: true,
      };
    },
  },
];

function firstSheet(b: Base): string {
  return (
    readParts(b.bytes).find((n) => n.startsWith("xl/worksheets/") && !n.includes("_rels")) ??
    "xl/worksheets/sheet1.xml"
  );
}

// ---------------------------------------------------------------- making and judging

/** The variant `index` of a run with `seed`: the same pair always makes the same bytes. */
export function makeVariant(
  bases: readonly Base[],
  seed: number,
  index: number,
  families: readonly Family[],
): {
  base: Base;
  variant: Variant;
} {
  const r = rng((seed * 1_000_003 + index) >>> 0);
  const base = pick(r, bases);
  const family = pick(r, families);
  switch (family) {
    case "flip":
      return { base, variant: flip(r, base) };
    case "truncate":
      return { base, variant: truncate(r, base) };
    case "xml":
      return { base, variant: xmlMutation(r, base) };
    case "zip":
      return { base, variant: pick(r, ZIP_TRICKS).make(base, r) };
    case "memory":
      return { base, variant: pick(r, MEMORY_ATTACKS).make(base, r) };
  }
}

/** Every zip trick (and, with `memory`, every memory attack) once on a base. */
export function everyTrick(base: Base, seed: number, memory = true): Variant[] {
  const r = rng(seed);
  return [...ZIP_TRICKS, ...(memory ? MEMORY_ATTACKS : [])].map((t) => t.make(base, r));
}

/** Reads a variant as a user would and judges the outcome; then tries a copy. */
export async function judge(base: Base, variant: Variant): Promise<Judgement> {
  const start = performance.now();
  let cells: string;
  try {
    cells = await readCells(variant.bytes);
  } catch (e) {
    const ms = performance.now() - start;
    if (e instanceof WorkbookFileError) {
      const oneLine = !e.message.includes("\n");
      return {
        outcome: "refused",
        violation: oneLine ? null : `refusal spans lines: ${e.message}`,
        copy: "none",
        ms,
      };
    }
    return {
      outcome: "crash",
      violation: `crash: ${e instanceof Error ? e.stack : String(e)}`,
      copy: "none",
      ms,
    };
  }
  const ms = performance.now() - start;
  const outcome: Outcome = cells === base.cells ? "same" : "changed";
  let violation: string | null = null;
  if (variant.mustRefuse && !variant.gap) violation = `read (${outcome}) where it must be refused`;
  else if (outcome === "changed" && variant.family !== "xml") violation = "destroyed content read as data";
  const copy = await tryCopy(variant.bytes, cells);
  if (copy.violation) violation ??= copy.violation;
  return { outcome, violation, copy: copy.result, ms };
}

/**
 * A copy as `setup` makes one (every part kept, one added): refused, or a copy that
 * reads as the variant did and whose every entry passes its CRC-32.
 */
async function tryCopy(
  bytes: Uint8Array,
  cells: string,
): Promise<{ result: "refused" | "verified"; violation: string | null }> {
  let saved: Uint8Array;
  try {
    const wb = await openXlsx(bytes);
    wb.package.set("docProps/fuzz.xml", '<?xml version="1.0"?><fuzz/>');
    saved = wb.package.save();
  } catch (e) {
    if (e instanceof PackageError || e instanceof WorkbookFileError)
      return { result: "refused", violation: null };
    return { result: "refused", violation: `crash while saving: ${String(e)}` };
  }
  try {
    const again = await readCells(saved);
    const pkg = Package.open(saved);
    for (const e of entriesOf(saved)) {
      if (e.name.endsWith("/")) continue;
      if (crc32(pkg.bytes(e.name)) !== e.crc32)
        return { result: "verified", violation: `copy: ${e.name} fails its CRC` };
    }
    if (again !== cells)
      return { result: "verified", violation: "the copy reads other cells than its source" };
    return { result: "verified", violation: null };
  } catch (e) {
    return { result: "verified", violation: `a broken copy: ${String(e)}` };
  }
}

export type Tally = {
  variants: number;
  byFamily: Record<string, Record<Outcome, number>>;
  copies: { refused: number; verified: number };
  violations: { what: string; family: Family; base: string; why: string }[];
  /** Variants read where they should be refused, for a rule listed as a known gap. */
  knownGaps: { what: string; base: string; gap: string }[];
  slowestMs: number;
};

export function emptyTally(): Tally {
  return {
    variants: 0,
    byFamily: {},
    copies: { refused: 0, verified: 0 },
    violations: [],
    knownGaps: [],
    slowestMs: 0,
  };
}

export function record(t: Tally, base: Base, v: Variant, j: Judgement): void {
  t.variants++;
  const f = (t.byFamily[v.family] ??= { same: 0, refused: 0, changed: 0, crash: 0 });
  f[j.outcome]++;
  if (j.copy !== "none") t.copies[j.copy]++;
  if (v.gap && j.outcome !== "refused") t.knownGaps.push({ what: v.what, base: base.file, gap: v.gap });
  if (j.violation) t.violations.push({ what: v.what, family: v.family, base: base.file, why: j.violation });
  t.slowestMs = Math.max(t.slowestMs, j.ms);
}

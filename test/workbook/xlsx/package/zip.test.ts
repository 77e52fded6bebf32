import { deflateSync } from "fflate";
import { PackageError } from "../../../../src/workbook/xlsx/package";
import { crc32 } from "../../../../src/workbook/xlsx/package/crc32";
import {
  inflateEntry,
  inflateEntryBytes,
  rawEntryBytes,
  readZipDirectory,
} from "../../../../src/workbook/xlsx/package/zipRead";
import { limitsWith, type PackageLimits } from "../../../../src/workbook/xlsx/package/limits";
import { writeZip } from "../../../../src/workbook/xlsx/package/zipWrite";
import { buildZip, type RawEntry } from "./zipBytes";

const text = (s: string) => new TextEncoder().encode(s);
const LIMITS = limitsWith();

function deflated(name: string, content: Uint8Array, extra: Partial<RawEntry> = {}): RawEntry {
  return {
    name,
    stored: deflateSync(content),
    method: 8,
    crc: crc32(content),
    size: content.length,
    ...extra,
  };
}

function readAll(archive: Uint8Array, limits: PackageLimits = LIMITS): Record<string, string> {
  const budget = { remaining: limits.maxTotalBytes };
  const out: Record<string, string> = {};
  for (const e of readZipDirectory(archive, limits))
    out[e.name] = new TextDecoder().decode(inflateEntryBytes(archive, e, limits, budget));
  return out;
}

function errorOf(f: () => unknown): PackageError {
  try {
    f();
  } catch (e) {
    if (e instanceof PackageError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("reading zip archives", () => {
  const sheet = text('<worksheet><sheetData><row r="1"/></sheetData></worksheet>');

  it("reads stored and deflated entries our writer makes", () => {
    const archive = writeZip([
      { name: "[Content_Types].xml", data: text("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: sheet },
      { name: "xl/media/image1.png", data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), store: true },
    ]);
    const entries = readZipDirectory(archive, LIMITS);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["[Content_Types].xml", 0], // too small to gain from deflating
      ["xl/worksheets/sheet1.xml", 8],
      ["xl/media/image1.png", 0],
    ]);
    expect(readAll(archive)["xl/worksheets/sheet1.xml"]).toBe(new TextDecoder().decode(sheet));
  });

  it("takes sizes from the central directory when entries end in data descriptors", () => {
    const archive = buildZip([
      deflated("a.xml", sheet, { descriptor: true }),
      deflated("b.xml", text("<b/>"), { descriptor: true }),
    ]);
    expect(readAll(archive)).toEqual({ "a.xml": new TextDecoder().decode(sheet), "b.xml": "<b/>" });
  });

  it("reads zip64 sizes, offsets and end records", () => {
    const archive = buildZip([deflated("a.xml", sheet, { zip64: true })], { zip64End: true });
    expect(readAll(archive)).toEqual({ "a.xml": new TextDecoder().decode(sheet) });
  });

  it("finds the directory behind bytes prepended to the archive", () => {
    const archive = writeZip([{ name: "a.xml", data: sheet }]);
    const shifted = new Uint8Array(archive.length + 100);
    shifted.set(archive, 100);
    expect(Object.keys(readAll(shifted))).toEqual(["a.xml"]);
  });

  it("names what is wrong with archives it cannot read", () => {
    const good = writeZip([{ name: "a.xml", data: sheet }]);
    expect(errorOf(() => readZipDirectory(text("just some text that is long enough"), LIMITS)).kind).toBe(
      "notZip",
    );
    expect(errorOf(() => readZipDirectory(good.subarray(0, good.length - 30), LIMITS)).kind).toBe(
      "truncated",
    );
    const encrypted = buildZip([deflated("a.xml", sheet, { flags: 1 })]);
    expect(errorOf(() => readZipDirectory(encrypted, LIMITS))).toMatchObject({
      kind: "encrypted",
      part: "a.xml",
    });
    const bzip2 = buildZip([{ ...deflated("a.xml", sheet), method: 12 }]);
    expect(errorOf(() => readZipDirectory(bzip2, LIMITS))).toMatchObject({
      kind: "unsupported",
      part: "a.xml",
    });
  });

  it("refuses an entry whose bytes do not match its checksum", () => {
    const archive = buildZip([deflated("a.xml", sheet, { crc: 1234 })]);
    const [entry] = readZipDirectory(archive, LIMITS);
    const e = errorOf(() => inflateEntryBytes(archive, entry!, LIMITS, { remaining: 1e9 }));
    expect(e).toMatchObject({ kind: "damaged", part: "a.xml" });
    expect(e.message).toMatch(/checksum/);
  });

  it("refuses a deflate stream that is cut short", () => {
    const full = deflateSync(sheet);
    const archive = buildZip([{ ...deflated("a.xml", sheet), stored: full.subarray(0, full.length - 4) }]);
    const [entry] = readZipDirectory(archive, LIMITS);
    expect(errorOf(() => inflateEntryBytes(archive, entry!, LIMITS, { remaining: 1e9 })).kind).toBe(
      "damaged",
    );
  });
});

describe("zip bombs", () => {
  const zeros = new Uint8Array(64 * 1024 * 1024);

  it("stops inflating once a part expands beyond the ratio limit, whatever its header declares", () => {
    // 64 MiB of zeros deflate to about 64 KiB: a ratio near 1000.
    const bomb = buildZip([{ ...deflated("xl/worksheets/sheet1.xml", zeros), size: 100 }]);
    const [entry] = readZipDirectory(bomb, LIMITS);
    let produced = 0;
    const e = errorOf(() =>
      inflateEntry(bomb, entry!, LIMITS, { remaining: 1e12 }, (chunk) => {
        produced += chunk.length;
      }),
    );
    expect(e).toMatchObject({ kind: "tooLarge", part: "xl/worksheets/sheet1.xml" });
    // Caught within the grace output plus one inflate step, long before the 64 MiB.
    expect(produced).toBeLessThan(LIMITS.ratioGraceBytes + 17 * 1024 * 1024);
  });

  it("stops at the part size and package total budgets", () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const archive = buildZip([deflated("a.bin", data), deflated("b.bin", data)]);
    const small = limitsWith({ maxPartBytes: 200_000 });
    expect(errorOf(() => readAll(archive, small)).kind).toBe("tooLarge");
    const total = limitsWith({ maxTotalBytes: 500_000 });
    expect(errorOf(() => readAll(archive, total))).toMatchObject({ kind: "tooLarge", part: "b.bin" });
  });

  it("refuses entries that share their compressed bytes", () => {
    const archive = buildZip([deflated("a.xml", text("<a/>")), deflated("b.xml", text("<a/>"))], {
      shareFirst: true,
    });
    expect(errorOf(() => readZipDirectory(archive, LIMITS)).kind).toBe("tooLarge");
  });

  it("refuses more entries than the limit", () => {
    const archive = writeZip(
      Array.from({ length: 20 }, (_, i) => ({ name: `p${i}.xml`, data: text("<p/>") })),
    );
    expect(errorOf(() => readZipDirectory(archive, limitsWith({ maxEntries: 10 }))).kind).toBe("tooLarge");
  });
});

describe("writing zip archives", () => {
  it("copies an entry's compressed bytes, checksum and date exactly", () => {
    const content = text("<sst>".padEnd(5000, "x") + "</sst>");
    const source = buildZip([deflated("xl/sharedStrings.xml", content, { descriptor: true })]);
    const [entry] = readZipDirectory(source, LIMITS);
    const copy = writeZip([
      { name: entry!.name, copy: { archive: source, entry: entry! } },
      { name: "new.xml", data: text("<n/>") },
    ]);
    const [copied, added] = readZipDirectory(copy, LIMITS);
    expect(rawEntryBytes(copy, copied!)).toEqual(rawEntryBytes(source, entry!));
    expect(copied).toMatchObject({
      crc32: entry!.crc32,
      dosTime: entry!.dosTime,
      dosDate: entry!.dosDate,
      size: content.length,
    });
    expect(added!.name).toBe("new.xml");
    expect(readAll(copy)["xl/sharedStrings.xml"]).toBe(new TextDecoder().decode(content));
  });

  it("writes names in UTF-8 and refuses two entries of one name", () => {
    const archive = writeZip([{ name: "xl/media/bild_Å.png", data: text("x"), store: true }]);
    expect(readZipDirectory(archive, LIMITS)[0]!.name).toBe("xl/media/bild_Å.png");
    expect(() =>
      writeZip([
        { name: "a.xml", data: text("1") },
        { name: "A.xml", data: text("2") },
      ]),
    ).toThrow(/duplicate/);
  });
});

/**
 * Encodings and flavours of real packages, on real bytes: the fixtures in
 * test/fixtures/encodings are LibreOffice's export of a goals table transformed by
 * make.py there (UTF-16 in either byte order, Strict OOXML namespaces, an Excel 5
 * dialog sheet, a part declared ISO-8859-1, a byte that is not UTF-8). LibreOffice
 * is the referee: it opens every one of them, and every copy set-up writes from
 * those we read (one soffice run converts the copies to CSV).
 *
 * XML 1.0 (section 4.3.3, appendix F) and ECMA-376 Part 2 (8.1.4: parts are UTF-8
 * or UTF-16) say how a part's encoding is found; a copy re-encodes nothing it does
 * not own and writes what it edits in the encoding the part declares.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { setUpPlan } from "../../../../src/app/setUpPlan";
import {
  openXlsx,
  readXlsxBytes,
  saveXlsx,
  WorkbookFileError,
  xlsxPort,
} from "../../../../src/workbook/xlsx";
import { Package } from "../../../../src/workbook/xlsx/package";
import { rawEntryBytes, readZipDirectory } from "../../../../src/workbook/xlsx/package/zipRead";
import { DEFAULT_LIMITS } from "../../../../src/workbook/xlsx/package/limits";
import { sheetsAsCsv } from "../libreOffice";

jest.setTimeout(240_000);

const FIXTURES = join(__dirname, "..", "..", "..", "fixtures");
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, "encodings", name)));
const plain = new Uint8Array(readFileSync(join(FIXTURES, "libreoffice-goals-table.xlsx")));

/** The goals table as read: its name, place and every value. */
function goals(bytes: Uint8Array): unknown {
  const read = readXlsxBytes(bytes);
  return read.raw.tables.map((t) => ({ sheet: t.sheet, name: t.name, values: t.values }));
}

function refusal(bytes: Uint8Array): WorkbookFileError {
  try {
    readXlsxBytes(bytes);
  } catch (e) {
    if (e instanceof WorkbookFileError) return e;
    throw e;
  }
  throw new Error("read without error");
}

const OPENED = ["utf16le-workbook.xlsx", "utf16be-all-parts.xlsx", "strict-ooxml.xlsx", "dialog-sheet.xlsx"];

describe("packages LibreOffice opens", () => {
  const expected = goals(plain);

  it("the fixture reads as the goals table it was made from (Mål, two goals)", () => {
    expect(expected).toMatchObject([
      {
        sheet: "Mål",
        values: [
          ["Mål-ID", "Artikel", "Mål"],
          ["M1", 11, "Jämställda löner"],
          ["M2", "Art. 2 och 5", "Jämn könsfördelning i nämnder"],
        ],
      },
    ]);
  });

  it.each(OPENED)("%s reads the same goals table, å and ä intact", (name) => {
    expect(goals(bytesOf(name))).toEqual(expected);
  });

  it("a dialog sheet is listed as one and read as no table", () => {
    const read = readXlsxBytes(bytesOf("dialog-sheet.xlsx"));
    expect(read.info.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Mål", "worksheet"],
      ["Dialog1", "dialogsheet"],
    ]);
  });
});

describe("encodings refused with one line naming the part", () => {
  it("a part declared ISO-8859-1 is refused, not decoded as UTF-8 into replacement characters", () => {
    const e = refusal(bytesOf("latin1-shared-strings.xlsx"));
    expect(e).toMatchObject({ reason: "encoding", part: "xl/sharedStrings.xml" });
    expect(e.message).toMatch(/ISO-8859-1/);
  });

  it("a byte that is not UTF-8 is refused, not read as U+FFFD (LibreOffice reads the strings as empty)", () => {
    const e = refusal(bytesOf("invalid-utf8-shared-strings.xlsx"));
    expect(e).toMatchObject({ reason: "corrupt", part: "xl/sharedStrings.xml" });
    expect(e.message).toMatch(/not valid UTF-8/);
  });

  it("a part that declares UTF-16 while its bytes are UTF-8 is refused (XML 1.0: UTF-16 needs a BOM)", () => {
    const pkg = Package.open(plain);
    pkg.set(
      "xl/workbook.xml",
      new TextEncoder().encode(pkg.text("xl/workbook.xml").replace('encoding="UTF-8"', 'encoding="UTF-16"')),
    );
    const e = refusal(pkg.save());
    expect(e).toMatchObject({ reason: "corrupt", part: "xl/workbook.xml" });
    expect(e.message).toMatch(/declares the encoding UTF-16 but its bytes are UTF-8/);
  });
});

/** The entries of a zip by name. */
function entries(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(readZipDirectory(zip, DEFAULT_LIMITS).map((e) => [e.name, rawEntryBytes(zip, e)]));
}

describe("copies set-up writes", () => {
  const copies: { source: string; output: Uint8Array; input: Uint8Array; widened: Set<string> }[] = [];

  beforeAll(async () => {
    for (const source of OPENED) {
      const input = bytesOf(source);
      const wb = await openXlsx(input);
      const result = await setUpPlan(xlsxPort(wb), { lang: "sv" });
      // A user's table set-up widened with the issue-29 columns: its table and sheet parts are written.
      const widened = new Set<string>();
      for (const c of result.columnsAdded) {
        const t = wb.tables.find((x) => x.name.toLowerCase() === c.table.toLowerCase());
        const sheetPart = wb.sheets.find((x) => x.name === t?.sheet)?.part;
        if (t) widened.add(t.part);
        if (sheetPart) widened.add(sheetPart);
      }
      copies.push({ source, input, output: await saveXlsx(wb), widened });
    }
  });

  it("write an edited UTF-16 workbook.xml back as UTF-16, BOM and declaration as they were", () => {
    for (const [source, bom] of [
      ["utf16le-workbook.xlsx", [0xff, 0xfe, 0x3c, 0x00]],
      ["utf16be-all-parts.xlsx", [0xfe, 0xff, 0x00, 0x3c]],
    ] as const) {
      const copy = copies.find((c) => c.source === source)!;
      const pkg = Package.open(copy.output);
      const bytes = pkg.bytes("xl/workbook.xml");
      expect([source, [...bytes.subarray(0, 4)]]).toEqual([source, [...bom]]);
      const text = pkg.text("xl/workbook.xml");
      expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-16"/);
      // The edit is there: the plan's sheets were added to the workbook.
      expect(text).toContain('name="Uppföljning"');
    }
  });

  it("copy every part they do not own as it was, compressed bytes included", () => {
    for (const c of copies) {
      const before = entries(c.input);
      const after = entries(c.output);
      const owned = new Set([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "docProps/app.xml",
      ]);
      for (const [name, raw] of before) {
        if (owned.has(name) || c.widened.has(name)) continue;
        expect([c.source, name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(raw))]).toEqual([
          c.source,
          name,
          true,
        ]);
      }
    }
  });

  it("open in LibreOffice, every one, with the goals and the plan's sheets", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cemr-encodings-"));
    const files = copies.map((c) => {
      const path = join(dir, c.source);
      writeFileSync(path, c.output);
      return path;
    });
    const csv = await sheetsAsCsv(files, dir);
    const out = readdirSync(csv);
    for (const c of copies) {
      const stem = basename(c.source, ".xlsx");
      expect([c.source, out.includes(`${stem}-Uppföljning.csv`)]).toEqual([c.source, true]);
      const goalsCsv = readFileSync(join(csv, `${stem}-Mål.csv`), "utf8");
      // The goal as written; the empty issue-29 columns may follow it.
      expect([c.source, goalsCsv.split("\n")[1]?.replace(/,+$/, "")]).toEqual([
        c.source,
        "M1,11,Jämställda löner",
      ]);
    }
  });
});

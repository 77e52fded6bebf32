/**
 * Test and bench helper: workbooks crafted to exhaust memory with one huge token
 * (the shape of the attacks in issue 23: a 2.9 MB file whose workbook.xml holds a
 * 500-million-character comment). The filler compresses about 100 to 1, below the
 * package's ratio limit, so only the XML bounds stand in its way. Written in
 * streaming fashion, so a file of any size is made in little memory.
 */
import { Deflate } from "fflate";
import { Crc32 } from "../../../../src/workbook/xlsx/package/crc32";
import { NS_R, NS_SML } from "../../../../src/workbook/ooxml";
import { buildZip, type RawEntry } from "./zipBytes";

export type CraftedKind =
  "workbookComment" | "sheetComment" | "sharedString" | "attribute" | "elementName" | "textRun";

export const CRAFTED_KINDS: readonly CraftedKind[] = [
  "workbookComment",
  "sheetComment",
  "sharedString",
  "attribute",
  "elementName",
  "textRun",
];

const enc = new TextEncoder();

/** `chars` letters: runs of "a" with a few seeded random letters, so deflate cannot squeeze them 1000 to 1. */
function* filler(chars: number): Generator<Uint8Array> {
  const block = 1 << 20;
  let seed = 0x2545f491;
  for (let done = 0; done < chars; done += block) {
    const n = Math.min(block, chars - done);
    const out = new Uint8Array(n).fill(0x61);
    for (let i = 4096; i < n; i += 4136)
      for (let k = 0; k < 40 && i + k < n; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        out[i + k] = 0x61 + ((seed >>> 16) % 26);
      }
    yield out;
  }
}

/** A deflated entry from pieces, the huge one given as a generator. */
function entry(name: string, pieces: readonly (string | (() => Generator<Uint8Array>))[]): RawEntry {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (data) => chunks.push(data));
  const crc = new Crc32();
  let size = 0;
  const push = (bytes: Uint8Array): void => {
    crc.update(bytes);
    size += bytes.length;
    deflate.push(bytes);
  };
  for (const p of pieces) {
    if (typeof p === "string") push(enc.encode(p));
    else for (const b of p()) push(b);
  }
  deflate.push(new Uint8Array(0), true);
  const stored = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    stored.set(c, at);
    at += c.length;
  }
  return { name, method: 8, crc: crc.value(), stored, size };
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const BOOK_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const BOOK_OPEN = `${DECL}<workbook xmlns="${NS_SML}" xmlns:r="${NS_R}">`;
const BOOK_CLOSE = `<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const SHEET_OPEN = `${DECL}<worksheet xmlns="${NS_SML}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>`;
const SHEET_CLOSE = `</row></sheetData></worksheet>`;
const STRINGS = `${DECL}<sst xmlns="${NS_SML}" count="1" uniqueCount="1"><si><t>Mål</t></si></sst>`;

/** A workbook holding one token of about `chars` characters, of the given kind. */
export function craftedWorkbook(kind: CraftedKind, chars: number): Uint8Array {
  const huge = () => filler(chars);
  const book =
    kind === "workbookComment" ? [BOOK_OPEN, "<!--", huge, "-->", BOOK_CLOSE] : [BOOK_OPEN, BOOK_CLOSE];
  const sheet: (string | (() => Generator<Uint8Array>))[] =
    kind === "sheetComment"
      ? [SHEET_OPEN, "<!--", huge, "-->", SHEET_CLOSE]
      : kind === "attribute"
        ? [SHEET_OPEN, '<c r="B1" s="', huge, '"/>', SHEET_CLOSE]
        : kind === "elementName"
          ? [SHEET_OPEN, "<x", huge, "/>", SHEET_CLOSE]
          : kind === "textRun"
            ? [SHEET_OPEN, '<c r="B1" t="inlineStr"><is><t>', huge, "</t></is></c>", SHEET_CLOSE]
            : [SHEET_OPEN, SHEET_CLOSE];
  const strings =
    kind === "sharedString"
      ? [`${DECL}<sst xmlns="${NS_SML}" count="1" uniqueCount="1"><si><t>`, huge, "</t></si></sst>"]
      : [STRINGS];
  return buildZip([
    entry("[Content_Types].xml", [TYPES]),
    entry("_rels/.rels", [ROOT_RELS]),
    entry("xl/workbook.xml", book),
    entry("xl/_rels/workbook.xml.rels", [BOOK_RELS]),
    entry("xl/worksheets/sheet1.xml", sheet),
    entry("xl/sharedStrings.xml", strings),
  ]);
}

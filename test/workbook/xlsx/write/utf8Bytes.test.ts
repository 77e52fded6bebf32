import { Utf8Bytes } from "../../../../src/workbook/xlsx/write/utf8Bytes";
import { applySplicesToBytes, applySplices } from "../../../../src/workbook/xlsx/write/xmlSplice";

const encode = (s: string) => new TextEncoder().encode(s);

describe("Utf8Bytes", () => {
  it("gives TextEncoder's bytes of the joined text, however the pieces fall across its chunks", () => {
    // Swedish letters, an emoji (a surrogate pair) and 300 KB of ASCII, so pieces cross the 256 KB chunks.
    const pieces = [
      "<t>Årsbokslut – jämställdhet</t>",
      "x".repeat(300_000),
      "😀ö",
      "y".repeat(262_140),
      "åäö😀",
    ];
    const out = new Utf8Bytes(8);
    for (const p of pieces) out.text(p);
    out.bytes(encode("<slut/>"));
    expect(Buffer.from(out.done()).equals(Buffer.from(encode(pieces.join("") + "<slut/>")))).toBe(true);
  });

  it("splices a part into the same bytes as splicing its text and encoding it", () => {
    const text = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"/></sheetData>`;
    const at = text.indexOf(`<row r="3"`);
    const row2 = `<row r="2"><c r="A2" t="inlineStr"><is><t>Mål ✓</t></is></c></row>`;
    const bytes = new Utf8Bytes();
    bytes.text(row2);
    const out = applySplicesToBytes(text, [
      { start: at, end: at, bytes: bytes.chunks() },
      { start: 0, end: 0, text: "<!-- för -->" },
    ]);
    const expected = applySplices(text, [
      { start: at, end: at, text: row2 },
      { start: 0, end: 0, text: "<!-- för -->" },
    ]);
    expect(new TextDecoder().decode(out)).toBe(expected);
  });
});

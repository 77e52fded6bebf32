import fc from "fast-check";
import {
  PackageError,
  XmlScanner,
  childElements,
  textContent,
  type XmlHandler,
} from "../../../../src/workbook/xlsx/package";
import { parseXml } from "../../../../src/workbook/xlsx/package/xmlTree";
import { scanXml } from "../../../../src/workbook/xlsx/package/xmlScanner";
import { NS_R, NS_SML, sml } from "../../../../src/workbook/ooxml";

/** Every event as a line, for comparing two scans. */
function events(feed: (scanner: XmlScanner) => void): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (name, attrs, self) => out.push(`open ${name} ${JSON.stringify(attrs)}${self ? " /" : ""}`),
    close: (name) => out.push(`close ${name}`),
    text: (t) => {
      // Text may arrive in pieces; join neighbours so splits do not matter.
      const last = out.length - 1;
      if (last >= 0 && out[last]!.startsWith("text ")) out[last] += t;
      else out.push(`text ${t}`);
    },
  };
  const scanner = new XmlScanner(handler, { part: "test.xml" });
  feed(scanner);
  scanner.end();
  return out;
}

function errorOf(xml: string): PackageError {
  try {
    scanXml(xml, {}, { part: "xl/worksheets/sheet1.xml" });
  } catch (e) {
    if (e instanceof PackageError) return e;
    throw e;
  }
  throw new Error("no error");
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by hand -->
<x:worksheet xmlns:x="${NS_SML}" xmlns:r="${NS_R}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> Mål &amp; medel &#x2013; &#229;r &lt;2030&gt; </x:t></x:is></x:c>
<x:c r="B1" t="str"><x:f>IF(A1&gt;0,"a &amp; b","")</x:f><x:v><![CDATA[a & b <c>]]></x:v></x:c></x:row>
</x:sheetData><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>`;

describe("the XML scanner", () => {
  it("resolves prefixes to namespaces, so x: and ns0: read like the default namespace", () => {
    const prefixed = parseXml(SHEET);
    const ns0 = parseXml(SHEET.replace(/x:/g, "ns0:").replace("xmlns:x=", "xmlns:ns0="));
    const plain = parseXml(SHEET.replace(/x:/g, "").replace("xmlns:x=", "xmlns="));
    for (const root of [prefixed, ns0, plain]) {
      expect(root.name).toBe(sml("worksheet"));
      const part = childElements(childElements(root, sml("tableParts"))[0]!, sml("tablePart"))[0]!;
      expect(part.attributes).toEqual({ [`{${NS_R}}id`]: "rId1" });
    }
    expect(JSON.stringify(ns0)).toBe(JSON.stringify(prefixed));
    expect(JSON.stringify(plain)).toBe(JSON.stringify(prefixed));
  });

  it("maps Strict OOXML namespaces to the Transitional ones", () => {
    const strict = parseXml(
      '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><drawing r:id="rId2"/></worksheet>',
    );
    expect(strict.name).toBe(sml("worksheet"));
    expect(childElements(strict)[0]!.attributes).toEqual({ [`{${NS_R}}id`]: "rId2" });
  });

  it("decodes the predefined entities, character references and CDATA, keeping white space", () => {
    const root = parseXml(SHEET);
    expect(root.children.filter((c) => typeof c === "string").join("")).toBe("");
    const [data] = childElements(root, sml("sheetData"));
    const [row] = childElements(data!, sml("row"));
    const [a1, b1] = childElements(row!, sml("c"));
    expect(textContent(a1!)).toBe(" Mål & medel – år <2030> ");
    expect(textContent(childElements(b1!, sml("f"))[0]!)).toBe('IF(A1>0,"a & b","")');
    expect(textContent(childElements(b1!, sml("v"))[0]!)).toBe("a & b <c>");
  });

  it("gives the same events however the text is cut into chunks", () => {
    const whole = events((s) => s.write(SHEET));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SHEET.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(SHEET.slice(from, p));
          from = p;
        }
        chunks.push(SHEET.slice(from));
        expect(events((s) => chunks.forEach((c) => s.write(c)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it("reads '>' inside attribute values and normalises their line breaks", () => {
    const root = parseXml('<a b="x > y" c=\'1\n2\' d="&#10;"/>');
    expect(root.attributes).toEqual({ b: "x > y", c: "1 2", d: "\n" });
  });

  it("tells where each token lies, for writers that splice a part's text", () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>';
    const spans: string[] = [];
    const scanner: XmlScanner = new XmlScanner({
      open: (name) => spans.push(`${name}:${xml.slice(scanner.tokenStart, scanner.tokenEnd)}`),
      close: (name) => spans.push(`/${name}:${xml.slice(scanner.tokenStart, scanner.tokenEnd)}`),
    });
    for (let i = 0; i < xml.length; i += 7) scanner.write(xml.slice(i, i + 7));
    scanner.end();
    expect(spans).toEqual([
      "sheetData:<sheetData>",
      'row:<row r="1">',
      'c:<c r="A1">',
      "v:<v>",
      "/v:</v>",
      "/c:</c>",
      "/row:</row>",
      "/sheetData:</sheetData>",
    ]);
  });

  it("stops when the handler says so", () => {
    let opened = 0;
    const scanner: XmlScanner = new XmlScanner({
      open: (name) => {
        opened++;
        if (name === "stop") scanner.stop();
      },
    });
    scanner.write("<a><b/><stop/><c/><d");
    scanner.write(" unfinished");
    scanner.end();
    expect(opened).toBe(3);
  });
});

describe("namespace scopes (Namespaces in XML 1.0, section 6)", () => {
  it("ends a default namespace with its element, whatever names were read inside it", () => {
    const names = events((s) => s.write('<a xmlns="A"><b xmlns="B"><c/></b><c/><p:d xmlns:p="P"/><d/></a>'));
    expect(names.filter((e) => e.startsWith("open")).map((e) => e.split(" ")[1])).toEqual([
      "{A}a",
      "{B}b",
      "{B}c",
      "{A}c",
      "{P}d",
      "{A}d",
    ]);
    expect(names.filter((e) => e.startsWith("close"))).toEqual(["close {B}b", "close {A}a"]);
  });
});

describe("end-of-line handling (XML 1.0 section 2.11)", () => {
  it("reads literal CR LF and a lone CR in text as LF, and keeps &#13; a CR, whatever the chunking", () => {
    const xml = '<t xmlns="x">Handle\r\nBars\rand&#13;\nmore</t>';
    const whole = parseXml(xml);
    expect(textContent(whole)).toBe("Handle\nBars\nand\r\nmore");
    // Split between the CR and the LF: still one LF.
    const split = events((s) => {
      s.write(xml.slice(0, xml.indexOf("\n")));
      s.write(xml.slice(xml.indexOf("\n")));
    });
    expect(split).toContain("text Handle\nBars\nand\r\nmore");
  });
});

describe("hostile and malformed XML", () => {
  it("refuses a DOCTYPE, so entities are never declared, expanded or fetched", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>';
    const external =
      '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>';
    for (const xml of [laughs, external]) {
      const e = errorOf(xml);
      expect(e).toMatchObject({ kind: "damaged", part: "xl/worksheets/sheet1.xml" });
      expect(e.message).toMatch(/DOCTYPE/);
    }
  });

  it("refuses an entity it does not know instead of guessing", () => {
    // saxes's words; what matters is that each is refused, naming the part.
    expect(errorOf("<a>&nbsp;</a>").message).toMatch(/undefined entity/);
    expect(errorOf("<a>AT&T</a>").message).toMatch(/not well-formed XML/);
    expect(errorOf("<a>&#0;</a>").message).toMatch(/malformed character entity/);
  });

  it("refuses XML that is not well-formed, naming the part", () => {
    const cases: [string, RegExp][] = [
      ["<a><b></a>", /unexpected close tag/],
      ["<a><b>", /unclosed tag: b/],
      ["<a/><b/>", /only one root/],
      ["<x:a/>", /prefix of <x:a> is not declared/],
      ['<a x:y="1"/>', /prefix of the attribute x:y is not declared/],
      // Namespaces in XML 1.0 section 6.3: two prefixes of one namespace name the same attribute.
      ['<a xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>', /appears twice/],
      ["<a b=1/>", /unquoted attribute value/],
      ["", /must contain a root element/],
      ["text<a/>", /text data outside of root node/],
      ['<a b="unterminated', /unexpected end/],
      // XML 1.0 section 3.1: an attribute may appear once in a tag.
      ['<a b="1" b="2"/>', /duplicate attribute: b/],
      // XML 1.0 section 2.2: control characters other than tab and line ends are not characters.
      ["<a>\u0001</a>", /disallowed character/],
    ];
    for (const [xml, message] of cases) {
      const e = errorOf(xml);
      expect(e.kind).toBe("damaged");
      expect(e.part).toBe("xl/worksheets/sheet1.xml");
      expect(e.message).toMatch(message);
    }
  });

  it("refuses nesting deeper than the limit before it can exhaust the stack", () => {
    const deep = "<a>".repeat(100_000);
    expect(() => scanXml(deep, {}, { maxDepth: 200 })).toThrow(/nested deeper than 200/);
  });
});

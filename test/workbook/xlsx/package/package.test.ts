import {
  Package,
  PackageError,
  contentTypeOf,
  relativeTarget,
  relsPartOf,
  serializeRelationships,
} from "../../../../src/workbook/xlsx/package";
import { parseContentTypes, serializeContentTypes } from "../../../../src/workbook/xlsx/package/contentTypes";
import { parseRelationships } from "../../../../src/workbook/xlsx/package/relationships";
import { rawEntryBytes, readZipDirectory } from "../../../../src/workbook/xlsx/package/zipRead";
import { resolveTarget } from "../../../../src/workbook/xlsx/package/partNames";
import { writeZip } from "../../../../src/workbook/xlsx/package/zipWrite";
import { DEFAULT_LIMITS } from "../../../../src/workbook/xlsx/package/limits";
import { NS_SML, REL_TYPES, sml } from "../../../../src/workbook/ooxml";

const text = (s: string) => new TextEncoder().encode(s);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="XML" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

/** A package as openpyxl writes it: absolute targets. */
function openpyxlLike(): Uint8Array {
  return writeZip([
    { name: "[Content_Types].xml", data: text(CONTENT_TYPES) },
    {
      name: "_rels/.rels",
      data: text(
        serializeRelationships([{ id: "rId1", type: REL_TYPES.officeDocument, target: "xl/workbook.xml" }]),
      ),
    },
    { name: "xl/workbook.xml", data: text(`<workbook xmlns="${NS_SML}"><sheets/></workbook>`) },
    {
      name: "xl/worksheets/_rels/sheet1.xml.rels",
      data: text(
        serializeRelationships([
          { id: "rId1", type: REL_TYPES.table, target: "/xl/tables/table1.xml" },
          {
            id: "rId2",
            type: "http://purl.oclc.org/ooxml/officeDocument/relationships/drawing",
            target: "../drawings/drawing1.xml",
          },
          {
            id: "rId3",
            type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
            target: "https://example.se/plan?a=1#b",
            external: true,
          },
        ]),
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: text(`<worksheet xmlns="${NS_SML}"><sheetData/></worksheet>`) },
    { name: "xl/tables/table1.xml", data: text(`<table xmlns="${NS_SML}" ref="A1:B2"/>`) },
    { name: "xl/media/image1.png", data: Uint8Array.from([1, 2, 3, 4]), store: true },
  ]);
}

describe("relationships and part names", () => {
  it("resolves absolute, relative and external targets", () => {
    const pkg = Package.open(openpyxlLike());
    const rels = pkg.relationships("xl/worksheets/sheet1.xml");
    expect(rels.map((r) => [r.id, r.part, r.external])).toEqual([
      ["rId1", "xl/tables/table1.xml", false],
      ["rId2", "xl/drawings/drawing1.xml", false],
      ["rId3", null, true],
    ]);
    // Strict relationship types read as their Transitional twins.
    expect(rels[1]!.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
    expect(pkg.relationships("")[0]!.part).toBe("xl/workbook.xml");
    expect(pkg.relationships("xl/workbook.xml")).toEqual([]);
  });

  it("resolves dot segments, escapes and refuses targets that leave the package", () => {
    expect(resolveTarget("xl/workbook.xml", "./worksheets/../worksheets/sheet%201.xml")).toBe(
      "xl/worksheets/sheet 1.xml",
    );
    expect(resolveTarget("xl/workbook.xml", "../../outside.xml")).toBeNull();
    expect(resolveTarget("", "/xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("")).toBe("_rels/.rels");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table3.xml")).toBe("../tables/table3.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet2.xml")).toBe("worksheets/sheet2.xml");
  });

  it("writes relationships and content types that read back the same", () => {
    const rels = [
      { id: "rId1", type: REL_TYPES.worksheet, target: "worksheets/sheet1.xml" },
      { id: "rId2", type: REL_TYPES.styles, target: "styles.xml" },
      { id: "rId9", type: "x", target: 'http://a.se/?q=1&r="2"', external: true },
    ];
    const back = parseRelationships(
      serializeRelationships(rels),
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
    );
    expect(back.map((r) => ({ id: r.id, type: r.type, target: r.target, external: r.external }))).toEqual(
      rels.map((r) => ({ ...r, external: r.external ?? false })),
    );
    const types = parseContentTypes(CONTENT_TYPES);
    expect(contentTypeOf(types, "/XL/Workbook.xml")).toMatch(/sheet\.main\+xml$/);
    expect(contentTypeOf(types, "xl/styles.xml")).toBe("application/xml");
    expect(contentTypeOf(types, "xl/media/image1.png")).toBeUndefined();
    expect(parseContentTypes(serializeContentTypes(types))).toEqual(types);
  });
});

describe("the package", () => {
  it("finds parts case-insensitively, as OPC compares part names", () => {
    const pkg = Package.open(openpyxlLike());
    expect(pkg.find("/XL/Worksheets/Sheet1.XML")).toBe("xl/worksheets/sheet1.xml");
    expect(pkg.has("xl/missing.xml")).toBe(false);
    expect(pkg.xml("xl/tables/table1.xml").attributes.ref).toBe("A1:B2");
    expect(() => pkg.bytes("xl/missing.xml")).toThrow(PackageError);
  });

  it("streams a part through the scanner, reporting progress, and can stop early", () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const bytes = writeZip([
      {
        name: "sheet.xml",
        data: text(`<worksheet xmlns="${NS_SML}"><sheetData>${rows.join("")}</sheetData></worksheet>`),
      },
    ]);
    const pkg = Package.open(bytes);
    let cells = 0;
    const progress: number[] = [];
    pkg.scan("sheet.xml", () => ({ open: (name) => void (name === sml("c") && cells++) }), {
      onProgress: (done) => progress.push(done),
    });
    expect(cells).toBe(5000);
    expect(progress[progress.length - 1]).toBe(pkg.declaredSize("sheet.xml"));
    let seen = 0;
    pkg.scan("sheet.xml", (scanner) => ({
      open: (name) => {
        if (name === sml("row") && ++seen === 10) scanner.stop();
      },
    }));
    expect(seen).toBe(10);
  });

  it("reads UTF-16 parts that start with a byte-order mark", () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."<a>Å</a>"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const pkg = Package.open(writeZip([{ name: "a.xml", data: utf16 }]));
    expect(pkg.text("a.xml")).toBe("<a>Å</a>");
  });

  it("saves untouched parts byte for byte and only the changed ones anew", () => {
    const original = openpyxlLike();
    const pkg = Package.open(original);
    expect(pkg.save()).toBe(original);
    pkg.set("xl/workbook.xml", `<workbook xmlns="${NS_SML}"><sheets><sheet name="Ny"/></sheets></workbook>`);
    pkg.set("xl/worksheets/sheet2.xml", `<worksheet xmlns="${NS_SML}"/>`);
    pkg.remove("xl/media/image1.png");
    expect(pkg.changes()).toEqual({
      added: ["xl/worksheets/sheet2.xml"],
      changed: ["xl/workbook.xml"],
      removed: ["xl/media/image1.png"],
    });
    const saved = pkg.save();
    const before = new Map(
      readZipDirectory(original, DEFAULT_LIMITS).map((e) => [e.name, rawEntryBytes(original, e)]),
    );
    const after = readZipDirectory(saved, DEFAULT_LIMITS);
    expect(after.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/tables/table1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    for (const e of after) {
      if (e.name === "xl/workbook.xml" || e.name === "xl/worksheets/sheet2.xml") continue;
      expect(rawEntryBytes(saved, e)).toEqual(before.get(e.name));
    }
    const reopened = Package.open(saved);
    expect(reopened.text("xl/workbook.xml")).toContain('name="Ny"');
    expect(reopened.partNames()).not.toContain("xl/media/image1.png");
  });

  it("builds a new package from nothing", () => {
    const pkg = Package.create();
    pkg.set("[Content_Types].xml", CONTENT_TYPES);
    pkg.set("xl/workbook.xml", `<workbook xmlns="${NS_SML}"/>`);
    const again = Package.open(pkg.save());
    expect(again.partNames()).toEqual(["[Content_Types].xml", "xl/workbook.xml"]);
    expect(contentTypeOf(again.contentTypes(), "xl/workbook.xml")).toMatch(/main\+xml/);
  });
});

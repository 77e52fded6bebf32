/**
 * The section's .docx against the OOXML schemas: every XML part of the package that
 * ISO/IEC 29500-4:2016 (transitional, the schemas Office writes to) has a schema for
 * is validated by xmllint (xmllint-wasm): the document, styles, settings, numbering,
 * fonts, notes and theme, each chart part, and the document properties. The copies
 * of the schemas, their source and licence are in ./ooxml-schemas (README.md there).
 *
 * Before validating, each part goes through what Markup Compatibility (ISO/IEC 29500-3)
 * asks of a consumer that knows only the transitional schemas: the namespaces a part
 * names in mc:Ignorable (Word 2010's w14 and the like, which docx declares) are
 * dropped, attributes and elements alike. An mc:AlternateContent would need a choice,
 * so a part with one fails the test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { prepareSummary } from "../../../src/app/summariseWorkbook";
import type { Lang } from "../../../src/core/language/language";
import { reportSection } from "../../../src/core/summary";
import { sectionDocx } from "../../../src/workbook/docx/sectionDocx";
import { openXlsx } from "../../../src/workbook/xlsx";
import { contentTypeOf, Package } from "../../../src/workbook/xlsx/package";
import { xlsxPort } from "../../../src/workbook/xlsx/xlsxPort";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const schemaDir = join(__dirname, "ooxml-schemas");
const schemas: XMLFileInfo[] = readdirSync(schemaDir)
  .filter((f) => f.endsWith(".xsd"))
  .map((fileName) => ({ fileName, contents: readFileSync(join(schemaDir, fileName), "utf8") }));

/** The schema of each kind of part, by its content type. */
const SCHEMA_OF: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": "wml.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "dml-main.xsd",
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml":
    "shared-documentPropertiesExtended.xsd",
  "application/vnd.openxmlformats-officedocument.custom-properties+xml":
    "shared-documentPropertiesCustom.xsd",
};

/**
 * The packaging parts, whose schemas are in ISO/IEC 29500-2 (not among those here):
 * the content types, the relationships and the core properties. Their contents are
 * checked in sectionDocx.test.ts (every chart related and typed).
 */
const PACKAGING = /^\[Content_Types\]\.xml$|_rels\/[^/]*\.rels$|^docProps\/core\.xml$/;

/** The part as a consumer that knows only the transitional schemas reads it (see the file's comment). */
function withoutIgnorable(xml: string): string {
  const { window } = new JSDOM(xml, { contentType: "text/xml" });
  const root = window.document.documentElement;
  if (window.document.getElementsByTagNameNS(MC, "AlternateContent").length > 0)
    throw new Error("mc:AlternateContent: no choice made here");
  const ignorable = new Set(
    (root.getAttributeNS(MC, "Ignorable") ?? "")
      .split(/\s+/)
      .filter((p) => p !== "")
      .map((prefix) => root.lookupNamespaceURI(prefix)),
  );
  root.removeAttributeNS(MC, "Ignorable");
  for (const el of Array.from(window.document.getElementsByTagName("*"))) {
    if (ignorable.has(el.namespaceURI)) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes))
      if (ignorable.has(attr.namespaceURI)) el.removeAttributeNode(attr);
  }
  return new window.XMLSerializer().serializeToString(window.document);
}

type Part = { readonly fileName: string; readonly contents: string; readonly schema: string };

/** The errors xmllint finds in the parts, each schema compiled once for all its parts. */
async function validate(parts: readonly Part[]): Promise<string[]> {
  const errors: string[] = [];
  for (const schema of new Set(parts.map((p) => p.schema))) {
    const main = schemas.find((s) => s.fileName === schema);
    if (!main) throw new Error(`no schema ${schema}`);
    const result = await validateXML({
      xml: parts.filter((p) => p.schema === schema).map(({ fileName, contents }) => ({ fileName, contents })),
      schema: [main],
      preload: schemas.filter((s) => s !== main),
    });
    if (!result.valid) errors.push(...result.errors.map((e) => e.rawMessage));
  }
  return errors;
}

async function sectionPackage(file: string, period: string, lang: Lang): Promise<Package> {
  const port = xlsxPort(await openXlsx(readFileSync(join(__dirname, "../../../assets/example", file))));
  const prepared = await prepareSummary(port, period, lang, "2026-01-15");
  if (!prepared.ok) throw new Error(`${file} has no period ${period}`);
  return Package.open(await sectionDocx(reportSection(prepared.summary, lang)));
}

/**
 * Every XML part of the package with the schema of its content type; a part of a kind
 * without one, unnamed. The charts' embedded workbooks (.xlsx) are packages of their
 * own, read back by openpyxl in sectionDocx.test.ts.
 */
function partsOf(
  name: string,
  pkg: Package,
): (Part | { readonly fileName: string; readonly type: string })[] {
  return pkg
    .partNames()
    .filter((part) => !PACKAGING.test(part) && part.endsWith(".xml"))
    .map((part) => {
      const fileName = `${name}/${part}`.replace(/[/[\]]/g, "_");
      const type = contentTypeOf(pkg.contentTypes(), part) ?? "";
      const schema = SCHEMA_OF[type];
      return schema ? { fileName, contents: withoutIgnorable(pkg.text(part)), schema } : { fileName, type };
    });
}

const CASES = [
  ["exempelplan.xlsx", "Helår 2020", "sv"],
  ["example-plan.xlsx", "Annual 2020", "en"],
  ["exempelplan.xlsx", "Delår 2019", "en"],
  ["example-plan.xlsx", "Interim 2019", "sv"],
] as const;

let packages: Package[] = [];
beforeAll(async () => {
  packages = await Promise.all(CASES.map(([file, period, lang]) => sectionPackage(file, period, lang)));
}, 120_000);

describe("the section is valid against the OOXML transitional schemas (ISO/IEC 29500-4:2016)", () => {
  it("in every XML part of both example plans' sections, in both languages", async () => {
    const parts = packages.flatMap((pkg, i) => partsOf(`case${i}`, pkg));
    // A part of a kind without a schema above would go unchecked: the test says so.
    expect(parts.filter((p) => !("schema" in p))).toEqual([]);
    const checked = parts.filter((p): p is Part => "schema" in p);
    // The sheet's three charts and, the example plans being linked, goals per national sub-goal.
    expect(checked.filter((p) => p.fileName.includes("_charts_"))).toHaveLength(4 * CASES.length);
    expect(checked.filter((p) => p.fileName.endsWith("word_document.xml"))).toHaveLength(CASES.length);
    expect(checked.filter((p) => p.fileName.endsWith("word_styles.xml"))).toHaveLength(CASES.length);
    expect(await validate(checked)).toEqual([]);
  }, 180_000);

  it("rejects a chart drawing out of the schema's order and a series without values (the check can fail)", async () => {
    const pkg = packages[0]!;
    const document = withoutIgnorable(pkg.text("word/document.xml"));
    const swapped = document.replace(/(<wp:extent [^>]*\/>)(<wp:effectExtent [^>]*\/>)/, "$2$1");
    const chart = pkg.text("word/charts/chart1.xml");
    const noValues = chart.replace(/<c:val>[\s\S]*?<\/c:val>/, "<c:val/>");
    expect(swapped).not.toBe(document);
    expect(noValues).not.toBe(chart);
    const errors = await validate([
      { fileName: "swapped.xml", contents: swapped, schema: "wml.xsd" },
      { fileName: "novalues.xml", contents: noValues, schema: "dml-chart.xsd" },
    ]);
    expect(errors.filter((e) => e.startsWith("swapped.xml")).join("\n")).toContain("effectExtent");
    expect(errors.filter((e) => e.startsWith("novalues.xml")).join("\n")).toContain("val");
  }, 180_000);
});

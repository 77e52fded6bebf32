/**
 * The manifest: valid against Office's XSDs (offline), and right in what the schema
 * cannot see: https URLs, every resource id defined, icons present at their sizes,
 * the requirement set equal to the code's, Swedish overrides, support pointing at the guide.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { JSDOM } from "jsdom";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, manifestForBuild, DEV_ID, PROD_ID } = require("../../scripts/manifestUrls.js") as {
  rewriteManifest: (xml: string, base: string) => string;
  manifestForBuild: (
    xml: string,
    build: { production: boolean; baseUrl: string },
    note?: (line: string) => void,
  ) => string;
  DEV_ID: string;
  PROD_ID: string;
};

const root = join(__dirname, "..", "..");
// Copies of Office's XSDs with their source and licence (manifest-schemas/README.md).
const schemaDir = join(__dirname, "manifest-schemas");
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");

async function validate(xml: string) {
  const schemas = readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd"))
    .map((fileName) => ({ fileName, contents: readFileSync(join(schemaDir, fileName), "utf8") }));
  const main = schemas.find((s) => s.fileName === "OfficeAppManifestV1_1.xsd")!;
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [main],
    preload: schemas.filter((s) => s !== main),
  });
}

function parse(xml: string): Document {
  return new JSDOM(xml, { contentType: "text/xml" }).window.document;
}

const byLocal = (doc: Document | Element, name: string) =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schemas", async () => {
    const result = await validate(manifestXml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is rejected by the schemas when an element is out of order (the validation can fail)", async () => {
    const broken = manifestXml.replace(
      /(<Version>1\.0\.0\.0<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1",
    );
    expect(broken).not.toEqual(manifestXml);
    expect((await validate(broken)).valid).toBe(false);
  });

  const doc = parse(manifestXml);

  it("is an Excel task pane add-in asking for ReadWriteDocument and no more", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(byLocal(doc, "Host")[0]?.getAttribute("Name")).toBe("Workbook");
    expect(byLocal(doc, "Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  });

  it("requires the same Excel API set as the code", () => {
    const sets = byLocal(doc, "Set");
    expect(sets).toHaveLength(1);
    expect(sets[0]?.getAttribute("Name")).toBe(REQUIRED_EXCEL_API.set);
    expect(sets[0]?.getAttribute("MinVersion")).toBe(REQUIRED_EXCEL_API.version);
  });

  it("uses only https URLs", () => {
    const urls = [...manifestXml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("defines every resource id it refers to", () => {
    const defined = new Set(
      ["Image", "Url", "String"].flatMap((n) => byLocal(doc, n).map((e) => e.getAttribute("id"))),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(defined).toContain(resid);
  });

  it("points at icons that exist in assets at their stated sizes", () => {
    const iconUrls = [...manifestXml.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(iconUrls.length).toBeGreaterThan(3);
    for (const [, file, size] of iconUrls) {
      const png = readFileSync(join(root, file!));
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(join(root, `assets/icon-${size}.png`))).toBe(true);
  });

  it("has Swedish overrides for the name, the description and every ribbon string", () => {
    const overridden = (el: Element) =>
      byLocal(el, "Override").some((o) => o.getAttribute("Locale") === "sv-SE");
    expect(overridden(byLocal(doc, "DisplayName")[0]!)).toBe(true);
    expect(overridden(byLocal(doc, "Description")[0]!)).toBe(true);
    for (const s of byLocal(doc, "String")) expect(overridden(s)).toBe(true);
  });

  it("sends support and Learn more to the user's guide, English by default and Swedish for sv-SE", () => {
    const guideOf = (el: Element) => ({
      default: el.getAttribute("DefaultValue"),
      sv: byLocal(el, "Override")
        .find((o) => o.getAttribute("Locale") === "sv-SE")
        ?.getAttribute("Value"),
    });
    const learnMore = byLocal(doc, "Url").find((u) => u.getAttribute("id") === "GetStarted.LearnMoreUrl")!;
    for (const el of [byLocal(doc, "SupportUrl")[0]!, learnMore]) {
      expect(guideOf(el)).toEqual({
        default: "https://localhost:3000/guide.en.html",
        sv: "https://localhost:3000/guide.sv.html",
      });
    }
    // The build renders these pages from the guide's Markdown (webpack.config.js).
    for (const lang of ["sv", "en"]) expect(existsSync(join(root, `docs/guide.${lang}.md`))).toBe(true);
  });

  it("keeps short strings within 125 and long strings within 250 characters", () => {
    const lengths = (section: string, max: number) => {
      for (const s of byLocal(byLocal(doc, section)[0]!, "String")) {
        expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      }
    };
    lengths("ShortStrings", 125);
    lengths("LongStrings", 250);
  });
});

describe("the production manifest", () => {
  it("moves every URL to the base URL IT hosts the add-in on, and stays valid", async () => {
    const prod = rewriteManifest(manifestXml, "https://addins.example-kommun.se/cemr");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://addins.example-kommun.se/cemr/taskpane.html");
    expect(prod).toContain("<AppDomain>https://addins.example-kommun.se</AppDomain>");
    expect((await validate(prod)).valid).toBe(true);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => rewriteManifest(manifestXml, "http://intranet/cemr")).toThrow(/https/);
  });

  // Office tells add-ins apart by their Id (Microsoft's manifest reference, "Id" element):
  // a developer's sideloaded copy and IT's deployed one must not be the same add-in.
  const idOf = (xml: string) => byLocal(parse(xml), "Id")[0]?.textContent;
  const namesOf = (xml: string) => {
    const name = byLocal(parse(xml), "DisplayName")[0]!;
    return [
      name.getAttribute("DefaultValue"),
      ...byLocal(name, "Override").map((o) => o.getAttribute("Value")),
    ];
  };

  it("has an Id of its own and display names without (dev); the repository's manifest is the development one", () => {
    const prod = rewriteManifest(manifestXml, "https://addins.example-kommun.se/cemr/");
    expect(idOf(manifestXml)).toBe(DEV_ID);
    expect(idOf(prod)).toBe(PROD_ID);
    expect(PROD_ID).not.toBe(DEV_ID);
    expect(namesOf(manifestXml)).toEqual(["CEMR Follow-up (dev)", "CEMR Uppföljning (dev)"]);
    expect(namesOf(prod)).toEqual(["CEMR Follow-up", "CEMR Uppföljning"]);
    expect(prod).not.toContain("(dev)");
  });

  it("is what a production build with ADDIN_BASE_URL writes", () => {
    const notes: string[] = [];
    const built = manifestForBuild(
      manifestXml,
      { production: true, baseUrl: "https://addins.example-kommun.se/cemr/" },
      (l) => notes.push(l),
    );
    expect(idOf(built)).toBe(PROD_ID);
    expect(notes).toEqual([]);
  });

  it("is not what a production build without ADDIN_BASE_URL writes: that is the development manifest, said so on one line", async () => {
    const notes: string[] = [];
    const built = manifestForBuild(manifestXml, { production: true, baseUrl: "" }, (l) => notes.push(l));
    expect(built).toBe(manifestXml);
    expect(idOf(built)).toBe(DEV_ID);
    expect(namesOf(built)[0]).toMatch(/\(dev\)$/);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^ADDIN_BASE_URL is not set: dist\/manifest\.xml is the DEVELOPMENT manifest/);
    expect((await validate(built)).valid).toBe(true);
  });

  it("a development build writes the development manifest without a note", () => {
    const notes: string[] = [];
    expect(manifestForBuild(manifestXml, { production: false, baseUrl: "" }, (l) => notes.push(l))).toBe(
      manifestXml,
    );
    expect(notes).toEqual([]);
  });
});

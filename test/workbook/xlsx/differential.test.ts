/**
 * The differential test: every workbook in test/fixtures read by our reader and by
 * openpyxl (Debian's python3-openpyxl, an independent reader), cell for cell, in
 * one python process. Every difference is either fixed or explained below with the
 * XML that proves who is right (docs/damage-and-fuzzing.md, "The differential test").
 * A new difference fails the test; so does an explained one that went away, so the
 * list stays true.
 */
import { execSync } from "node:child_process";
import { join } from "node:path";
import { compare, openpyxlCells, type FileComparison } from "./differential";

const repo = join(__dirname, "../../..");

/** Files whose cells differ (or that only openpyxl refuses), and why; see the docs for the XML. */
const EXPLAINED: Record<string, string> = {
  "test/fixtures/poi/SimpleStrict.xlsx":
    "Strict OOXML: openpyxl does not know its namespaces and reads no cell",
  "test/fixtures/poi/SampleSS.strict.xlsx": "Strict OOXML: openpyxl reads no cell",
  "test/fixtures/poi/57914.xlsx": "Strict OOXML: openpyxl reads no cell",
  "test/fixtures/encodings/strict-ooxml.xlsx": "Strict OOXML: openpyxl reads no cell",
  "test/fixtures/poi/52575_main.xlsx":
    'an inlineStr cell whose cached formula result is in <v t="inlineStr">: openpyxl drops it, we read it',
  "test/fixtures/poi/picture.xlsx": "openpyxl refuses its styles (a cellStyle attribute it does not know)",
};

/**
 * Files we refuse on purpose where openpyxl reads them, and why (docs/xml-and-encodings.md):
 * a part in an encoding other than UTF-8 or UTF-16, which Office never writes.
 */
const REFUSED_ON_PURPOSE: Record<string, string> = {
  "test/fixtures/encodings/latin1-shared-strings.xlsx": "declares ISO-8859-1: only UTF-8 and UTF-16 are read",
};

const files = execSync("find test/fixtures -name '*.xlsx' -o -name '*.xlsm'", { cwd: repo, encoding: "utf8" })
  .trim()
  .split("\n")
  .sort();

describe("our reader against openpyxl over every workbook in test/fixtures", () => {
  let results: [string, FileComparison][];
  beforeAll(() => {
    const py = openpyxlCells(files.map((f) => join(repo, f)));
    results = files.map((f) => [f, compare(join(repo, f), py[join(repo, f)]!)]);
  }, 300_000);

  it("covers every workbook of the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(190);
    expect(results).toHaveLength(files.length);
  });

  it("refuses only what openpyxl cannot read either", () => {
    const weAlone = results
      .filter(([f, r]) => r.kind === "we refuse" && !(f in REFUSED_ON_PURPOSE))
      .map(([f, r]) => `${f}: ${JSON.stringify(r)}`);
    expect(weAlone).toEqual([]);
  });

  it("reads the same cells as openpyxl, but for the differences explained", () => {
    const unexplained: string[] = [];
    const differing = new Set<string>();
    for (const [file, r] of results) {
      const differs = r.kind === "they refuse" || (r.kind === "compared" && r.differences.length > 0);
      if (!differs) continue;
      differing.add(file);
      if (!EXPLAINED[file])
        unexplained.push(
          `${file}: ${r.kind === "compared" ? r.differences.slice(0, 3).join("; ") : r.theirs}`,
        );
    }
    expect(unexplained).toEqual([]);
    // An explained difference that no longer occurs must leave the list.
    expect(Object.keys(EXPLAINED).filter((f) => !differing.has(f))).toEqual([]);
    const compared = results.filter(([, r]) => r.kind === "compared");
    expect(compared.length).toBeGreaterThanOrEqual(175);
  });
});

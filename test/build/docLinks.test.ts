/**
 * The documentation holds together: every source comment that cites a spec cites a
 * file of docs/ that exists (and, when it names a section in quotes, a heading of that
 * file), and every relative link in the README and docs/ reaches a file and heading
 * that exist. Headings are matched the way GitHub makes their anchors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SPEC_NAMES = ["findings", "workbook", "import", "cli", "reports", "domain"];

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "fixtures" || name === "node_modules" ? [] : filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces made hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function headings(file: string): { texts: string[]; anchors: Set<string> } {
  const texts = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, ""));
  return { texts, anchors: new Set(texts.map(anchor)) };
}

const sources = ["src", "test", "scripts", "bench"].flatMap((d) =>
  filesUnder(join(ROOT, d), /\.(ts|tsx|js|mjs|py)$/),
);

describe("spec citations in the sources", () => {
  const citations = sources.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(/(?<!\w)docs\/([\w-]+\.md)(?:,? "([^"]+)")?/g)].map((m) => ({
      file: relative(ROOT, file),
      doc: m[1]!,
      section: m[2]?.replace(/\s*\n\s*\*?\s*/g, " ") ?? null,
    }));
  });

  it("are many (the sources do cite the docs)", () => {
    expect(citations.length).toBeGreaterThan(30);
  });

  it("each name a file of docs/ and, when quoted, one of its headings", () => {
    const broken = citations.filter(({ doc, section }) => {
      const path = join(ROOT, "docs", doc);
      if (!existsSync(path)) return true;
      return section !== null && !headings(path).texts.some((h) => h.includes(section));
    });
    expect(broken).toEqual([]);
  });

  it("never name a spec file without its folder", () => {
    const bare = new RegExp(`(?<![\\w/."-])(${SPEC_NAMES.join("|")})\\.md`);
    const offenders = sources
      .filter((file) => !file.includes(join("build", "docLinks.test.ts")))
      .filter((file) => bare.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});

describe("links in the README and docs/", () => {
  const pages = [join(ROOT, "README.md"), ...filesUnder(join(ROOT, "docs"), /\.md$/)];

  it("reach files and headings that exist", () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [path, hash] = target.split("#") as [string, string | undefined];
        const file = path === "" ? page : join(dirname(page), path);
        if (!existsSync(file)) broken.push(`${relative(ROOT, page)}: ${target}`);
        else if (hash && file.endsWith(".md") && !headings(file).anchors.has(hash))
          broken.push(`${relative(ROOT, page)}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

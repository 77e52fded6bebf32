/**
 * The repository stands alone: no code, test, script or configuration names a path
 * outside it (the developers' shared folder beside the checkout, or a machine's own
 * folders). CI proves the same by running everything on a copy with nothing beside it
 * (.ci/run); this test says which file went wrong, in a second.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const FOLDERS = ["src", "test", "scripts", "bench", ".ci"];
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|html|md|xsd)$|^run$/;
const SKIP = new Set(["node_modules", "results", "fixtures"]);

/** The project's own text files: the folders above and the configuration at the root. */
function projectFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.isDirectory()) return SKIP.has(e.name) ? [] : walk(join(dir, e.name));
      return TEXT.test(e.name) ? [join(dir, e.name)] : [];
    });
  const configs = readdirSync(root).filter((f) => /\.(js|mjs|json)$/.test(f) && f !== "package-lock.json");
  return [...FOLDERS.flatMap((f) => walk(join(root, f))), ...configs.map((f) => join(root, f))];
}

/** A relative path up into the shared folder, as text or as join() pieces; a machine's absolute folders. */
const OUTSIDE = [
  /\.\.[/\\]shared\b/,
  /["'`]\.\.["'`]\s*,\s*["'`]shared["'`]/,
  /["'`]\/(work|home|root|Users)\//,
];

describe("the repository stands alone", () => {
  const files = projectFiles();

  it("looks at the project's own files (the check cannot pass by reading nothing)", () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toEqual(
      expect.arrayContaining(["package.json", join("test", "build", "manifest.test.ts")]),
    );
    expect(names.length).toBeGreaterThan(200);
  });

  it("names no path outside the repository in code, tests, scripts or configuration", () => {
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return OUTSIDE.filter((p) => p.test(text)).map((p) => `${relative(root, file)}: ${String(p)}`);
    });
    expect(offending).toEqual([]);
  });
});

/**
 * The circular-import check (scripts/importCycles.mjs, run by `npm run lint`): the
 * sources have no circle, and a circle closed among the real sources is found,
 * named file by file, and fails the check, whether the import closing it is a
 * value, a type or a lazy import().
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const script = join(root, "scripts", "importCycles.mjs");

function check(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of src/ in a new folder, with its import graph. */
function copyOfSources(): { dir: string; graph: Record<string, string[]> } {
  const dir = mkdtempSync(join(tmpdir(), "cemr-cycles-"));
  cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
  const graph = JSON.parse(check(dir, "--json", "src").out) as Record<string, string[]>;
  return { dir, graph };
}

/** A chain a → b → c of real imports (c is imported by b, which is imported by a). */
function chainOfThree(graph: Record<string, string[]>): [string, string, string] {
  for (const [a, deps] of Object.entries(graph)) {
    for (const b of deps) {
      const c = (graph[b] ?? []).find((x) => x !== a && x.startsWith("src/core/"));
      if (a.startsWith("src/core/") && b.startsWith("src/core/") && c) return [a, b, c];
    }
  }
  throw new Error("no chain of three imports in src/core");
}

/** Adds to `file` (in the copy) an import of `target`, closing a circle. */
function addImport(dir: string, file: string, target: string, how: "value" | "type" | "lazy"): void {
  let spec = relative(dirname(join(dir, file)), join(dir, target)).replace(/\.tsx?$/, "");
  if (!spec.startsWith(".")) spec = `./${spec}`;
  const line = {
    value: `import * as closing from "${spec}";\nexport const closingCircle = closing;\n`,
    type: `import type * as closing from "${spec}";\nexport type ClosingCircle = typeof closing;\n`,
    lazy: `export const closingCircle = () => import("${spec}");\n`,
  }[how];
  appendFileSync(join(dir, file), `\n${line}`);
}

describe("the circular-import check", () => {
  it("finds no circle in the sources, the benchmark and the scripts", () => {
    const r = check(root);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^no circular imports \(\d+ files\)/);
    expect(r.status).toBe(0);
  });

  it.each(["value", "type", "lazy"] as const)(
    "fails on a circle closed among the real sources by a %s import, naming its files",
    (how) => {
      const { dir, graph } = copyOfSources();
      try {
        expect(check(dir, "src").status).toBe(0);
        const [a, b, c] = chainOfThree(graph);
        addImport(dir, c, a, how);
        expect(readFileSync(join(dir, c), "utf8")).toContain("closing");
        const r = check(dir, "src");
        expect(r.status).toBe(1);
        expect(r.err).toContain("1 circular import(s)");
        for (const file of [a, b, c]) expect(r.err).toContain(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

/**
 * The import graph's rules (scripts/importGraph.mjs, run by `npm run lint`): the
 * sources have no circle, and a circle closed among the real sources is found,
 * named file by file, and fails the check, whether the import closing it is a
 * value, a type or a lazy import(); every folder of the core, and every folder of
 * the adapters at any depth, is entered by its door (index.ts) only: an import past
 * it, or a folder without one, fails; the core's top level holds only folders; no
 * door exports more than 25 names (those of an `export *` counted); and
 * the adapters (office/, xlsx/) never import each other, only the floors below them
 * (src/workbook/floor/, ooxml/).
 */
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const script = join(root, "scripts", "importGraph.mjs");

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
  it("finds no circle and no import past a door in the sources, the benchmark and the scripts", () => {
    const r = check(root);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^no circular imports \(\d+ files\)/);
    expect(r.out).toMatch(/every import into the core's \d+ folders goes through its door/);
    expect(r.out).toMatch(/every import into the adapters' \d+ folders goes through its door/);
    expect(r.out).toContain("the core's top level holds only folders");
    expect(r.out).toContain("no door exports more than 25 names");
    expect(r.out).toContain("no adapter imports another");
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

/** A use case that imports a folder of the core through its door, that door, and another module of the folder. */
function doorInUse(graph: Record<string, string[]>): { file: string; door: string; inner: string } {
  for (const [file, deps] of Object.entries(graph)) {
    if (!file.startsWith("src/app/")) continue;
    const door = deps.find((d) => /^src\/core\/[^/]+\/index\.ts$/.test(d));
    if (!door) continue;
    const folder = dirname(door);
    const inner = readdirSync(join(root, folder)).find((n) => n.endsWith(".ts") && n !== "index.ts");
    if (inner) return { file, door, inner: `${folder}/${inner}` };
  }
  throw new Error("no use case imports a door of the core");
}

describe("the doors of the core", () => {
  it.each(["value", "type", "lazy"] as const)(
    "fail a %s import that goes past a folder's door, naming the file, the module and the door",
    (how) => {
      const { dir, graph } = copyOfSources();
      try {
        const { file, door, inner } = doorInUse(graph);
        expect(graph[file]).toContain(door);
        addImport(dir, file, inner, how);
        const r = check(dir, "src");
        expect(r.status).toBe(1);
        expect(r.err).toContain("1 import(s) past a door of the core");
        expect(r.err).toContain(
          `${file} imports ${inner}: import ${dirname(door)} (its door, index.ts) instead`,
        );
        expect(r.out).toMatch(/^no circular imports/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("let a folder's own modules import each other directly", () => {
    const { dir, graph } = copyOfSources();
    try {
      const { door, inner } = doorInUse(graph);
      const sibling = join(dirname(door), "sibling.ts");
      writeFileSync(join(dir, sibling), "export const sibling = 1;\n");
      addImport(dir, inner, sibling, "value");
      expect(check(dir, "src").status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail a file at the core's top level, even one nothing imports, naming it", () => {
    const { dir } = copyOfSources();
    try {
      writeFileSync(join(dir, "src/core/helpers.ts"), "export const helper = 1;\n");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain("1 file(s) loose at the core's top level");
      expect(r.err).toContain("src/core/helpers.ts sits at the core's top level");
      expect(r.out).toMatch(/every import into the core's \d+ folders goes through its door/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail a folder of the core that has no door", () => {
    const { dir } = copyOfSources();
    try {
      mkdirSync(join(dir, "src/core/loose"));
      writeFileSync(join(dir, "src/core/loose/helper.ts"), "export const helper = 1;\n");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain("src/core/loose/ has no door (index.ts)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The first module (not the door) of a folder of the real sources. */
function moduleOf(folder: string): string {
  const name = readdirSync(join(root, folder))
    .filter((n) => n.endsWith(".ts") && n !== "index.ts")
    .sort()[0];
  if (!name) throw new Error(`no module in ${folder}`);
  return `${folder}/${name}`;
}

describe("the floor and the doors of the adapters", () => {
  it.each([
    ["office", "xlsx", "src/workbook/xlsx"],
    ["xlsx", "office", "src/workbook/office"],
  ])("fail an import from %s/ into %s/, even through its door", (from, _to, target) => {
    const { dir } = copyOfSources();
    try {
      const file = moduleOf(`src/workbook/${from}`);
      addImport(dir, file, `${target}/index.ts`, "value");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain("1 import(s) from one adapter into another");
      expect(r.err).toContain(`${file} imports ${target}/index.ts: adapters never import each other`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("let both adapters import the shared floor", () => {
    const { dir, graph } = copyOfSources();
    try {
      for (const a of ["office", "xlsx"]) {
        const file = moduleOf(`src/workbook/${a}`);
        if (!(graph[file] ?? []).includes("src/workbook/floor/index.ts"))
          addImport(dir, file, "src/workbook/floor/index.ts", "type");
      }
      expect(check(dir, "src").status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(["value", "type", "lazy"] as const)(
    "fail a %s import from the command line into the file writer past the xlsx door",
    (how) => {
      const { dir } = copyOfSources();
      try {
        const inner = moduleOf("src/workbook/xlsx/write");
        addImport(dir, "src/cli/main.ts", inner, how);
        const r = check(dir, "src");
        expect(r.status).toBe(1);
        expect(r.err).toContain("1 import(s) past a door of the adapters");
        expect(r.err).toContain(
          `src/cli/main.ts imports ${inner}: import src/workbook/xlsx (its door, index.ts) instead`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("fail an import of an inner folder's door from outside the folder around it", () => {
    const { dir } = copyOfSources();
    try {
      addImport(dir, "src/cli/main.ts", "src/workbook/xlsx/write/index.ts", "value");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain(
        "src/cli/main.ts imports src/workbook/xlsx/write/index.ts: import src/workbook/xlsx (its door, index.ts) instead",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail a file of xlsx/ that enters its own write/ folder past the folder's door", () => {
    const { dir } = copyOfSources();
    try {
      const inner = moduleOf("src/workbook/xlsx/write");
      addImport(dir, "src/workbook/xlsx/xlsxPort.ts", inner, "value");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain(
        `src/workbook/xlsx/xlsxPort.ts imports ${inner}: import src/workbook/xlsx/write (its door, index.ts) instead`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail a folder of the adapters that has no door", () => {
    const { dir } = copyOfSources();
    try {
      rmSync(join(dir, "src/workbook/office/index.ts"));
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain("src/workbook/office/ has no door (index.ts)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the size of the doors", () => {
  /** Appends `n` exported constants, named `prefix` and a number, to a file of the copy. */
  const addExports = (dir: string, file: string, n: number, prefix = "extra") =>
    appendFileSync(
      join(dir, file),
      Array.from({ length: n }, (_, i) => `export const ${prefix}${i} = ${i};\n`).join(""),
    );
  /** The names a door exports, as the check counts them (from its message once past the limit). */
  const namesOf = (dir: string, door: string): number => {
    addExports(dir, door, 26);
    const m = new RegExp(`${door} exports (\\d+) names`).exec(check(dir, "src").err);
    return Number(m?.[1]) - 26;
  };

  it("fail a door of the core that exports one name too many, naming it and its count", () => {
    const { dir } = copyOfSources();
    try {
      const door = "src/core/dates/index.ts";
      const names = namesOf(dir, door);
      expect(names).toBeGreaterThan(5);
      writeFileSync(join(dir, door), readFileSync(join(root, door), "utf8"));
      expect(check(dir, "src").status).toBe(0);
      addExports(dir, door, 25 - names);
      expect(check(dir, "src").status).toBe(0);
      addExports(dir, door, 1, "oneMore");
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toContain("1 door(s) export more than 25 names");
      expect(r.err).toContain(`${door} exports 26 names: split its folder by concept`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("count the names an `export *` brings through a door of the adapters", () => {
    const { dir } = copyOfSources();
    try {
      const door = "src/workbook/floor/index.ts";
      writeFileSync(
        join(dir, "src/workbook/floor/many.ts"),
        Array.from({ length: 30 }, (_, i) => `export type Many${i} = ${i};\n`).join(""),
      );
      appendFileSync(join(dir, door), 'export type * from "./many";\n');
      const r = check(dir, "src");
      expect(r.status).toBe(1);
      expect(r.err).toMatch(new RegExp(`${door} exports 3\\d names`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * What the mutation runs take as done (scripts/mutationScope.mjs, used by `npm run mutate` and
 * CI's gate, scripts/mutationGate.mjs), on a small project in a new folder with its own baseline:
 * a file is re-tested when its text changed, when a test that covered one of its mutants changed,
 * or when the baseline has no result for it; a file with nothing to mutate (types, re-exports)
 * never needs one; and the score is Stryker's, caught (killed, timed out) of caught and missed
 * (survived, not covered), compile errors and ignored mutants left out.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(__dirname, "..", "..");
const BASELINE = "test/mutation/stryker-incremental.json";

const AMOUNT = "export const kronor = (tkr: number): number => (tkr > 0 ? tkr * 1000 : 0);\n";
const SOURCES: Record<string, string> = {
  "src/core/money/amount.ts": AMOUNT,
  "src/core/money/words.ts": 'export const unit = (n: number): string => (n === 1 ? "krona" : "kronor");\n',
  "src/core/money/types.ts": "export type Amount = { kronor: number };\n",
  "src/core/money/index.ts": 'export { kronor } from "./amount";\nexport type { Amount } from "./types";\n',
  "test/core/amount.test.ts": "it('reads tkr', () => expect(1).toBe(1));\n",
  "test/core/words.test.ts": "it('says krona', () => expect(1).toBe(1));\n",
};

type Status = "Killed" | "Timeout" | "Survived" | "NoCoverage" | "CompileError" | "Ignored";
const mutant = (id: string, status: Status, coveredBy: string[]) => ({ id, status, coveredBy });

/** A baseline as Stryker writes it: amount.ts and words.ts run, each with its own test. */
function baseline(sources: Record<string, string>) {
  return {
    schemaVersion: "2",
    files: {
      "src/core/money/amount.ts": {
        language: "typescript",
        source: sources["src/core/money/amount.ts"],
        mutants: [
          mutant("1", "Killed", ["t1"]),
          mutant("2", "Killed", ["t1"]),
          mutant("3", "Timeout", ["t1"]),
          mutant("4", "Survived", ["t1"]),
          mutant("5", "CompileError", []),
        ],
      },
      "src/core/money/words.ts": {
        language: "typescript",
        source: sources["src/core/money/words.ts"],
        mutants: [mutant("6", "Killed", ["t2"]), mutant("7", "NoCoverage", []), mutant("8", "Ignored", [])],
      },
    },
    testFiles: {
      "test/core/amount.test.ts": {
        source: sources["test/core/amount.test.ts"],
        tests: [{ id: "t1", name: "reads tkr" }],
      },
      "test/core/words.test.ts": {
        source: sources["test/core/words.test.ts"],
        tests: [{ id: "t2", name: "says krona" }],
      },
    },
    projectRoot: ".",
  };
}

function project(edits: Record<string, string> = {}, held = SOURCES): string {
  const dir = mkdtempSync(join(tmpdir(), "cemr-mutation-"));
  for (const [path, text] of Object.entries({ ...SOURCES, ...edits })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, dirname(BASELINE)), { recursive: true });
  writeFileSync(join(dir, BASELINE), JSON.stringify(baseline(held)));
  return dir;
}

/** What mutationScope.mjs says of the project in `dir`. */
function ask(dir: string): {
  stale: string[];
  score: { noticed: number; missed: number; ignored: number; score: number };
} {
  const module = JSON.stringify(join(root, "scripts", "mutationScope.mjs"));
  const code = `import { readBaseline, scopeFiles, staleFiles, scoreOf } from ${module};
const b = readBaseline();
const files = scopeFiles();
console.log(JSON.stringify({ stale: await staleFiles(b, files), score: scoreOf(b, files) }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ReturnType<typeof ask>;
}

function gate(dir: string): string {
  const r = spawnSync(process.execPath, [join(root, "scripts", "mutationGate.mjs"), "--dry"], {
    cwd: dir,
    encoding: "utf8",
  });
  return r.stdout + r.stderr;
}

const dirs: string[] = [];
const made = (dir: string) => (dirs.push(dir), dir);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the mutation baseline's reading", () => {
  it("takes a project unchanged since its run as done, types and doors needing no result", () => {
    const dir = made(project());
    expect(ask(dir).stale).toEqual([]);
    expect(gate(dir)).toContain("nothing to re-test");
  });

  it("scores caught of caught and missed, leaving out compile errors and counting the static mutants apart", () => {
    // Caught: 2 killed and a timeout in amount.ts, 1 killed in words.ts; missed: 1 survived, 1 not covered.
    expect(ask(made(project())).score).toEqual({ noticed: 4, missed: 2, ignored: 1, score: (100 * 4) / 6 });
  });

  it("re-tests a file whose text changed, and only that one", () => {
    const dir = made(project({ "src/core/money/amount.ts": AMOUNT.replace("> 0", ">= 0") }));
    expect(ask(dir).stale).toEqual(["src/core/money/amount.ts"]);
    expect(gate(dir)).toContain("re-testing src/core/money/amount.ts");
  });

  it("re-tests the files a changed test file covered", () => {
    const dir = made(project({ "test/core/words.test.ts": "it('says krona', () => expect(2).toBe(2));\n" }));
    expect(ask(dir).stale).toEqual(["src/core/money/words.ts"]);
  });

  it("asks for a result of a file with mutants that the baseline lacks, not of one without", () => {
    const dir = made(
      project({
        "src/core/money/vat.ts": "export const vat = (n: number): number => n * 0.25;\n",
        "src/core/money/more.ts": "export type More = string;\n",
      }),
    );
    expect(ask(dir).stale).toEqual(["src/core/money/vat.ts"]);
  });
});

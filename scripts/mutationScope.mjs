// What the mutation runs cover and what the committed baseline says of it (docs/mutation-testing.md),
// shared by the full run (scripts/mutate.mjs) and CI's gate (scripts/mutationGate.mjs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Instrumenter } from "@stryker-mutator/instrumenter";

export const BASELINE = "test/mutation/stryker-incremental.json";
export const FOLDERS = ["src/core", "src/app", "src/workbook/xlsx/read", "src/workbook/xlsx/package"];
/** Stryker's `thresholds.break`: a score under it fails. */
export const BREAK = 90;

const walk = (dir) =>
  !existsSync(dir)
    ? []
    : readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
      );
const textOf = (path) => (existsSync(path) ? readFileSync(path, "utf8") : null);

/** Every source file in scope, sorted. */
export const scopeFiles = () => FOLDERS.flatMap(walk).sort();

export function readBaseline(path = BASELINE) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : { files: {}, testFiles: {} };
}

const quiet = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, isDebugEnabled: () => false };

/**
 * Whether Stryker finds anything to mutate in a file. One without (types, re-exports) never has
 * a result in the baseline, and needs none.
 */
async function hasMutants(file) {
  const { mutants } = await new Instrumenter(quiet).instrument(
    [{ name: file, mutate: true, content: readFileSync(file, "utf8") }],
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: true },
  );
  return mutants.length > 0;
}

/**
 * The files of `files` whose baseline result no longer holds: not in the baseline (and not free
 * of mutants), their text changed, or a test file that covered one of their mutants changed.
 */
export async function staleFiles(baseline, files) {
  const held = baseline.files ?? {};
  const changedTestIds = new Set(
    Object.entries(baseline.testFiles ?? {})
      .filter(([path, t]) => t.source !== textOf(path))
      .flatMap(([, t]) => (t.tests ?? []).map((x) => x.id)),
  );
  const stale = [];
  for (const f of files) {
    const changed = held[f]
      ? held[f].source !== textOf(f) ||
        held[f].mutants.some((m) => (m.coveredBy ?? []).some((id) => changedTestIds.has(id)))
      : await hasMutants(f);
    if (changed) stale.push(f);
  }
  return stale;
}

const NOTICED = new Set(["Killed", "Timeout"]);
const MISSED = new Set(["Survived", "NoCoverage"]);

/**
 * Stryker's mutation score of `files` in the baseline: noticed of noticed + missed, in %; and how
 * many static mutants it leaves out (reached only while test files load: docs/mutation-testing.md).
 */
export function scoreOf(baseline, files) {
  let noticed = 0;
  let missed = 0;
  let ignored = 0;
  for (const f of files)
    for (const m of baseline.files?.[f]?.mutants ?? []) {
      if (NOTICED.has(m.status)) noticed++;
      if (MISSED.has(m.status)) missed++;
      if (m.status === "Ignored") ignored++;
    }
  const total = noticed + missed;
  return { noticed, missed, ignored, score: total === 0 ? 100 : (100 * noticed) / total };
}

/** The scope's folders (those holding source files directly), for runs and score tables. */
export const folderOf = (file) => dirname(file);

/** The incremental file made fit to commit: no absolute paths of this machine, root ".". */
export function cleanBaseline(path = BASELINE) {
  if (!existsSync(path)) return;
  const text = readFileSync(path, "utf8")
    // ".../.stryker-tmp/sandbox-AbC123/test/x.ts" → "test/x.ts"
    .replace(/(?:\/[^\s"'()/]+)*\/\.stryker-tmp\/sandbox-[\w-]+\//g, "")
    // "/where/the/checkout/is/node_modules/x.js" → "node_modules/x.js"
    .replace(/(?<![\w.])(?:\/[^\s"'()/]+)+?\/(?=(?:node_modules|src|test)\/)/g, "")
    .replace(/"projectRoot": "[^"]*"/, '"projectRoot": "."');
  writeFileSync(path, text);
}

// CI's mutation gate (docs/mutation-testing.md): StrykerJS run incrementally over what changed
// since the committed baseline, test/mutation/stryker-incremental.json. A source file is
// re-tested when its text differs from the baseline's copy, or when a test that covered one of
// its mutants changed; a file the baseline lacks is tested when the baseline is a full run.
// Stryker fails the run when the score of those files is under thresholds.break.
// Usage: node scripts/mutationGate.mjs [--dry] (--dry: name the files, run nothing).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const BASELINE = "test/mutation/stryker-incremental.json";
const FOLDERS = ["src/core", "src/app", "src/workbook/xlsx/read", "src/workbook/xlsx/package"];
/** A baseline holding at least this share of the scope's files is a full run's. */
const FULL_RUN_SHARE = 0.9;

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const textOf = (path) => (existsSync(path) ? readFileSync(path, "utf8") : null);

if (!existsSync(BASELINE)) {
  console.log(`mutation gate: no baseline (${BASELINE}); run npm run mutate and commit it`);
  process.exit(1);
}
const baseline = JSON.parse(readFileSync(BASELINE, "utf8"));
const scope = FOLDERS.flatMap(walk).sort();
const held = new Set(Object.keys(baseline.files ?? {}));
const full = scope.filter((f) => held.has(f)).length >= FULL_RUN_SHARE * scope.length;

const changedSources = scope.filter((f) => held.has(f) && baseline.files[f].source !== textOf(f));
const newSources = scope.filter((f) => !held.has(f));
const changedTests = Object.entries(baseline.testFiles ?? {}).filter(
  ([path, t]) => t.source !== textOf(path),
);
const changedTestIds = new Set(changedTests.flatMap(([, t]) => (t.tests ?? []).map((x) => x.id)));
const touchedByTests = scope.filter(
  (f) =>
    held.has(f) &&
    baseline.files[f].mutants.some((m) => (m.coveredBy ?? []).some((id) => changedTestIds.has(id))),
);
const targets = [...new Set([...changedSources, ...touchedByTests, ...(full ? newSources : [])])].sort();

console.log(
  `mutation gate: baseline holds ${held.size} of ${scope.length} files (${full ? "a full run" : "a partial run"}); ` +
    `${changedSources.length} changed, ${changedTests.length} test files changed, ${newSources.length} not in the baseline` +
    (full || newSources.length === 0 ? "" : " (not gated until the next full run)"),
);
if (targets.length === 0) {
  console.log("mutation gate: nothing to re-test");
  process.exit(0);
}
console.log(`mutation gate: re-testing ${targets.join(", ")}`);
if (process.argv.includes("--dry")) process.exit(0);

// Stryker writes its incremental file back: a copy, so that the baseline stays the full run's.
mkdirSync("reports/mutation", { recursive: true });
const working = "reports/mutation/gate-incremental.json";
copyFileSync(BASELINE, working);
const run = spawnSync(
  "npx",
  ["stryker", "run", "--incremental", "--incrementalFile", working, "--mutate", targets.join(",")],
  { stdio: "inherit" },
);
process.exit(run.status ?? 1);

// CI's mutation gate (docs/mutation-testing.md): StrykerJS run incrementally over what changed
// since the committed baseline, test/mutation/stryker-incremental.json. A source file is
// re-tested when its text differs from the baseline's copy, or when a test that covered one of
// its mutants changed; a file the baseline lacks is tested when the baseline is a full run.
// Stryker fails the run when the score of those files is under thresholds.break.
// Usage: node scripts/mutationGate.mjs [--dry] (--dry: name the files, run nothing).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { BASELINE, readBaseline, scopeFiles, staleFiles } from "./mutationScope.mjs";

/** A baseline holding at least this share of the scope's files is a full run's. */
const FULL_RUN_SHARE = 0.9;

if (!existsSync(BASELINE)) {
  console.log(`mutation gate: no baseline (${BASELINE}); run npm run mutate and commit it`);
  process.exit(1);
}
const baseline = readBaseline();
const scope = scopeFiles();
const held = new Set(Object.keys(baseline.files ?? {}));
const stale = await staleFiles(baseline, scope);
const changedSources = stale.filter((f) => held.has(f));
// Files without anything to mutate (types, re-exports) are never in the baseline, nor stale.
const newSources = stale.filter((f) => !held.has(f));
const heldInScope = scope.filter((f) => held.has(f)).length;
const full = heldInScope >= FULL_RUN_SHARE * (heldInScope + newSources.length);
const targets = full ? stale : changedSources;

console.log(
  `mutation gate: baseline holds ${heldInScope} of ${heldInScope + newSources.length} files with mutants (${full ? "a full run" : "a partial run"}); ` +
    `${changedSources.length} changed or with changed tests, ${newSources.length} not in the baseline` +
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

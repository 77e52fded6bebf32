// `npm run mutate` (docs/mutation-testing.md): StrykerJS over the core, the use cases and the file
// layer's reading and package code, kept in the committed baseline test/mutation/stryker-incremental.json.
//
//   npm run mutate                          the full run: every file whose baseline result no longer
//                                           holds, a few folders at a time, each run added to the
//                                           baseline; then the score per folder and in all
//   npm run mutate -- --score               only the score the baseline holds; nothing runs
//   npm run mutate -- --refresh             re-test only the files the baseline holds whose result
//                                           no longer holds (what CI's gate would re-test), into it
//   npm run mutate -- --mutate a.ts,b.ts …  Stryker once, with these options (add --incremental to
//                                           keep the baseline's other results)
//
// The full run takes hours on two cores, so it goes in parts: a stopped run loses only the part it
// was in, and the next `npm run mutate` starts where it stopped. Options other than --mutate (such
// as --concurrency 1 or --timeoutMS 60000) are given to every part.
// The reasons Stryker records for killed mutants are stack traces with this machine's absolute
// paths, which name nothing a clone has: they are cut to paths inside the repository.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  BASELINE,
  BREAK,
  cleanBaseline,
  folderOf,
  readBaseline,
  scopeFiles,
  scoreOf,
  staleFiles,
} from "./mutationScope.mjs";

/** Lines of source per part: about a thousand mutants, under an hour on two free cores. */
const PART_LINES = 1200;

const args = process.argv.slice(2);
const stryker = (options) => {
  const run = spawnSync("npx", ["stryker", "run", ...options], { stdio: "inherit" });
  cleanBaseline();
  return run.status ?? 1;
};

/** Consecutive folders' stale files packed into parts of about PART_LINES lines. */
function parts(files) {
  const lines = (f) => readFileSync(f, "utf8").split("\n").length;
  const out = [];
  let part = [];
  let size = 0;
  for (const folder of [...new Set(files.map(folderOf))]) {
    const own = files.filter((f) => folderOf(f) === folder);
    const ownSize = own.reduce((n, f) => n + lines(f), 0);
    if (part.length > 0 && size + ownSize > PART_LINES) {
      out.push(part);
      part = [];
      size = 0;
    }
    part.push(...own);
    size += ownSize;
  }
  if (part.length > 0) out.push(part);
  return out;
}

const pct = (n) => `${n.toFixed(2)} %`;

/** The baseline's score per folder and over the whole scope: whether it passes, whether every file has its result. */
async function report() {
  const baseline = readBaseline();
  const scope = scopeFiles();
  const stale = new Set(await staleFiles(baseline, scope));
  const rows = [...new Set(scope.map(folderOf))].map((folder) => {
    const files = scope.filter((f) => folderOf(f) === folder);
    const { noticed, missed, ignored, score } = scoreOf(baseline, files);
    const open = files.filter((f) => stale.has(f)).length;
    const shown = noticed + missed === 0 ? "–" : pct(score);
    return `${folder.padEnd(40)} ${String(noticed).padStart(6)} ${String(missed).padStart(6)} ${String(ignored).padStart(6)} ${shown.padStart(9)}${open ? `  (${open} of ${files.length} files without a result for their text)` : ""}`;
  });
  const all = scoreOf(baseline, scope);
  console.log(
    `${"folder".padEnd(40)} ${"caught".padStart(6)} ${"missed".padStart(6)} ${"static".padStart(6)} ${"score".padStart(9)}`,
  );
  for (const row of rows) console.log(row);
  console.log(
    `mutation score over ${scope.length} files: ${pct(all.score)} (${all.noticed} caught, ${all.missed} missed; ${all.ignored} static, not counted; break at ${BREAK} %)` +
      (stale.size ? `; ${stale.size} files have no result for their present text (run npm run mutate)` : ""),
  );
  return { passes: all.score >= BREAK, complete: stale.size === 0 };
}

const done = ({ passes, complete }) => (passes && complete ? 0 : 1);
if (args.includes("--score")) process.exit(done(await report()));
if (args.some((a) => a === "--mutate" || a.startsWith("--mutate=") || a === "-m"))
  process.exit(stryker(args));

const refresh = args.includes("--refresh");
const baseline = readBaseline();
const stale = await staleFiles(baseline, scopeFiles());
const todo = parts(refresh ? stale.filter((f) => baseline.files?.[f]) : stale);
console.log(`mutation run: ${todo.flat().length} files in ${todo.length} parts (baseline ${BASELINE})`);
for (const [i, files] of todo.entries()) {
  console.log(
    `mutation run: part ${i + 1} of ${todo.length}: ${[...new Set(files.map(folderOf))].join(", ")}`,
  );
  const options = args.filter((a) => a !== "--refresh");
  const status = stryker(["--incremental", "--mutate", files.join(","), ...options]);
  // Stryker's own break fails a part under 90 %: the run goes on, the score table tells.
  if (status !== 0) console.log(`mutation run: part ${i + 1} ended with status ${status}`);
}
const result = await report();
// A refresh leaves the files never run as they were: only the score counts.
process.exit(refresh ? (result.passes ? 0 : 1) : done(result));

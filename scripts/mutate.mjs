// `npm run mutate [-- STRYKER OPTIONS]` (docs/mutation-testing.md): StrykerJS over the core, the
// use cases and the file layer's reading, then the incremental file made fit to commit. The
// reasons Stryker records for killed mutants are stack traces with this machine's absolute
// paths into its sandbox, which name nothing a clone has: they are cut to paths inside the
// repository, and the run's root becomes ".".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const BASELINE = "test/mutation/stryker-incremental.json";

/** The incremental file's text without this machine's absolute paths. */
function withoutMachinePaths(text) {
  return (
    text
      // ".../.stryker-tmp/sandbox-AbC123/test/x.ts" → "test/x.ts"
      .replace(/(?:\/[^\s"'()/]+)*\/\.stryker-tmp\/sandbox-[\w-]+\//g, "")
      // "/where/the/checkout/is/node_modules/x.js" → "node_modules/x.js"
      .replace(/(?<![\w.])(?:\/[^\s"'()/]+)+?\/(?=(?:node_modules|src|test)\/)/g, "")
      .replace(/"projectRoot": "[^"]*"/, '"projectRoot": "."')
  );
}

const run = spawnSync("npx", ["stryker", "run", ...process.argv.slice(2)], { stdio: "inherit" });
if (existsSync(BASELINE)) writeFileSync(BASELINE, withoutMachinePaths(readFileSync(BASELINE, "utf8")));
process.exit(run.status ?? 1);

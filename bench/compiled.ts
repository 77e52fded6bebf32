/**
 * The command line as users run it (dist-cli/cemr.js, what `npx cemr` starts) and the
 * benchmark's own helper scripts compiled the same way, so that no TypeScript compiler
 * runs inside a measured process and both sides of a ratio start alike.
 */
import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { buildSync } from "esbuild";
import { ROOT } from "./bundle";

export const BUILT_CLI = join(ROOT, "dist-cli", "cemr.js");
const COMPILED = join(ROOT, "bench", "results", "compiled");

/** Builds dist-cli/cemr.js from the current sources (`npm run build:cli`); returns its path. */
export function buildCli(): string {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "buildCli.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm run build:cli failed with status ${String(result.status)}`);
  return BUILT_CLI;
}

/** A bench script (TypeScript) bundled to one CommonJS file as the command line is; returns its path. */
export function compiledScript(script: string): string {
  const outfile = join(COMPILED, basename(script).replace(/\.ts$/, ".js"));
  buildSync({
    entryPoints: [join(ROOT, script)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

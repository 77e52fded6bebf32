/**
 * Test helper: the command line as users run it, dist-cli/cemr.js, built afresh from
 * the sources (esbuild takes well under a second; the write is atomic, so test files
 * building at once do not disturb each other), and a clean environment for npm.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const BUILT_CLI = join(ROOT, "dist-cli", "cemr.js");

/** Builds dist-cli/cemr.js from the current sources; returns its path. */
export function buildCli(): string {
  execFileSync(process.execPath, [join(ROOT, "scripts", "buildCli.mjs")], { cwd: ROOT, stdio: "pipe" });
  return BUILT_CLI;
}

/**
 * The environment without the npm_* variables of an enclosing `npm test`, so that npm
 * started by a test behaves as when a user types the command.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}

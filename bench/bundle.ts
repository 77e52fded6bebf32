/**
 * The task pane's initial JavaScript, minified and gzip, measured by the same
 * script as `npm run size` against the foundation issue's budget. Builds the
 * production bundle first when dist/ has none.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const DIST = join(ROOT, "dist");

export type BundleSize = {
  readonly files: readonly { file: string; minified: number; gzip: number }[];
  readonly minified: number;
  readonly gzip: number;
  readonly budget: { readonly minified: number; readonly gzip: number };
  /** Whether the benchmark had to build dist/ itself. */
  readonly built: boolean;
};

type Measure = (distDir: string) => {
  files: { file: string; minified: number; gzip: number }[];
  total: { minified: number; gzip: number };
  budget: { minified: number; gzip: number };
};

/** Runs `npm run build` when dist/ holds no task pane; throws when the build fails. */
export function ensureBuild(): boolean {
  if (existsSync(join(DIST, "taskpane.html"))) return false;
  const result = spawnSync("npm", ["run", "-s", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm run build failed with status ${String(result.status)}`);
  return true;
}

/** The sizes of the scripts taskpane.html loads at start, and the budget. */
export function bundleSize(): BundleSize {
  const built = ensureBuild();
  // scripts/bundleSize.js is CommonJS shared with `npm run size` and the build test.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measure } = require(join(ROOT, "scripts", "bundleSize.js")) as { measure: Measure };
  const { files, total, budget } = measure(DIST);
  return { files, minified: total.minified, gzip: total.gzip, budget, built };
}

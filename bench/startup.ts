/**
 * Start-up of the command line as users run it: `check` on the example plan with the
 * compiled dist-cli/cemr.js, side by side with `node -e 0` (the floor of any Node
 * program) and with the bundle only loading (no arguments: it prints its usage line
 * and exits 2). The three run in turn, round after round, so a busy moment of the
 * machine falls on all of them; each round gives a ratio, and the median counts.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT } from "./bundle";
import { buildCli } from "./compiled";
import { median, ratio, roundMs } from "./stats";

export const EXAMPLE_PLAN = join("assets", "example", "exempelplan.xlsx");

export type Startup = {
  readonly rounds: number;
  readonly bundleBytes: number;
  /** Medians in milliseconds. */
  readonly nodeMs: number;
  readonly loadMs: number;
  readonly checkMs: number;
  /** The median of each round's check / node -e 0, and of load / node -e 0. */
  readonly checkRatio: number | null;
  readonly loadRatio: number | null;
};

/** Wall milliseconds of one process, which must exit with `status`. */
function wallMs(args: readonly string[], status: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  const ms = performance.now() - start;
  if (run.status !== status) throw new Error(`node ${args.join(" ")} exited with ${String(run.status)}`);
  return ms;
}

/** Builds the command line, warms the file cache once, then measures `rounds` rounds. */
export function startup(rounds: number): Startup {
  const cli = buildCli();
  const check = [cli, "check", EXAMPLE_PLAN, "--date", "2020-12-31"];
  const measure = () => ({ node: wallMs(["-e", "0"], 0), load: wallMs([cli], 2), check: wallMs(check, 0) });
  measure();
  const runs = Array.from({ length: rounds }, measure);
  const middle = (pick: (r: ReturnType<typeof measure>) => number) => median(runs.map(pick));
  return {
    rounds,
    bundleBytes: statSync(cli).size,
    nodeMs: roundMs(middle((r) => r.node)),
    loadMs: roundMs(middle((r) => r.load)),
    checkMs: roundMs(middle((r) => r.check)),
    checkRatio: ratio(
      middle((r) => r.check / r.node),
      1,
    ),
    loadRatio: ratio(
      middle((r) => r.load / r.node),
      1,
    ),
  };
}

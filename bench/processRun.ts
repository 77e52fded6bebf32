/**
 * One measured process: wall time around spawnSync and peak resident memory,
 * from /usr/bin/time -v when the machine has it, else from bench/maxRss.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT } from "./bundle";

const GNU_TIME = "/usr/bin/time";

export type ProcessRun = {
  readonly wallMs: number;
  /** User + system CPU time: less sensitive than wall time to other work on the machine. */
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly status: number | null;
};

/** How peak memory is measured on this machine. */
export const MEMORY_METHOD: "gnu-time" | "resourceUsage" = existsSync(GNU_TIME)
  ? "gnu-time"
  : "resourceUsage";

/** The peak RSS in kB printed by /usr/bin/time -v or by maxRss.ts, or NaN. */
export function parsePeakRss(stderr: string): number {
  const gnu = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  const own = /maxRSS (\d+)/.exec(stderr);
  const found = gnu?.[1] ?? own?.[1];
  return found === undefined ? Number.NaN : Number(found);
}

/** User + system CPU milliseconds printed by /usr/bin/time -v or by maxRss.ts, or NaN. */
export function parseCpuMs(stderr: string): number {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr)?.[1];
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(stderr)?.[1];
  if (user !== undefined && system !== undefined) return Math.round((Number(user) + Number(system)) * 1000);
  const own = /cpuMs (\d+)/.exec(stderr)?.[1];
  return own === undefined ? Number.NaN : Number(own);
}

/**
 * Runs `node SCRIPT ARGS` from the project root (a .ts script through tsx, which
 * compiles it) and measures it; throws on an exit status other than those allowed.
 */
export function runNodeScript(
  script: string,
  args: readonly string[],
  allowed: readonly number[] = [0],
): ProcessRun {
  const node = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const [command, argv] =
    MEMORY_METHOD === "gnu-time"
      ? [GNU_TIME, ["-v", process.execPath, ...node, script, ...args]]
      : // The wrapper is TypeScript itself, so tsx runs it whatever the script is.
        [process.execPath, ["--import", "tsx", join("bench", "maxRss.ts"), script, ...args]];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status === null || !allowed.includes(result.status)) {
    throw new Error(
      `${script} ${args.join(" ")} exited with ${String(result.status)}: ${result.stderr.slice(0, 500)}`,
    );
  }
  return {
    wallMs,
    cpuMs: parseCpuMs(result.stderr),
    peakRssKb: parsePeakRss(result.stderr),
    status: result.status,
  };
}

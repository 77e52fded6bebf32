/**
 * Peak memory without /usr/bin/time: runs a script in this process and prints
 * its maximum resident set size on exit. Run as
 * `node --import tsx bench/maxRss.ts SCRIPT ARGS…`; prints "maxRSS <kB>" and
 * "cpuMs <user + system ms>" to stderr.
 */
import { resolve } from "node:path";

const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error("usage: maxRss.ts SCRIPT ARGS…");
process.argv = [process.argv[0] ?? "node", resolve(script), ...args];
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `maxRSS ${usage.maxRSS}\ncpuMs ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`,
  );
});
// The script runs as if started directly; tsx's loader compiles it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(resolve(script));

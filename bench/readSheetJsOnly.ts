/**
 * A second yardstick of the command line measurements: SheetJS (the npm package
 * `xlsx`, a devDependency for this only) reading an .xlsx file and nothing else,
 * every sheet parsed as its defaults do. Issue 23 asks that the 20,000-row report
 * stay faster than this read alone. Compiled by bench/compiled.ts, run as
 * `node readSheetJsOnly.js FILE`.
 */
import { readFileSync } from "node:fs";
import { read } from "xlsx";

function main(path: string | undefined): void {
  if (!path) throw new Error("usage: readSheetJsOnly.ts FILE");
  const wb = read(readFileSync(path), { type: "buffer" });
  process.stdout.write(`${wb.SheetNames.length} sheets\n`);
}

try {
  main(process.argv[2]);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}

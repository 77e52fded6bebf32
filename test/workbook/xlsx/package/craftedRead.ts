/**
 * Child process of bound.test.ts and bench/craftedInputs.ts: makes one crafted
 * workbook in memory (streaming, a few MB), reads it as `check` does, and prints
 * one JSON line: the error's one line (or "read"), the peak resident memory of
 * this process in MB, and the milliseconds the read took.
 * Run as `node --import tsx craftedRead.ts KIND CHARS`.
 */
import { performance } from "node:perf_hooks";
import { readXlsxBytes } from "../../../../src/workbook/xlsx";
import { craftedWorkbook, type CraftedKind } from "./craftedFiles";

const [kind, chars] = process.argv.slice(2);
const bytes = craftedWorkbook(kind as CraftedKind, Number(chars));
const start = performance.now();
let line = "read";
try {
  readXlsxBytes(bytes);
} catch (e) {
  line = e instanceof Error ? e.message : String(e);
}
const readMs = Math.round(performance.now() - start);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ line, peakMb, readMs, zipBytes: bytes.length })}\n`);

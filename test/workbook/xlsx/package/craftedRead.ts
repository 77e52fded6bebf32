/**
 * Child process of bound.test.ts and bench/craftedInputs.ts: makes one crafted
 * workbook in memory (streaming, a few MB), reads it as `check` does, and prints
 * one JSON line: the error's one line (or "read"), the peak resident memory of
 * this process in MB, and the milliseconds the read took.
 * Run as `node --import tsx craftedRead.ts KIND CHARS`.
 */
import { readFileSync } from "node:fs";
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
/**
 * This process's own peak resident memory in MB. On Linux the kernel's high-water mark (VmHWM),
 * which starts afresh at exec; getrusage's maxRSS does not: it keeps the parent's peak from before
 * the exec, so a child of a jest worker at 390 MB reported 390 MB whatever it read.
 */
function ownPeakMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // Not Linux: getrusage is the best this process has.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const peakMb = ownPeakMb();
process.stdout.write(`${JSON.stringify({ line, peakMb, readMs, zipBytes: bytes.length })}\n`);

/**
 * Opening real and large workbooks: every file of the POI corpus
 * (test/fixtures/poi) opened in this process, its time taken; then the slowest
 * few, and a generated 20 MB workbook of 2.8 million numbers, each opened in a
 * process of its own for wall time and peak memory. The file layer's bound: no
 * file up to 20 MB takes more than 10 s or 1 GB to open or to refuse.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openXlsx, WorkbookFileError, xlsxPort } from "../src/workbook/xlsx";
import { largeWorkbookBytes } from "../test/fixtures/largeWorkbook";
import { ROOT } from "./bundle";
import { runNodeScript } from "./processRun";
import { median, roundMs } from "./stats";

export type FileOpen = {
  readonly file: string;
  readonly bytes: number;
  readonly outcome: string;
  readonly wallMs: number;
  readonly peakRssMb: number;
};

export type CorpusOpen = {
  readonly files: number;
  readonly read: number;
  readonly refused: number;
  /** Median and longest in-process open time over the corpus. */
  readonly medianMs: number;
  readonly slowest: { readonly file: string; readonly ms: number };
  /** The slowest files and the 20 MB workbook, each in its own process (median of runs). */
  readonly processes: readonly FileOpen[];
};

const CORPUS = join(ROOT, "test", "fixtures", "poi");
const OPEN = join("bench", "openOnly.ts");

async function openInProcess(path: string): Promise<{ ms: number; outcome: string }> {
  const bytes = new Uint8Array(readFileSync(path));
  const start = performance.now();
  try {
    await xlsxPort(await openXlsx(bytes)).read();
    return { ms: performance.now() - start, outcome: "read" };
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    return { ms: performance.now() - start, outcome: `refused (${e.reason})` };
  }
}

function inOwnProcess(path: string, label: string, outcome: string, runs: number): FileOpen {
  const measured = Array.from({ length: runs }, () => runNodeScript(OPEN, [path], [0, 2]));
  return {
    file: label,
    bytes: statSync(path).size,
    outcome,
    wallMs: roundMs(median(measured.map((m) => m.wallMs))),
    peakRssMb: Math.round(median(measured.map((m) => m.peakRssKb)) / 1024),
  };
}

/** Opens the corpus and the 20 MB workbook; `runs` process runs per measured file. */
export async function corpusOpen(runs: number): Promise<CorpusOpen> {
  const names = readdirSync(CORPUS).filter((f) => /\.xls[xm]$/i.test(f));
  const timings: { file: string; ms: number; outcome: string }[] = [];
  for (const file of names) timings.push({ file, ...(await openInProcess(join(CORPUS, file))) });
  const bySlowest = [...timings].sort((a, b) => b.ms - a.ms);
  const dir = mkdtempSync(join(tmpdir(), "cemr-corpus-"));
  try {
    const large = join(dir, "20mb-numbers.xlsx");
    writeFileSync(large, largeWorkbookBytes(350_000));
    const processes = [
      ...bySlowest.slice(0, 3).map((t) => inOwnProcess(join(CORPUS, t.file), t.file, t.outcome, runs)),
      inOwnProcess(large, "generated: 350,000 rows × 8 numbers", "read", runs),
    ];
    return {
      files: names.length,
      read: timings.filter((t) => t.outcome === "read").length,
      refused: timings.filter((t) => t.outcome !== "read").length,
      medianMs: roundMs(median(timings.map((t) => t.ms))),
      slowest: { file: bySlowest[0]?.file ?? "", ms: roundMs(bySlowest[0]?.ms ?? 0) },
      processes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Core time on a plan already in memory: read (readPlan), check (checkPlan) and
 * summary (what prepareSummary computes: the findings at the cut-off, the
 * summary, its layout, text and JSON), against a bare pass that only copies the
 * same cell values once: our overhead over touching the data once.
 */
import type { CellValue, RawRange, RawWorkbook } from "../src/core/cells";
import { checkPlan, findingMessage } from "../src/core/checks";
import { readPlan } from "../src/core/read";
import { findPeriod } from "../src/core/periods";
import { summarise, summaryJson, summaryLayout, summaryText } from "../src/core/summary";
import { CHECK_DATE, SUMMARY_PERIOD, rawPlan, type BenchPlan } from "./plans";
import { medianMs, ratio, roundMs } from "./stats";

export type CoreTime = {
  readonly cells: number;
  readonly readMs: number;
  readonly checkMs: number;
  readonly summaryMs: number;
  /** read + check + summary. */
  readonly totalMs: number;
  readonly bareMs: number;
  /** totalMs / bareMs. */
  readonly overhead: number | null;
  readonly findings: number;
};

/** Copies every cell value of every range into new arrays, and nothing more. */
export function barePass(raw: RawWorkbook): CellValue[][][] {
  const copy = (range: RawRange): CellValue[][] => {
    const rows: CellValue[][] = new Array<CellValue[]>(range.values.length);
    range.values.forEach((row, r) => {
      const out: CellValue[] = new Array<CellValue>(row.length);
      for (let c = 0; c < row.length; c++) out[c] = row[c] ?? null;
      rows[r] = out;
    });
    return rows;
  };
  return [...raw.tables.map(copy), ...raw.sheets.map(copy)];
}

/** Everything prepareSummary computes from a read plan. */
function summaryOf(plan: ReturnType<typeof readPlan>): unknown {
  const period = findPeriod(plan, SUMMARY_PERIOD);
  if (period === null) throw new Error(`No period ${SUMMARY_PERIOD} in the bench plan`);
  const summary = summarise(plan, period.name, checkPlan(plan, period.cutoff));
  if (summary === null) throw new Error(`No summary of ${SUMMARY_PERIOD}`);
  return [summaryLayout(summary, "sv", CHECK_DATE), summaryText(summary, "sv"), summaryJson(summary, "sv")];
}

/** The median times of each step over `runs` runs (after one warm-up run). */
export function coreTime(plan: BenchPlan, runs: number): CoreTime {
  const raw = rawPlan(plan);
  const parsed = readPlan(raw);
  const readMs = medianMs(() => readPlan(raw), runs);
  // The check with its messages in words, as the command line prints them.
  const checkMs = medianMs(() => checkPlan(parsed, CHECK_DATE).map((f) => findingMessage(f, "sv")), runs);
  const summaryMs = medianMs(() => summaryOf(parsed), runs);
  const bareMs = medianMs(() => barePass(raw), runs);
  const totalMs = readMs + checkMs + summaryMs;
  const cells = [...raw.tables, ...raw.sheets].reduce(
    (n, r) => n + r.values.reduce((m, row) => m + row.length, 0),
    0,
  );
  return {
    cells,
    readMs: roundMs(readMs),
    checkMs: roundMs(checkMs),
    summaryMs: roundMs(summaryMs),
    totalMs: roundMs(totalMs),
    bareMs: roundMs(bareMs),
    overhead: ratio(totalMs, bareMs),
    findings: checkPlan(parsed, CHECK_DATE).length,
  };
}

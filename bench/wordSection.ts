/**
 * The section for Word against `report --json` on the same .xlsx bytes, in one process
 * (issue 26: at most 1.2× its time). Both open the file and make the summary; then one
 * prints the JSON, the other builds the section and writes the .docx (docx package,
 * then the chart parts through our package layer). Runs alternate, and the ratio is the
 * median of the paired ratios, so the machine's drift falls on both alike.
 */
import { deflateRawSync } from "node:zlib";
import { prepareSummary } from "../src/app/summariseWorkbook";
import { reportSection } from "../src/core/summary";
import { sectionDocx } from "../src/workbook/docx";
import { openXlsx, saveXlsx, xlsxPort } from "../src/workbook/xlsx";
import { setDeflater } from "../src/workbook/xlsx";
import { largePlanXlsx } from "../test/fixtures/largePlan";
import { CHECK_DATE, SUMMARY_PERIOD, type BenchPlan } from "./plans";
import { median, pairedRatio, roundMs, timedAsync } from "./stats";

/** The bound: the section takes at most this multiple of report --json. */
export const WORD_SECTION_TARGET = 1.2;

export type WordSection = {
  readonly followUpRows: number;
  readonly jsonMs: number;
  readonly docxMs: number;
  /** Median of docx/json over paired runs. */
  readonly ratio: number | null;
  readonly docxBytes: number;
};

async function prepared(bytes: Uint8Array) {
  const port = xlsxPort(await openXlsx(bytes));
  const p = await prepareSummary(port, SUMMARY_PERIOD, "sv", CHECK_DATE);
  if (!p.ok) throw new Error(`No period ${SUMMARY_PERIOD}`);
  return p;
}

/** Median times of both over `runs` alternating runs (after one warm-up of each). */
export async function wordSection(plan: BenchPlan, runs: number): Promise<WordSection> {
  setDeflater((data, level) => deflateRawSync(data, { level }));
  const bytes = await saveXlsx(await largePlanXlsx(plan.size));
  const json = () => prepared(bytes).then((p) => JSON.stringify(p.json, null, 2).length);
  const docx = () => prepared(bytes).then((p) => sectionDocx(reportSection(p.summary, p.plan.lang)));
  await json();
  const docxBytes = (await docx()).length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < runs; i++) {
    const j = await timedAsync(json);
    const d = await timedAsync(docx);
    pairs.push([d.ms, j.ms]);
  }
  return {
    followUpRows: plan.followUpRows,
    jsonMs: roundMs(median(pairs.map((p) => p[1]))),
    docxMs: roundMs(median(pairs.map((p) => p[0]))),
    ratio: pairedRatio(pairs),
    docxBytes,
  };
}

/**
 * Where the command line report's time goes, in one process on the same .xlsx
 * bytes: opening the file (the package reader reads every cell then), handing the
 * cells to the core (cached, so about nothing), the core (plan, findings,
 * summary, layout, text), writing the summary sheet (edits of the package: the new
 * sheet's rows, its tables, drawing and charts, workbook.xml, rels, content types,
 * styles, the marker), and saving the copy (a zip whose untouched parts are copied
 * compressed as they were, the new and changed ones deflated). Deflating uses
 * Node's zlib, as the command line does (src/cli/main.ts).
 */
import { deflateRawSync } from "node:zlib";
import type { WorkbookPort } from "../src/app/ports";
import { prepareSummary, writeSummary } from "../src/app/summariseWorkbook";
import type { RawWorkbook } from "../src/core/cells";
import { openXlsx, saveXlsx, xlsxPort } from "../src/workbook/xlsx";
import { setDeflater } from "../src/workbook/xlsx";
import { largePlanXlsx } from "../test/fixtures/largePlan";
import { CHECK_DATE, SUMMARY_PERIOD, type BenchPlan } from "./plans";
import { median, roundMs, timedAsync } from "./stats";

export type ReportPhases = {
  readonly openMs: number;
  readonly readCellsMs: number;
  readonly coreMs: number;
  readonly writeSheetMs: number;
  readonly saveMs: number;
};

type Phase = keyof ReportPhases;

/** A port whose read() is timed apart from the rest. */
function timedRead(port: WorkbookPort, spent: { ms: number }): WorkbookPort {
  return {
    ...port,
    read: async (): Promise<RawWorkbook> => {
      const { ms, value } = await timedAsync(() => port.read());
      spent.ms += ms;
      return value;
    },
  };
}

async function onePass(bytes: Uint8Array): Promise<ReportPhases> {
  const open = await timedAsync(() => openXlsx(bytes));
  const read = { ms: 0 };
  const port = timedRead(xlsxPort(open.value), read);
  const prepared = await timedAsync(() => prepareSummary(port, SUMMARY_PERIOD, "sv", CHECK_DATE));
  if (!prepared.value.ok) throw new Error(`No period ${SUMMARY_PERIOD}`);
  const ready = prepared.value;
  const written = await timedAsync(() => writeSummary(port, ready, { replace: true }));
  const saved = await timedAsync(() => saveXlsx(open.value));
  return {
    openMs: open.ms,
    readCellsMs: read.ms,
    coreMs: prepared.ms - read.ms,
    writeSheetMs: written.ms,
    saveMs: saved.ms,
  };
}

/** The median of each phase over `runs` passes. */
export async function reportPhases(plan: BenchPlan, runs: number): Promise<ReportPhases> {
  setDeflater((data, level) => deflateRawSync(data, { level }));
  const bytes = await saveXlsx(await largePlanXlsx(plan.size));
  const passes: ReportPhases[] = [];
  for (let i = 0; i < runs; i++) passes.push(await onePass(bytes));
  const of = (phase: Phase): number => roundMs(median(passes.map((p) => p[phase])));
  return {
    openMs: of("openMs"),
    readCellsMs: of("readCellsMs"),
    coreMs: of("coreMs"),
    writeSheetMs: of("writeSheetMs"),
    saveMs: of("saveMs"),
  };
}

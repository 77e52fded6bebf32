/** Plain-text tables for the benchmark's console output. */
import type { CommandLine } from "./commandLine";
import type { CorpusOpen } from "./corpusOpen";
import type { CoreTime } from "./coreTime";
import type { BenchPlan } from "./plans";
import type { ReportPhases } from "./reportPhases";
import type { ActionTrips } from "./roundTrips";
import type { Startup } from "./startup";
import type { Target } from "./targets";

type Cell = string | number | null;

/** A table with a header row, columns padded to their widest cell (numbers right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (c: Cell): string =>
    c === null ? "–" : typeof c === "number" ? c.toLocaleString("en-US") : c;
  const all = [header, ...rows.map((r) => r.map(text))];
  const widths = header.map((_, k) => Math.max(...all.map((r) => (r[k] ?? "").length)));
  const line = (r: readonly string[], source: readonly Cell[] | null): string =>
    r
      .map((c, k) =>
        typeof source?.[k] === "number" ? c.padStart(widths[k] ?? 0) : c.padEnd(widths[k] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [
    line(header, null),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((r) => line(r.map(text), r)),
  ].join("\n");
}

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

/**
 * Syncs and largest payloads per action, one row per action and plan size: the
 * request bytes are the real requests Microsoft's Office.js built (fake Excel
 * behind it), the response bytes the JSON the fake answered.
 */
export function tripsTable(plans: readonly BenchPlan[], trips: readonly (readonly ActionTrips[])[]): string {
  const rows = trips.flatMap((size, i) =>
    size.map((t): Cell[] => [
      t.action,
      plans[i]?.label ?? "",
      t.syncs,
      kb(t.maxRequestBytes),
      kb(t.maxResponseBytes),
      t.error,
    ]),
  );
  return table(
    ["action", "follow-up rows", "syncs", "max real request KB", "max response KB", "error"],
    rows,
  );
}

/** Core milliseconds per step and the overhead over the bare pass. */
export function coreTable(plans: readonly BenchPlan[], core: readonly CoreTime[]): string {
  const rows = core.map((c, i): Cell[] => [
    plans[i]?.label ?? "",
    c.cells,
    c.readMs,
    c.checkMs,
    c.summaryMs,
    c.totalMs,
    c.bareMs,
    c.overhead,
  ]);
  return table(
    ["follow-up rows", "cells", "read ms", "check ms", "summary ms", "total ms", "bare ms", "overhead ×"],
    rows,
  );
}

/** Command line wall time and peak memory, with ratios to the yardstick: exceljs reading the file alone. */
export function commandTable(cli: CommandLine): string {
  const yardsticks: Record<string, string> = {
    exceljsRead: "exceljs reads",
    sheetjsRead: "SheetJS reads",
    inflateFloor: "floor: inflate + decode",
  };
  const rows = cli.commands.map((c): Cell[] => [
    yardsticks[c.command] ? `${yardsticks[c.command]} ${c.args}` : c.args,
    c.wallMs,
    c.timeRatio,
    c.cpuMs,
    c.cpuRatio,
    c.peakRssMb,
    c.memoryRatio,
    c.sheetjsRatio ?? null,
    c.floorRatio ?? null,
  ]);
  const pairs = cli.reportOut;
  return `${table(["command (20,000 rows)", "wall ms", "× read", "cpu ms", "× read", "peak MB", "× read", "wall × SheetJS", "wall × floor"], rows)}
report --out against report, run back to back: median of ${pairs.wallRatios.length} pairs ${String(pairs.wallRatio)}× wall, ${String(pairs.cpuRatio)}× cpu (pairs: ${pairs.wallRatios.join(", ")})`;
}

/** Start-up of the compiled command line beside node -e 0. */
export function startupTable(s: Startup): string {
  return table(
    ["process", "median ms", "× node -e 0"],
    [
      ["node -e 0", s.nodeMs, 1],
      ["cemr (loads the bundle, prints usage)", s.loadMs, s.loadRatio],
      ["cemr check exempelplan.xlsx", s.checkMs, s.checkRatio],
    ],
  );
}

/** Where the report --out time goes. */
export function phasesTable(p: ReportPhases): string {
  return table(
    [
      "open + read cells (package reader)",
      "hand cells to core",
      "core",
      "write report sheet (edit package parts)",
      "save copy (zip: copy untouched, deflate new)",
    ],
    [[p.openMs, p.readCellsMs, p.coreMs, p.writeSheetMs, p.saveMs]],
  );
}

/** PASS/FAIL per target. */
export function targetsTable(targets: readonly Target[]): string {
  return table(
    ["", "target", "measured"],
    targets.map((t) => [t.pass ? "PASS" : "FAIL", t.target, t.measured]),
  );
}

/** The corpus and large files opened, each measured file in its own process. */
export function corpusTable(c: CorpusOpen): string {
  const head = `${c.files} files: ${c.read} read, ${c.refused} refused; in process median ${c.medianMs} ms, slowest ${c.slowest.ms} ms (${c.slowest.file})`;
  return `${head}\n${table(
    ["file", "size", "outcome", "wall ms", "peak MB"],
    c.processes.map((p) => [
      p.file,
      `${(p.bytes / 1e6).toFixed(1)} MB`,
      p.outcome,
      Math.round(p.wallMs),
      p.peakRssMb,
    ]),
  )}`;
}

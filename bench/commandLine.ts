/**
 * The command line on the 20,000-row .xlsx: wall time and peak memory of check,
 * report and report --out, each as a ratio to exceljs reading the same file alone
 * (bench/readXlsxOnly.ts: the old library's read is the yardstick, not part of the
 * product); also to SheetJS reading it alone (bench/readSheetJsOnly.ts, the second
 * yardstick) and to the floor: inflating and decoding every part without parsing
 * (bench/inflateOnly.ts). All are compiled JavaScript (the command line as `npx cemr` runs it,
 * the yardstick bundled the same way). The runs go round-robin, so a busy moment of
 * the machine falls on all of them alike; the median of each counts. report and
 * report --out also run as a pair, back to back and each first in turn: issue 14's
 * bound on writing the copy is judged on the median of the pairs' ratios, which a
 * loaded machine moves far less than a ratio of two medians taken apart.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, compiledScript } from "./compiled";
import { CHECK_DATE, SUMMARY_PERIOD, xlsxPlan, type BenchPlan } from "./plans";
import { MEMORY_METHOD, runNodeScript, type ProcessRun } from "./processRun";
import { median, pairedRatio, ratio, roundMs } from "./stats";

export type CommandName = "exceljsRead" | "sheetjsRead" | "inflateFloor" | "check" | "report" | "reportOut";

export type CommandFigures = {
  readonly command: CommandName;
  readonly args: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** Wall time, CPU time and memory as a multiple of exceljsRead's (the yardstick, not the product). */
  readonly timeRatio: number | null;
  readonly cpuRatio: number | null;
  readonly memoryRatio: number | null;
  /** Wall time as a multiple of SheetJS reading the file (the second yardstick), and of the floor. */
  readonly sheetjsRatio?: number | null;
  readonly floorRatio?: number | null;
  readonly runsMs: readonly number[];
};

/** report --out against report, pair by pair. */
export type ReportOutPairs = {
  /** Wall time of report --out over report's, each pair's. */
  readonly wallRatios: readonly number[];
  /** The median of the pairs' ratios, wall and CPU time. */
  readonly wallRatio: number | null;
  readonly cpuRatio: number | null;
};

export type CommandLine = {
  readonly fileBytes: number;
  readonly memoryMethod: typeof MEMORY_METHOD;
  /** The rounds each command ran. */
  readonly runs: number;
  readonly commands: readonly CommandFigures[];
  readonly reportOut: ReportOutPairs;
};

type Spec = {
  readonly command: CommandName;
  readonly script: string;
  readonly args: (file: string, out: string) => string[];
};

/** The commands, with the compiled scripts built now. */
function specs(): readonly [
  read: Spec,
  check: Spec,
  report: Spec,
  reportOut: Spec,
  sheetjs: Spec,
  floor: Spec,
] {
  const cli = buildCli();
  return [
    {
      command: "exceljsRead",
      script: compiledScript(join("bench", "readXlsxOnly.ts")),
      args: (file) => [file],
    },
    { command: "check", script: cli, args: (file) => ["check", file, "--date", CHECK_DATE] },
    { command: "report", script: cli, args: (file) => ["report", file, "--period", SUMMARY_PERIOD] },
    {
      command: "reportOut",
      script: cli,
      args: (file, out) => ["report", file, "--period", SUMMARY_PERIOD, "--out", out, "--force"],
    },
    {
      command: "sheetjsRead",
      script: compiledScript(join("bench", "readSheetJsOnly.ts")),
      args: (file) => [file],
    },
    {
      command: "inflateFloor",
      script: compiledScript(join("bench", "inflateOnly.ts")),
      args: (file) => [file],
    },
  ];
}

/** Writes the plan to a temporary .xlsx and measures every command `runs` times. */
export async function commandLine(plan: BenchPlan, runs: number): Promise<CommandLine> {
  const dir = mkdtempSync(join(tmpdir(), "cemr-bench-"));
  try {
    const file = join(dir, "region.xlsx");
    const out = join(dir, "rapport.xlsx");
    await xlsxPlan(plan, file);
    const SPECS = specs();
    const [read, check, report, withOut, sheetjs, floor] = SPECS;
    const measured = new Map<CommandName, ProcessRun[]>(SPECS.map((s) => [s.command, []]));
    const pairs: { report: ProcessRun; out: ProcessRun }[] = [];
    // Exit 1 means "done, with error findings": the bench plan has some on purpose.
    const run = (s: Spec): ProcessRun => {
      const r = runNodeScript(s.script, s.args(file, out), [0, 1]);
      measured.get(s.command)?.push(r);
      return r;
    };
    for (let i = 0; i < runs; i++) {
      run(read);
      run(sheetjs);
      run(floor);
      run(check);
      // The pair back to back, each first in turn (a run may warm the file cache for the next).
      if (i % 2 === 0) {
        const r = run(report);
        pairs.push({ report: r, out: run(withOut) });
      } else {
        const o = run(withOut);
        pairs.push({ report: run(report), out: o });
      }
    }
    const figures = SPECS.map((s) => {
      const list = measured.get(s.command) ?? [];
      return {
        spec: s,
        wallMs: median(list.map((r) => r.wallMs)),
        cpuMs: median(list.map((r) => r.cpuMs)),
        peakRssKb: median(list.map((r) => r.peakRssKb)),
        runsMs: list.map((r) => roundMs(r.wallMs)),
      };
    });
    const base = figures[0];
    const sheetjsFigures = figures.find((f) => f.spec.command === "sheetjsRead");
    const floorFigures = figures.find((f) => f.spec.command === "inflateFloor");
    const commands = figures.map((f) => ({
      command: f.spec.command,
      args: f.spec.args("plan.xlsx", "rapport.xlsx").join(" "),
      wallMs: roundMs(f.wallMs),
      cpuMs: roundMs(f.cpuMs),
      peakRssMb: Math.round(f.peakRssKb / 102.4) / 10,
      timeRatio: ratio(f.wallMs, base?.wallMs ?? Number.NaN),
      cpuRatio: ratio(f.cpuMs, base?.cpuMs ?? Number.NaN),
      memoryRatio: ratio(f.peakRssKb, base?.peakRssKb ?? Number.NaN),
      sheetjsRatio: ratio(f.wallMs, sheetjsFigures?.wallMs ?? Number.NaN),
      floorRatio: ratio(f.wallMs, floorFigures?.wallMs ?? Number.NaN),
      runsMs: f.runsMs,
    }));
    const reportOut: ReportOutPairs = {
      wallRatios: pairs.map((p) => ratio(p.out.wallMs, p.report.wallMs) ?? Number.NaN),
      wallRatio: pairedRatio(pairs.map((p) => [p.out.wallMs, p.report.wallMs])),
      cpuRatio: pairedRatio(pairs.map((p) => [p.out.cpuMs, p.report.cpuMs])),
    };
    return { fileBytes: statSync(file).size, memoryMethod: MEMORY_METHOD, runs, commands, reportOut };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

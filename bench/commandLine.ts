/**
 * The command line on the 20,000-row .xlsx: wall time and peak memory of check,
 * report and report --out, each as a ratio to exceljs reading the same file alone
 * (bench/readXlsxOnly.ts). Both are compiled JavaScript (the command line as
 * `npx cemr` runs it, the baseline bundled the same way). The runs go round-robin,
 * so a busy moment of the machine falls on all of them alike; the median of each counts.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, compiledScript } from "./compiled";
import { CHECK_DATE, SUMMARY_PERIOD, xlsxPlan, type BenchPlan } from "./plans";
import { MEMORY_METHOD, runNodeScript, type ProcessRun } from "./processRun";
import { median, ratio, roundMs } from "./stats";

export type CommandName = "exceljsRead" | "check" | "report" | "reportOut";

export type CommandFigures = {
  readonly command: CommandName;
  readonly args: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** Wall time, CPU time and memory as a multiple of exceljsRead's. */
  readonly timeRatio: number | null;
  readonly cpuRatio: number | null;
  readonly memoryRatio: number | null;
  readonly runsMs: readonly number[];
};

export type CommandLine = {
  readonly fileBytes: number;
  readonly memoryMethod: typeof MEMORY_METHOD;
  readonly commands: readonly CommandFigures[];
};

type Spec = {
  readonly command: CommandName;
  readonly script: string;
  readonly args: (file: string, out: string) => string[];
};

/** The commands, with the compiled scripts built now. */
function specs(): readonly Spec[] {
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
    const measured = new Map<CommandName, ProcessRun[]>(SPECS.map((s) => [s.command, []]));
    for (let i = 0; i < runs; i++) {
      // Exit 1 means "done, with error findings": the bench plan has some on purpose.
      for (const s of SPECS)
        measured.get(s.command)?.push(runNodeScript(s.script, s.args(file, out), [0, 1]));
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
    const commands = figures.map((f) => ({
      command: f.spec.command,
      args: f.spec.args("plan.xlsx", "rapport.xlsx").join(" "),
      wallMs: roundMs(f.wallMs),
      cpuMs: roundMs(f.cpuMs),
      peakRssMb: Math.round(f.peakRssKb / 102.4) / 10,
      timeRatio: ratio(f.wallMs, base?.wallMs ?? Number.NaN),
      cpuRatio: ratio(f.cpuMs, base?.cpuMs ?? Number.NaN),
      memoryRatio: ratio(f.peakRssKb, base?.peakRssKb ?? Number.NaN),
      runsMs: f.runsMs,
    }));
    return { fileBytes: statSync(file).size, memoryMethod: MEMORY_METHOD, commands };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

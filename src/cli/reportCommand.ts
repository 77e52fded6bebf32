/**
 * `report FILE|FOLDER… --period NAME [--out FILE|DIR] [--json] [--lang]`: the summary
 * of one period; with --out, a copy of the workbook with the summary sheet added (with
 * several files, --out is a folder that gets a copy of each under its own name).
 */
import { basename, join } from "node:path";
import { prepareSummary, writeSummary, type PreparedSummary } from "../app/summariseWorkbook";
import type { IsoDate } from "../core/dates";
import { FailureError } from "../core/failures";
import { xlsxPort } from "../workbook/xlsx/xlsxPort";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput, writeOutput } from "./files";
import { exitStatusOf } from "./findingsOutput";
import { blockHeader, eachFile, failuresLine, filesTable, inputFiles, worstStatus } from "./manyFiles";

type Reported = { readonly prepared: PreparedSummary; readonly findings: PreparedSummary["findings"] };

/** One file's summary, written to `out` when given; throws CliError or FailureError when it cannot be made. */
async function reportOne(
  io: CliIo,
  args: ParsedArgs & { period: string },
  file: string,
  out: string | null,
  today: IsoDate,
): Promise<Reported> {
  if (out) await checkOutput(io, out, file, args.force, args.lang);
  const wb = await openInput(io, file, args.lang);
  const port = xlsxPort(wb);
  const prepared = await prepareSummary(port, args.period, args.lang, today);
  if (!prepared.ok) throw new FailureError(prepared);
  if (out) {
    // The output is a new file, so a summary sheet the product wrote earlier may be
    // replaced in it; a user's sheet of that name never is.
    const written = await writeSummary(port, prepared, { replace: true });
    if (!written.ok) throw new FailureError({ code: "sheetExists", target: prepared.sheetName });
    await writeOutput(io, wb, out, args.lang);
  }
  return { prepared, findings: prepared.findings };
}

/** The --out folder for several files: created when missing; no two inputs may share a name in it. */
async function outFolder(io: CliIo, out: string, files: readonly string[], args: ParsedArgs): Promise<void> {
  const names = files.map((f) => basename(f));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new CliError(cliText("outSameName", args.lang, { name: twice }));
  if ((await io.listFolder(out)) !== null) return;
  if (await io.exists(out)) throw new CliError(cliText("outNotFolder", args.lang, { path: out }));
  try {
    await io.makeDir?.(out);
  } catch (e) {
    throw new CliError(
      cliText("cannotWrite", args.lang, { path: out, reason: e instanceof Error ? e.message : String(e) }),
    );
  }
}

/** Prints the summary (text or JSON); exit 1 when the findings at the cut-off hold an error. */
export async function reportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.files.length === 0) throw new CliError(cliText("missingFile", args.lang, { command: "report" }));
  const { period } = args;
  if (period === null)
    throw new CliError(cliText("missingOption", args.lang, { command: "report", option: "--period NAME" }));
  const withPeriod = { ...args, period };
  const inputs = await inputFiles(io, args.files, args.lang);
  if (!inputs.many) {
    const { prepared } = await reportOne(io, withPeriod, inputs.files[0] ?? "", args.out, io.today());
    io.stdout(args.json ? JSON.stringify(prepared.json, null, 2) : prepared.text);
    return exitStatusOf(prepared.findings);
  }
  const { out } = args;
  if (out) await outFolder(io, out, inputs.files, args);
  const outPath = (file: string) => (out ? join(out, basename(file)) : null);
  const today = io.today();
  const outcomes = await eachFile(
    inputs.files,
    args.lang,
    (file) => reportOne(io, withPeriod, file, outPath(file), today),
    (o) => {
      if (args.json) return;
      io.stdout(blockHeader(o.file));
      io.stdout(o.ok ? o.result.prepared.text : o.error);
      io.stdout("");
    },
  );
  if (args.json) {
    const files = outcomes.map((o) => {
      if (!o.ok) return { file: o.file, error: o.error };
      const written = outPath(o.file);
      return { file: o.file, ...(written ? { out: written } : {}), summary: o.result.prepared.json };
    });
    io.stdout(JSON.stringify({ files }, null, 2));
  } else for (const line of filesTable(outcomes, args.lang)) io.stdout(line);
  const failed = failuresLine(outcomes, args.lang);
  if (failed !== null) io.stderr(failed);
  return worstStatus(outcomes);
}

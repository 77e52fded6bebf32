/**
 * `report FILE|FOLDER… --period NAME [--out FILE|DIR] [--docx FILE|DIR] [--json] [--lang]`:
 * the summary of one period; with --out, a copy of the workbook with the summary sheet
 * added (with several files, --out is a folder that gets a copy of each under its own
 * name); with --docx, the section for the annual or interim report as a Word document
 * in the plan's language (with several files, a folder with one NAME.docx per file).
 */
import { basename, join } from "node:path";
import { prepareSummary, writeSummary, type PreparedSummary } from "../app/summariseWorkbook";
import type { IsoDate } from "../core/dates";
import { FailureError } from "../core/failures";
import { reportSection } from "../core/summary";
import { sectionDocx } from "../workbook/docx";
import { xlsxPort } from "../workbook/xlsx";
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
  docx: string | null,
  today: IsoDate,
): Promise<Reported> {
  if (out) await checkOutput(io, out, file, args.force, args.lang);
  if (docx) await checkOutput(io, docx, file, args.force, args.lang);
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
  if (docx) await writeDocx(io, prepared, docx, args.lang);
  return { prepared, findings: prepared.findings };
}

/** The section for Word, in the plan's language, written to `path`. */
async function writeDocx(
  io: CliIo,
  prepared: PreparedSummary,
  path: string,
  lang: ParsedArgs["lang"],
): Promise<void> {
  const bytes = await sectionDocx(reportSection(prepared.summary, prepared.plan.lang));
  try {
    await io.writeFile(path, bytes);
  } catch (e) {
    throw new CliError(
      cliText("cannotWrite", lang, { path, reason: e instanceof Error ? e.message : String(e) }),
    );
  }
  if (io.showProgress) io.stderr(cliText("written", lang, { path }));
}

/** A workbook's name with .docx in place of its extension. */
const docxName = (file: string): string => basename(file).replace(/\.[^.]*$/, "") + ".docx";

/** The --out (or --docx) folder for several files: created when missing; no two inputs may share a name in it. */
async function outFolder(
  io: CliIo,
  out: string,
  names: readonly string[],
  args: ParsedArgs,
  option: "out" | "docx" = "out",
): Promise<void> {
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined)
    throw new CliError(
      cliText(option === "out" ? "outSameName" : "docxSameName", args.lang, { name: twice }),
    );
  if ((await io.listFolder(out)) !== null) return;
  if (await io.exists(out))
    throw new CliError(
      cliText(option === "out" ? "outNotFolder" : "docxNotFolder", args.lang, { path: out }),
    );
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
    const { prepared } = await reportOne(
      io,
      withPeriod,
      inputs.files[0] ?? "",
      args.out,
      args.docx,
      io.today(),
    );
    io.stdout(args.json ? JSON.stringify(prepared.json, null, 2) : prepared.text);
    return exitStatusOf(prepared.findings);
  }
  const { out, docx } = args;
  if (out)
    await outFolder(
      io,
      out,
      inputs.files.map((f) => basename(f)),
      args,
    );
  if (docx) await outFolder(io, docx, inputs.files.map(docxName), args, "docx");
  const outPath = (file: string) => (out ? join(out, basename(file)) : null);
  const docxPath = (file: string) => (docx ? join(docx, docxName(file)) : null);
  const today = io.today();
  const outcomes = await eachFile(
    inputs.files,
    args.lang,
    (file) => reportOne(io, withPeriod, file, outPath(file), docxPath(file), today),
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
      const section = docxPath(o.file);
      return {
        file: o.file,
        ...(written ? { out: written } : {}),
        ...(section ? { docx: section } : {}),
        summary: o.result.prepared.json,
      };
    });
    io.stdout(JSON.stringify({ files }, null, 2));
  } else for (const line of filesTable(outcomes, args.lang)) io.stdout(line);
  const failed = failuresLine(outcomes, args.lang);
  if (failed !== null) io.stderr(failed);
  return worstStatus(outcomes);
}

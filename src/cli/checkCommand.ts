/** `check FILE|FOLDER… [--date D] [--json] [--lang]`: the findings of plan workbooks. */
import { checkWorkbook } from "../app/checkWorkbook";
import { type Finding, findingJson } from "../core/checks";
import { xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { openInput } from "./files";
import { exitStatusOf, findingLines } from "./findingsOutput";
import { blockHeader, eachFile, failuresLine, filesTable, inputFiles, worstStatus } from "./manyFiles";

/**
 * Prints the findings as of --date (default today); exit 1 when one is an error. With
 * several files or a folder: a block per file, then the table of files; exit the worst.
 */
export async function checkCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.files.length === 0) throw new CliError(cliText("missingFile", args.lang, { command: "check" }));
  const date = args.date ?? io.today();
  const findingsJson = (findings: readonly Finding[]) => findings.map((f) => findingJson(f, args.lang));
  const check = async (file: string): Promise<{ findings: Finding[] }> => {
    const wb = await openInput(io, file, args.lang);
    return { findings: (await checkWorkbook(xlsxPort(wb), date, args.lang)).findings };
  };
  const inputs = await inputFiles(io, args.files, args.lang);
  if (!inputs.many) {
    const { findings } = await check(inputs.files[0] ?? "");
    if (args.json) io.stdout(JSON.stringify({ findings: findingsJson(findings) }, null, 2));
    else for (const line of findingLines(findings, args.lang)) io.stdout(line);
    return exitStatusOf(findings);
  }
  const outcomes = await eachFile(inputs.files, args.lang, check, (o) => {
    if (args.json) return;
    io.stdout(blockHeader(o.file));
    for (const line of o.ok ? findingLines(o.findings, args.lang) : [o.error]) io.stdout(line);
    io.stdout("");
  });
  if (args.json) {
    const files = outcomes.map((o) =>
      o.ok ? { file: o.file, findings: findingsJson(o.findings) } : { file: o.file, error: o.error },
    );
    io.stdout(JSON.stringify({ files }, null, 2));
  } else for (const line of filesTable(outcomes, args.lang)) io.stdout(line);
  const failed = failuresLine(outcomes, args.lang);
  if (failed !== null) io.stderr(failed);
  return worstStatus(outcomes);
}

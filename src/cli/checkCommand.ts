/** `check FILE [--date D] [--json] [--lang]`: the findings of a plan workbook. */
import { checkWorkbook } from "../app/checkWorkbook";
import { xlsxPort } from "../workbook/xlsx/xlsxPort";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { openInput } from "./files";
import { exitStatusOf, findingLines } from "./findingsOutput";

/** Prints the findings as of --date (default today); exit 1 when one is an error. */
export async function checkCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.file) throw new CliError(cliText("missingFile", args.lang, "check"));
  const wb = await openInput(io, args.file, args.lang);
  const { findings } = await checkWorkbook(xlsxPort(wb), args.date ?? io.today(), args.lang);
  if (args.json) io.stdout(JSON.stringify({ findings }, null, 2));
  else for (const line of findingLines(findings, args.lang)) io.stdout(line);
  return exitStatusOf(findings);
}

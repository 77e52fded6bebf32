/**
 * `report FILE --period NAME [--out FILE] [--json] [--lang]`: the summary of one
 * period; with --out, a copy of the workbook with the summary sheet added.
 */
import { prepareSummary, writeSummary } from "../app/summariseWorkbook";
import { xlsxPort } from "../workbook/xlsx/xlsxPort";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput, writeOutput } from "./files";
import { exitStatusOf } from "./findingsOutput";

/** Prints the summary (text or JSON); exit 1 when the findings at the cut-off hold an error. */
export async function reportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.file) throw new CliError(cliText("missingFile", args.lang, "report"));
  if (args.period === null)
    throw new CliError(cliText("missingOption", args.lang, "report", "--period NAME"));
  if (args.out) await checkOutput(io, args.out, args.file, args.force, args.lang);
  const wb = await openInput(io, args.file, args.lang);
  const port = xlsxPort(wb);
  const prepared = await prepareSummary(port, args.period, args.lang, io.today());
  if (!prepared.ok) {
    const names = prepared.periods.map((p) => `"${p}"`);
    throw new CliError(
      cliText(
        "unknownPeriod",
        args.lang,
        `"${args.period}"`,
        names.length > 0 ? names.join(", ") : cliText("noPeriods", args.lang),
      ),
    );
  }
  if (args.out) {
    // The output is a new file, so a summary sheet the product wrote earlier may be
    // replaced in it; a user's sheet of that name never is.
    const written = await writeSummary(port, prepared, { replace: true });
    if (!written.ok) throw new CliError(cliText("sheetExists", args.lang, written.sheet));
    await writeOutput(io, wb, args.out, args.lang);
  }
  io.stdout(args.json ? JSON.stringify(prepared.json, null, 2) : prepared.text);
  return exitStatusOf(prepared.findings);
}

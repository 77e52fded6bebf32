/** `template --out FILE [--lang] [--from D --to D]`: a new, empty plan workbook. */
import { setUpPlan } from "../app/setUpPlan";
import { newXlsx, xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, writeOutput } from "./files";

/** Writes the template; exit status 0. */
export async function templateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.out)
    throw new CliError(cliText("missingOption", args.lang, { command: "template", option: "--out FILE" }));
  await checkOutput(io, args.out, null, args.force, args.lang);
  const wb = newXlsx();
  const progress = (done: number, total: number) => {
    if (io.showProgress) io.stderr(cliText("tablesProgress", args.lang, { done: done, total: total }));
  };
  await setUpPlan(
    xlsxPort(wb),
    { lang: args.lang, ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) },
    progress,
  );
  await writeOutput(io, wb, args.out, args.lang);
  return 0;
}

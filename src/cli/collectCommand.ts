/**
 * `collect FILE --period NAME RETURNED.xlsx... --out FILE [--replace] [--json]
 * [--force] [--lang]`: the returned hand-outs' answers for the period, written into
 * a copy of the master. New rows are added; rows the master holds are replaced only
 * with --replace; conflicts between files are never settled here. Prints the preview.
 */
import { previewCollect, writeCollect, type ReturnedWorkbook } from "../app/collect";
import { collectJson, type CollectPreview, type CollectRows, collectText } from "../core/collect";
import { FailureError, failureOf } from "../core/failures";
import { failureText } from "../core/failures";
import { xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput, writeOutput } from "./files";

/** True when something the units sent was not taken, or someone has not answered. */
export function needsAttention(preview: CollectPreview, written: CollectRows): boolean {
  return (
    written.notApplied.length > 0 ||
    preview.missing.length > 0 ||
    preview.units.some(
      (u) =>
        u.status === "otherPeriod" ||
        u.status === "otherPlan" ||
        u.unknown.length + u.otherPeriod.length + u.protectedChanges.length > 0,
    )
  );
}

/** Writes the copy; exit 0 when everything was taken, 1 when something needs the coordinator. */
export async function collectCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  if (!args.file) throw new CliError(cliText("missingFile", lang, { command: "collect" }));
  if (args.period === null)
    throw new CliError(cliText("missingOption", lang, { command: "collect", option: "--period NAME" }));
  if (!args.out)
    throw new CliError(cliText("missingOption", lang, { command: "collect", option: "--out FILE" }));
  const returnedFiles = args.files.slice(1);
  await checkOutput(io, args.out, args.file, args.force, lang);
  for (const f of returnedFiles)
    if (await io.sameFile(f, args.out)) throw new CliError(cliText("outIsInput", lang, { path: args.out }));
  const wb = await openInput(io, args.file, lang);
  const master = xlsxPort(wb);
  const returned: ReturnedWorkbook[] = [];
  for (const file of returnedFiles) returned.push({ file, port: xlsxPort(await openInput(io, file, lang)) });
  const prepared = await previewCollect(master, args.period, returned);
  if (!prepared.ok) throw new FailureError(prepared);
  let written: CollectRows;
  try {
    written = await writeCollect(master, prepared.preview, { replace: args.replace ? "all" : [] });
  } catch (e) {
    const failure = failureOf(e);
    if (failure?.code === "notATable")
      throw new CliError(cliText("collectFailed", lang, { problem: failureText(failure, lang) }));
    throw e;
  }
  await writeOutput(io, wb, args.out, lang);
  io.stdout(
    args.json
      ? JSON.stringify(collectJson(prepared.preview, written), null, 2)
      : collectText(prepared.preview, lang, written),
  );
  return needsAttention(prepared.preview, written) ? 1 : 0;
}

/**
 * `handout FILE --period NAME --out DIR [--json] [--force] [--lang]`: one workbook
 * per responsible for the period, written to DIR as "<period> - <responsible>.xlsx".
 * The hand-outs follow the master's language; the master is never changed.
 */
import { join } from "node:path";
import { prepareHandouts, writeHandout, type NewWorkbook } from "../app/handout";
import { FailureError } from "../core/failures";
import { newXlsx, saveXlsx, xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput } from "./files";

/** A new .xlsx workbook for one hand-out. */
export const newXlsxWorkbook: NewWorkbook = () => {
  const wb = newXlsx();
  return { port: xlsxPort(wb), save: () => saveXlsx(wb) };
};

/** Writes the hand-outs; prints one line per file (or JSON). Exit status 0. */
export async function handoutCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  if (!args.file) throw new CliError(cliText("missingFile", lang, { command: "handout" }));
  if (args.period === null)
    throw new CliError(cliText("missingOption", lang, { command: "handout", option: "--period NAME" }));
  if (!args.out)
    throw new CliError(cliText("missingOption", lang, { command: "handout", option: "--out DIR" }));
  const dir = args.out;
  const master = xlsxPort(await openInput(io, args.file, lang));
  const prepared = await prepareHandouts(master, args.period);
  if (!prepared.ok) throw new FailureError(prepared);
  const paths = prepared.handouts.map((h) => join(dir, h.fileName));
  for (const path of paths) await checkOutput(io, path, args.file, args.force, lang);
  if (io.makeDir && paths.length > 0) {
    try {
      await io.makeDir(dir);
    } catch (e) {
      throw new CliError(
        cliText("cannotWrite", lang, { path: dir, reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  }
  const written: { file: string; responsible: string | null; activities: number; goals: number }[] = [];
  for (const [i, h] of prepared.handouts.entries()) {
    const path = paths[i] ?? join(dir, h.fileName);
    const file = await writeHandout(h, newXlsxWorkbook);
    try {
      await io.writeFile(path, file.bytes);
    } catch (e) {
      throw new CliError(
        cliText("cannotWrite", lang, { path: path, reason: e instanceof Error ? e.message : String(e) }),
      );
    }
    written.push({
      file: path,
      responsible: file.responsible,
      activities: file.activities,
      goals: file.goals,
    });
    if (!args.json)
      io.stdout(
        cliText("handoutWritten", lang, { path: path, activities: file.activities, goals: file.goals }),
      );
  }
  const period = prepared.handouts[0]?.identity.period ?? args.period;
  if (args.json) io.stdout(JSON.stringify({ period, handouts: written }, null, 2));
  else if (written.length === 0) io.stdout(cliText("nothingToHandOut", lang, { period: period }));
  return 0;
}

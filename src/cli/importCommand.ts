/**
 * `import FILE [--sheet NAME] --out FILE [--from D --to D] [--json] [--lang]`: a
 * loose list structured into Goals and Activities, written to a copy of the file.
 */
import { previewImport, writeImport } from "../app/importList";
import { failureOf } from "../core/failures";
import { capitalised, failureText } from "../core/failures";
import { blockerText, importBlocker, importJson, readingText } from "../core/import";
import { xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput, writeOutput } from "./files";

/**
 * An import's own failure in words, or null for any other error: where the list is
 * looked for names the file; a refused write says the import was not written.
 */
function importFailure(e: unknown, args: ParsedArgs, file: string): string | null {
  const f = failureOf(e);
  switch (f?.code) {
    case "sheetNotFound":
    case "noSource":
      return capitalised(failureText({ ...f, file }, args.lang));
    case "noSelection":
    case "notATable":
    case "idsTaken":
      return cliText("importFailed", args.lang, { problem: failureText(f, args.lang) });
    default:
      return null;
  }
}

/** A line of the input as far as a terminal line shows it. */
const shortened = (text: string): string => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

/**
 * Writes the structured plan to --out; prints what was recognised. Exit status 0;
 * 2 with one line and nothing written when there is nothing to import (no header row,
 * no goal or activity), never an empty success.
 */
export async function importCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.file) throw new CliError(cliText("missingFile", args.lang, { command: "import" }));
  if (!args.out)
    throw new CliError(cliText("missingOption", args.lang, { command: "import", option: "--out FILE" }));
  await checkOutput(io, args.out, args.file, args.force, args.lang);
  const wb = await openInput(io, args.file, args.lang);
  const port = xlsxPort(wb);
  try {
    const preview = await previewImport(port, args.sheet === null ? {} : { sheet: args.sheet }, {
      lang: args.lang,
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
    });
    const { result } = preview;
    const blocker = importBlocker(result);
    if (blocker) {
      const where = cliText("importWhere", args.lang, { sheet: result.sheet, file: args.file });
      throw new CliError(blockerText(blocker, where, args.lang));
    }
    await writeImport(port, preview, args.lang);
    await writeOutput(io, wb, args.out, args.lang);
    if (args.json) {
      io.stdout(JSON.stringify(importJson(result), null, 2));
      return 0;
    }
    io.stdout(
      cliText("imported", args.lang, { goals: result.goals.length, activities: result.activities.length }),
    );
    io.stdout(
      result.shape === "table"
        ? cliText("importShapeTable", args.lang, { range: `${result.sheet}!${result.headerRange ?? ""}` })
        : cliText("importShapeDocument", args.lang),
    );
    const ignored = result.lines.filter((l) => l.role === "aboveHeader" || l.role === "beforeList");
    if (ignored.length > 0) {
      io.stdout(cliText("importIgnored", args.lang));
      for (const l of ignored) io.stdout(`  ${result.sheet}!${l.cell}  ${shortened(l.text)}`);
    }
    if (result.readings.length > 0) {
      io.stdout(cliText("importReadings", args.lang));
      for (const r of result.readings) io.stdout(`  ${result.sheet}!${r.cell}  ${readingText(r, args.lang)}`);
    }
    if (result.notUnderstood.length > 0) {
      io.stdout(cliText("notUnderstood", args.lang));
      for (const n of result.notUnderstood) io.stdout(`  ${n.sheet}!${n.cell}  ${n.text}`);
    }
    return 0;
  } catch (e) {
    const line = importFailure(e, args, args.file);
    throw line === null ? e : new CliError(line);
  }
}

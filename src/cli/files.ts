/** Reading the input workbook and writing the output one, with one-line errors. */
import type { Lang } from "../core/language";
import { capitalised, failureText } from "../core/failures";
import { openXlsx, saveXlsx, WorkbookFileError, type XlsxWorkbook } from "../workbook/xlsx";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";

/** The input file, opened; a missing or unreadable file is a CliError. */
export async function openInput(io: CliIo, path: string, lang: Lang): Promise<XlsxWorkbook> {
  if (!(await io.exists(path)))
    throw new CliError(cliText("noFile", lang, { path: path }), cliText("missing", lang));
  const unreadable = (reason: string) =>
    new CliError(cliText("cannotRead", lang, { path: path, reason: reason }), reason);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw unreadable(e instanceof Error ? e.message : String(e));
  }
  try {
    if (io.showProgress) io.stderr(cliText("reading", lang, { path: path }));
    return await openXlsx(bytes);
  } catch (e) {
    if (e instanceof WorkbookFileError) {
      const failure = { code: "fileUnreadable", reason: e.reason, part: e.part } as const;
      throw new CliError(
        capitalised(failureText({ ...failure, file: path }, lang)),
        failureText(failure, lang),
      );
    }
    throw e;
  }
}

/** Refuses an output path that is the input or, without --force, an existing file. */
export async function checkOutput(
  io: CliIo,
  out: string,
  input: string | null,
  force: boolean,
  lang: Lang,
): Promise<void> {
  if (input !== null && (await io.sameFile(input, out)))
    throw new CliError(cliText("outIsInput", lang, { path: out }));
  if (!force && (await io.exists(out))) throw new CliError(cliText("outExists", lang, { path: out }));
}

/** Saves the workbook to the output path. */
export async function writeOutput(io: CliIo, wb: XlsxWorkbook, out: string, lang: Lang): Promise<void> {
  const bytes = await saveXlsx(wb);
  try {
    await io.writeFile(out, bytes);
  } catch (e) {
    throw new CliError(
      cliText("cannotWrite", lang, { path: out, reason: e instanceof Error ? e.message : String(e) }),
    );
  }
  if (io.showProgress) io.stderr(cliText("written", lang, { path: out }));
}

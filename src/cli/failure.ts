/** The one line a failure is told in: what the user must fix, never a stack trace. */
import type { Lang } from "../core/language";
import { WorkbookFileError } from "../workbook/xlsx/fileErrors";
import { WorkbookWriteError } from "../workbook/xlsx/writeErrors";
import { CliError } from "./cliIo";
import { cliText, fileReasonText } from "./cliText";
import { writeRefusalText } from "./writeRefusals";

/**
 * The message of a CliError, a write refusal or an unreadable workbook in words, or an unexpected error's first
 * line; with `short`, a CliError's reason without the file's name.
 */
export function failureLine(e: unknown, lang: Lang, short = false): string {
  if (e instanceof CliError) return short ? e.reason : e.message;
  if (e instanceof WorkbookWriteError) return writeRefusalText(e, lang);
  if (e instanceof WorkbookFileError)
    return cliText("workbookProblem", lang, fileReasonText(e.reason, lang, e.part));
  return cliText("internal", lang, (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "");
}

/** The one line a failure is told in: what the user must fix, never a stack trace. */
import { failureOf } from "../core/failures";
import { capitalised, failureText } from "../core/failures";
import type { Lang } from "../core/language";
import { CliError } from "./cliIo";
import { cliText } from "./cliText";

/**
 * The message of a CliError, a failure (a refused write, an unreadable workbook, a
 * use case's own) in words, or an unexpected error's first line; with `short`, a
 * CliError's reason without the file's name.
 */
export function failureLine(e: unknown, lang: Lang, short = false): string {
  if (e instanceof CliError) return short ? e.reason : e.message;
  const failure = failureOf(e);
  if (failure?.code === "fileUnreadable" && failure.file === undefined)
    return cliText("workbookProblem", lang, { problem: failureText(failure, lang) });
  if (failure) return capitalised(failureText(failure, lang));
  return cliText("internal", lang, {
    message: (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "",
  });
}

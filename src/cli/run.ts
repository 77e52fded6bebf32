/** Runs one command line: parses it, dispatches, and turns every failure into exit status 2. */
import { WorkbookFileError } from "../workbook/xlsx/fileErrors";
import { WorkbookWriteError } from "../workbook/xlsx/writeErrors";
import { langOf, parseArgs, type Command, type ParsedArgs } from "./args";
import { checkCommand } from "./checkCommand";
import { collectCommand } from "./collectCommand";
import { handoutCommand } from "./handoutCommand";
import { CliError, type CliIo } from "./cliIo";
import { cliText, fileReasonText } from "./cliText";
import { importCommand } from "./importCommand";
import { reportCommand } from "./reportCommand";
import { setupCommand } from "./setupCommand";
import { writeRefusalText } from "./writeRefusals";
import { templateCommand } from "./templateCommand";

const COMMANDS: Readonly<Record<Command, (args: ParsedArgs, io: CliIo) => Promise<number>>> = {
  template: templateCommand,
  check: checkCommand,
  report: reportCommand,
  import: importCommand,
  setup: setupCommand,
  handout: handoutCommand,
  collect: collectCommand,
};

/** The exit status of a command line: 0 done, 1 done with error findings, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const args = parseArgs(argv);
    return await COMMANDS[args.command](args, io);
  } catch (e) {
    if (e instanceof CliError) io.stderr(e.message);
    else if (e instanceof WorkbookWriteError) io.stderr(writeRefusalText(e, lang));
    else if (e instanceof WorkbookFileError)
      io.stderr(cliText("workbookProblem", lang, fileReasonText(e.reason, lang, e.part)));
    else
      io.stderr(cliText("internal", lang, (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? ""));
    return 2;
  }
}

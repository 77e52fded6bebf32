/** Runs one command line: parses it, dispatches, and turns every failure into exit status 2. */
import { langOf, parseArgs, type Command, type ParsedArgs } from "./args";
import { checkCommand } from "./checkCommand";
import { collectCommand } from "./collectCommand";
import { handoutCommand } from "./handoutCommand";
import type { CliIo } from "./cliIo";
import { failureLine } from "./failure";
import { importCommand } from "./importCommand";
import { reportCommand } from "./reportCommand";
import { setupCommand } from "./setupCommand";
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
    io.stderr(failureLine(e, lang));
    return 2;
  }
}

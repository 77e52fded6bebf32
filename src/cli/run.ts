/** Runs one command line: parses it, dispatches, and turns every failure into exit status 2. */
import { langOf, parseArgs } from "./args";
import type { CliIo } from "./cliIo";
import { COMMANDS } from "./commands";
import { failureLine } from "./failure";

/** The exit status of a command line: 0 done, 1 done with error findings, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const { command, args } = parseArgs(argv, COMMANDS);
    return await command.run(args, io);
  } catch (e) {
    io.stderr(failureLine(e, lang));
    return 2;
  }
}

/**
 * Runs one command line: help and version on standard output (exit 0); otherwise
 * parses, dispatches, and turns every failure into exit status 2 with one line on
 * standard error, followed by the short usage when the command line itself was wrong.
 */
import { langOf, parseCommandLine, UsageError } from "./args";
import type { CliIo } from "./cliIo";
import { COMMANDS, type CommandSpec } from "./commands";
import { failureLine } from "./failure";
import { commandHelp, generalHelp, shortUsage } from "./help";
import { langOfLocale } from "./locale";
import { CLI_VERSION } from "./version";

/** The exit status of a command line: 0 done, 1 done with something to look at, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const fallback = langOfLocale(io.env) ?? "sv";
  const lang = langOf(argv, fallback);
  try {
    const request = parseCommandLine(argv, COMMANDS, fallback);
    switch (request.kind) {
      case "help":
        io.stdout(
          request.command === null
            ? generalHelp(COMMANDS, lang, CLI_VERSION)
            : commandHelp(request.command, lang),
        );
        return 0;
      case "version":
        io.stdout(CLI_VERSION);
        return 0;
      case "usage":
        for (const line of shortUsage(COMMANDS, null, lang)) io.stderr(line);
        return 2;
      case "run":
        return await request.command.run(request.args, io);
    }
  } catch (e) {
    io.stderr(failureLine(e, lang));
    if (e instanceof UsageError) {
      const command: CommandSpec | null = COMMANDS.find((c) => c === e.command) ?? null;
      for (const line of shortUsage(COMMANDS, command, lang)) io.stderr(line);
    }
    return 2;
  }
}

/**
 * The command line's commands, each listed once: its name, the options it takes, how
 * many files it reads and the function that runs it. Parsing, dispatch and the usage
 * line are derived from this list, so a new command is one entry here and its module.
 */
import type { CommandSyntax, ParsedArgs } from "./args";
import { checkCommand } from "./checkCommand";
import type { CliIo } from "./cliIo";
import { collectCommand } from "./collectCommand";
import { handoutCommand } from "./handoutCommand";
import { importCommand } from "./importCommand";
import { reportCommand } from "./reportCommand";
import { setupCommand } from "./setupCommand";
import { templateCommand } from "./templateCommand";

export type CommandSpec = CommandSyntax & {
  /** Runs the command; its exit status (0 done, 1 done with error findings). */
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
};

/** In the order the usage line names them. */
export const COMMANDS = [
  { name: "template", files: "none", options: ["--out", "--from", "--to", "--force"], run: templateCommand },
  { name: "check", files: "many", options: ["--date", "--json"], run: checkCommand },
  {
    name: "report",
    files: "many",
    options: ["--period", "--out", "--docx", "--json", "--force"],
    run: reportCommand,
  },
  {
    name: "import",
    files: "one",
    options: ["--sheet", "--out", "--from", "--to", "--json", "--force"],
    run: importCommand,
  },
  { name: "setup", files: "one", options: ["--out", "--from", "--to", "--force"], run: setupCommand },
  { name: "handout", files: "one", options: ["--period", "--out", "--json", "--force"], run: handoutCommand },
  {
    name: "collect",
    files: "many",
    options: ["--period", "--out", "--json", "--force", "--replace"],
    run: collectCommand,
  },
] as const satisfies readonly CommandSpec[];

export type Command = (typeof COMMANDS)[number]["name"];

/**
 * The command line's commands, each listed once: its name, what it does, the files
 * and options it takes (each option with its value, default and meaning), examples,
 * its exit statuses and the function that runs it. Parsing, dispatch, the usage lines
 * and the help are derived from this list (a test holds the help to it), so a new
 * command is one entry in the module of its kind (workbookCommands: those that write
 * a plan workbook, readingCommands: those that read plans, roundCommands: a reporting
 * round) and one line here; a new option is one line in its command's entry.
 */
import { checkSpec, reportSpec } from "./readingCommands";
import { collectSpec, handoutSpec } from "./roundCommands";
import { importSpec, setupSpec, templateSpec } from "./workbookCommands";

export type { CommandSpec, ExitStatus } from "./commandSpec";

/** In the order the help lists them. */
export const COMMANDS = [
  templateSpec,
  checkSpec,
  reportSpec,
  importSpec,
  setupSpec,
  handoutSpec,
  collectSpec,
] as const;

export type Command = (typeof COMMANDS)[number]["name"];

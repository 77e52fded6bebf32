/** Parsing the command line: a command, its files (several only where it takes them), and known options. */
import { isIsoDate, type IsoDate } from "../core/dates";
import type { Lang } from "../core/language";
import { CliError } from "./cliIo";
import { cliText } from "./cliText";

/** What the parser needs to know of a command (the list is in commands.ts). */
export type CommandSyntax = {
  readonly name: string;
  /** How many files it reads: none, at most one, or several (files or folders). */
  readonly files: "none" | "one" | "many";
  /** The options it takes besides --lang. */
  readonly options: readonly string[];
};

export type ParsedArgs = {
  readonly file: string | null;
  /** Every file named, in order (collect: the master, then the returned hand-outs; check and report: files or folders). */
  readonly files: readonly string[];
  readonly lang: Lang;
  readonly json: boolean;
  readonly force: boolean;
  /** collect: replace master rows that the returned files changed. */
  readonly replace: boolean;
  readonly out: string | null;
  /** report: where the section for Word (.docx) goes (a folder for several files). */
  readonly docx: string | null;
  readonly date: IsoDate | null;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly period: string | null;
  readonly sheet: string | null;
};

const VALUE_OPTIONS = [
  "--lang",
  "--out",
  "--docx",
  "--date",
  "--from",
  "--to",
  "--period",
  "--sheet",
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const MOST_FILES: Readonly<Record<CommandSyntax["files"], number>> = { none: 0, one: 1, many: Infinity };

/** The language asked for, even before the rest parses (for the error message itself). */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return i >= 0 && value === "en" ? "en" : "sv";
}

function dateOption(name: string, value: string | undefined, lang: Lang): IsoDate | null {
  if (value === undefined) return null;
  if (!isIsoDate(value)) throw new CliError(cliText("badDate", lang, name, value));
  return value;
}

/**
 * The command named first, of `commands`, and its parsed arguments; throws CliError
 * with one clear line (the usage line when nothing is named) when they make no sense.
 */
export function parseArgs<C extends CommandSyntax>(
  argv: readonly string[],
  commands: readonly C[],
): { readonly command: C; readonly args: ParsedArgs } {
  const lang = langOf(argv);
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError(cliText("usage", lang, commands.map((c) => c.name).join("|")));
  const command = commands.find((c) => c.name === first);
  if (command === undefined) throw new CliError(cliText("unknownCommand", lang, first));
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    const [name = "", inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (!name.startsWith("--")) {
      files.push(arg);
      continue;
    }
    if (name !== "--lang" && !command.options.includes(name))
      throw new CliError(cliText("unknownOption", lang, command.name, name));
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw new CliError(cliText("missingValue", lang, name));
      values[name as ValueOption] = value;
    } else flags.add(name);
  }
  if (values["--lang"] !== undefined && values["--lang"] !== "sv" && values["--lang"] !== "en") {
    throw new CliError(cliText("badLang", lang, values["--lang"]));
  }
  const most = MOST_FILES[command.files];
  if (files.length > most) throw new CliError(cliText("extraArgument", lang, files[most] ?? ""));
  const from = dateOption("--from", values["--from"], lang);
  const to = dateOption("--to", values["--to"], lang);
  if (from && to && from > to) throw new CliError(cliText("fromAfterTo", lang, from, to));
  return {
    command,
    args: {
      file: files[0] ?? null,
      files,
      lang,
      json: flags.has("--json"),
      force: flags.has("--force"),
      replace: flags.has("--replace"),
      out: values["--out"] ?? null,
      docx: values["--docx"] ?? null,
      date: dateOption("--date", values["--date"], lang),
      from,
      to,
      period: values["--period"] ?? null,
      sheet: values["--sheet"] ?? null,
    },
  };
}

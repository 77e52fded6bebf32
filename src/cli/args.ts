/**
 * Parsing the command line: help, version, or a command with its files (several only
 * where it takes them) and the options it declares (commands.ts). Each option is
 * declared once, with its value, whether it is required and its default; the parser
 * and the help (help.ts) both read those declarations.
 */
import { isIsoDate, type IsoDate } from "../core/dates";
import type { Bilingual, Lang } from "../core/language";
import { CliError } from "./cliIo";
import { cliText } from "./cliText";

/** A flag: on when named, off otherwise. */
type Flag = {
  readonly name: `--${string}`;
  /** What it does, one sentence. */
  readonly help: Bilingual;
  readonly value?: undefined;
  readonly required?: undefined;
  readonly default?: undefined;
};

/** An option with a value: either required, or with a default the help names. */
type ValueOption = {
  readonly name: `--${string}`;
  /** The placeholder of its value in the help ("FIL" / "FILE"). */
  readonly value: Bilingual;
  readonly help: Bilingual;
} & (
  | { readonly required: true; readonly default?: undefined }
  | {
      readonly required?: undefined;
      /** What holds when it is not given. */
      readonly default: Bilingual;
    }
);

/** One option of a command, as the parser takes it and the help shows it. */
export type OptionSyntax = Flag | ValueOption;

/** What the parser needs to know of a command (the list is in commands.ts). */
export type CommandSyntax = {
  readonly name: string;
  /** How many files it reads: none, exactly one, or one or more (files or folders). */
  readonly files: "none" | "one" | "many";
  /** Its files in the usage line ("FIL|MAPP…"); none for a command that reads no file. */
  readonly operands?: Bilingual;
  /** The options it takes besides the global ones (--lang, --help). */
  readonly options: readonly OptionSyntax[];
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

/** What a command line asks for. */
export type Request<C extends CommandSyntax> =
  | { readonly kind: "run"; readonly command: C; readonly args: ParsedArgs }
  /** Usage on standard output: of one command, or (null) of them all. */
  | { readonly kind: "help"; readonly command: C | null; readonly lang: Lang }
  | { readonly kind: "version"; readonly lang: Lang }
  /** No command named: the short usage on standard error, exit 2. */
  | { readonly kind: "usage"; readonly lang: Lang };

/** The options every command takes, besides its own (the parser handles them itself). */
export const LANG_OPTION: OptionSyntax = {
  name: "--lang",
  value: { sv: "sv|en", en: "sv|en" },
  default: {
    sv: "sv eller en efter LC_ALL, LC_MESSAGES eller LANG, den första som är satt; annars sv",
    en: "sv or en by LC_ALL, LC_MESSAGES or LANG, the first one set; else sv",
  },
  help: {
    sv: "Språket för texterna, anmärkningarna och sammanställningen, och för nya arbetsböcker",
    en: "The language of the messages, findings and summary, and of new workbooks",
  },
};

export const HELP_FLAGS = ["--help", "-h"] as const;
export const VERSION_FLAG = "--version";

/** A mistake in the command line itself: its line, then the short usage (of `command`, or of all commands). */
export class UsageError extends CliError {
  readonly command: CommandSyntax | null;
  constructor(message: string, command: CommandSyntax | null) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}

const MOST_FILES: Readonly<Record<CommandSyntax["files"], number>> = { none: 0, one: 1, many: Infinity };

/** "--out" of "--out=plan.xlsx". */
const optionName = (arg: string): string => (arg.startsWith("--") ? (arg.split("=")[0] ?? arg) : arg);

/** An option rather than a file: "--x", or "-x" ("-" alone would be a file). */
const isOption = (arg: string): boolean => arg.startsWith("-") && arg.length > 1;

/** The language asked for with --lang, else `fallback` (the environment's; for the error message itself, before the rest parses). */
export function langOf(argv: readonly string[], fallback: Lang = "sv"): Lang {
  const i = argv.findIndex((a) => a === LANG_OPTION.name || a.startsWith(`${LANG_OPTION.name}=`));
  const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return i >= 0 && (value === "en" || value === "sv") ? value : fallback;
}

function dateOption(name: string, value: string | undefined, lang: Lang): IsoDate | null {
  if (value === undefined) return null;
  if (!isIsoDate(value)) throw new CliError(cliText("badDate", lang, { option: name, value: value }));
  return value;
}

/**
 * What the command line asks for: help (--help, -h or `help`, anywhere), the version
 * (--version), nothing (no command named), or a command of `commands` with its
 * parsed arguments. Throws UsageError for an unknown command or option, CliError
 * with one clear line for any other mistake. Options may come before the command.
 */
export function parseCommandLine<C extends CommandSyntax>(
  argv: readonly string[],
  commands: readonly C[],
  fallback: Lang = "sv",
): Request<C> {
  const lang = langOf(argv, fallback);
  const takesValue = new Set<string>([
    LANG_OPTION.name,
    ...commands.flatMap((c) => c.options.filter((o) => o.value !== undefined).map((o) => o.name)),
  ]);
  // The words that are no option and no option's value, where they are.
  const words: number[] = [];
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if ((HELP_FLAGS as readonly string[]).includes(arg)) help = true;
    else if (arg === VERSION_FLAG) version = true;
    else if (!isOption(arg)) words.push(i);
    else if (takesValue.has(arg)) i++;
  }
  const known = (name: string): C => {
    const command = commands.find((c) => c.name === name);
    if (command === undefined) throw new UsageError(cliText("unknownCommand", lang, { command: name }), null);
    return command;
  };
  const [first, second, third] = words.map((i) => argv[i] ?? "");
  if (first === "help") {
    if (third !== undefined) throw new CliError(cliText("extraArgument", lang, { argument: third }));
    return { kind: "help", command: second === undefined ? null : known(second), lang };
  }
  if (help) return { kind: "help", command: first === undefined ? null : known(first), lang };
  if (version) return { kind: "version", lang };
  if (first === undefined) return { kind: "usage", lang };
  const command = known(first);
  const rest = argv.filter((_, i) => i !== words[0]);
  return { kind: "run", command, args: commandArgs(rest, command, lang) };
}

/** A command's arguments (argv without the command's name), checked against its declarations. */
function commandArgs(rest: readonly string[], command: CommandSyntax, lang: Lang): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (!isOption(arg)) {
      files.push(arg);
      continue;
    }
    const name = optionName(arg);
    const inline = arg.startsWith("--") && arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined;
    const option = name === LANG_OPTION.name ? LANG_OPTION : command.options.find((o) => o.name === name);
    if (option === undefined)
      throw new UsageError(cliText("unknownOption", lang, { command: command.name, option: name }), command);
    if (option.value !== undefined) {
      const value = inline ?? rest[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw new CliError(cliText("missingValue", lang, { option: name }));
      values.set(name, value);
    } else flags.add(name);
  }
  const asked = values.get(LANG_OPTION.name);
  if (asked !== undefined && asked !== "sv" && asked !== "en")
    throw new CliError(cliText("badLang", lang, { asked: asked }));
  const most = MOST_FILES[command.files];
  if (files.length > most)
    throw new CliError(cliText("extraArgument", lang, { argument: files[most] ?? "" }));
  if (command.files !== "none" && files.length === 0)
    throw new CliError(cliText("missingFile", lang, { command: command.name }));
  for (const option of command.options)
    if (option.required && !values.has(option.name))
      throw new CliError(
        cliText("missingOption", lang, {
          command: command.name,
          option: `${option.name} ${option.value?.[lang] ?? ""}`.trim(),
        }),
      );
  const from = dateOption("--from", values.get("--from"), lang);
  const to = dateOption("--to", values.get("--to"), lang);
  if (from && to && from > to) throw new CliError(cliText("fromAfterTo", lang, { from: from, to: to }));
  return {
    file: files[0] ?? null,
    files,
    lang,
    json: flags.has("--json"),
    force: flags.has("--force"),
    replace: flags.has("--replace"),
    out: values.get("--out") ?? null,
    docx: values.get("--docx") ?? null,
    date: dateOption("--date", values.get("--date"), lang),
    from,
    to,
    period: values.get("--period") ?? null,
    sheet: values.get("--sheet") ?? null,
  };
}

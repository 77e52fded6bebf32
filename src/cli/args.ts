/** Parsing the command line: a command, its files (several only where it takes them), and known options. */
import { isIsoDate, type IsoDate } from "../core/dates";
import type { Lang } from "../core/language";
import { CliError } from "./cliIo";
import { cliText } from "./cliText";

export type Command = "template" | "check" | "report" | "import" | "setup" | "handout" | "collect";

export type ParsedArgs = {
  readonly command: Command;
  readonly file: string | null;
  /** Every file named, in order (collect: the master, then the returned hand-outs; check and report: files or folders). */
  readonly files: readonly string[];
  readonly lang: Lang;
  readonly json: boolean;
  readonly force: boolean;
  /** collect: replace master rows that the returned files changed. */
  readonly replace: boolean;
  readonly out: string | null;
  readonly date: IsoDate | null;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly period: string | null;
  readonly sheet: string | null;
};

const COMMANDS: readonly Command[] = ["template", "check", "report", "import", "setup", "handout", "collect"];
/** The commands that take more than one file. */
const MANY_FILES: readonly Command[] = ["check", "report", "collect"];
const VALUE_OPTIONS = ["--lang", "--out", "--date", "--from", "--to", "--period", "--sheet"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Which options each command takes (besides --lang). */
const ALLOWED: Readonly<Record<Command, readonly string[]>> = {
  template: ["--out", "--from", "--to", "--force"],
  check: ["--date", "--json"],
  report: ["--period", "--out", "--json", "--force"],
  import: ["--sheet", "--out", "--from", "--to", "--json", "--force"],
  setup: ["--out", "--from", "--to", "--force"],
  handout: ["--period", "--out", "--json", "--force"],
  collect: ["--period", "--out", "--json", "--force", "--replace"],
};

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

/** The parsed arguments; throws CliError with one clear line when they make no sense. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError(cliText("usage", lang));
  if (!COMMANDS.includes(first as Command)) throw new CliError(cliText("unknownCommand", lang, first));
  const command = first as Command;
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
    if (name !== "--lang" && !ALLOWED[command].includes(name))
      throw new CliError(cliText("unknownOption", lang, command, name));
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
  if ((files.length > 1 && !MANY_FILES.includes(command)) || (command === "template" && files.length > 0)) {
    throw new CliError(cliText("extraArgument", lang, files[command === "template" ? 0 : 1] ?? ""));
  }
  const from = dateOption("--from", values["--from"], lang);
  const to = dateOption("--to", values["--to"], lang);
  if (from && to && from > to) throw new CliError(cliText("fromAfterTo", lang, from, to));
  return {
    command,
    file: files[0] ?? null,
    files,
    lang,
    json: flags.has("--json"),
    force: flags.has("--force"),
    replace: flags.has("--replace"),
    out: values["--out"] ?? null,
    date: dateOption("--date", values["--date"], lang),
    from,
    to,
    period: values["--period"] ?? null,
    sheet: values["--sheet"] ?? null,
  };
}

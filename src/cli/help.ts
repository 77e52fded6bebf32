/**
 * The help, rendered from the commands' declarations (commands.ts) and nothing else:
 * the list of commands, each command's usage line, options with their defaults,
 * examples and exit statuses, and the short usage an unknown command or option gets.
 * Lines are wrapped to fit an 80-column terminal.
 */
import type { Lang } from "../core/language";
import { HELP_FLAGS, LANG_OPTION, type OptionSyntax, VERSION_FLAG } from "./args";
import { cliText } from "./cliText";
import type { CommandSpec } from "./commandSpec";

const WIDTH = 80;

/** The words of `units` (kept whole) in lines of at most WIDTH, the first after `first`, the others after `indent`. */
function wrap(units: readonly string[], first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const unit of units) {
    if (!empty && line.length + 1 + unit.length > WIDTH) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? unit : ` ${unit}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const words = (text: string): string[] => text.split(" ").filter((w) => w !== "");

/** "--out FIL" of an option, or "--json" of a flag. */
const optionWithValue = (o: OptionSyntax, lang: Lang): string =>
  o.value === undefined ? o.name : `${o.name} ${o.value[lang]}`;

/** The parts of a command's usage: its name, files, required options, then the others in brackets. */
function usageUnits(command: CommandSpec, lang: Lang): string[] {
  const required = command.options.filter((o) => o.required);
  const optional = [...command.options.filter((o) => !o.required), LANG_OPTION];
  return [
    "cemr",
    command.name,
    ...(command.operands ? [command.operands[lang]] : []),
    ...required.map((o) => optionWithValue(o, lang)),
    ...optional.map((o) => `[${optionWithValue(o, lang)}]`),
  ];
}

/** "Användning: cemr check FIL|MAPP… [--date DATUM] …", wrapped under its first word. */
function usageLines(command: CommandSpec, lang: Lang): string[] {
  const label = cliText("usage", lang, { what: "" });
  return wrap(usageUnits(command, lang), label, " ".repeat(label.length + 5));
}

/** "a, b, c or d" */
function list(names: readonly string[], lang: Lang): string {
  if (names.length < 2) return names.join("");
  return cliText("or", lang, { first: names.slice(0, -1).join(", "), last: names[names.length - 1] ?? "" });
}

/**
 * The short usage for standard error, after the line saying what was wrong: the
 * command's usage line (or, with no command, the list of commands) and where the help is.
 */
export function shortUsage(
  commands: readonly CommandSpec[],
  command: CommandSpec | null,
  lang: Lang,
): string[] {
  if (command !== null)
    return [
      ...usageLines(command, lang),
      cliText("helpHint", lang, { command: `cemr ${command.name} ${HELP_FLAGS[0]}` }),
    ];
  const label = cliText("usage", lang, { what: "" });
  const any = cliText("usageAny", lang, {
    commands: list(
      commands.map((c) => c.name),
      lang,
    ),
  });
  return [
    ...wrap(words(any), label, " ".repeat(label.length)),
    cliText("helpHint", lang, { command: `cemr ${HELP_FLAGS[0]}` }),
  ];
}

type Row = { readonly left: string; readonly text: string };

/** Two columns: the left padded to the widest, the text wrapped beside it. */
function table(rows: readonly Row[]): string[] {
  const width = Math.max(...rows.map((r) => r.left.length));
  return rows.flatMap((r) => {
    const first = `  ${r.left.padEnd(width)}  `;
    return wrap(words(r.text), first, " ".repeat(first.length));
  });
}

/** An option's row: what it does, and its default or that it is required. */
function optionRow(o: OptionSyntax, lang: Lang): Row {
  const note =
    o.required === true
      ? cliText("helpRequired", lang)
      : o.default !== undefined
        ? cliText("helpDefault", lang, { value: o.default[lang] })
        : null;
  return { left: optionWithValue(o, lang), text: note === null ? o.help[lang] : `${o.help[lang]} (${note})` };
}

/** "-h, --help" and what it shows. */
const helpRow = (text: string): Row => ({ left: [...HELP_FLAGS].reverse().join(", "), text });

/** `cemr --help`: what the tool is, every command with its summary, the global options and the exit statuses. */
export function generalHelp(commands: readonly CommandSpec[], lang: Lang, version: string): string {
  const label = cliText("usage", lang, { what: "" });
  return [
    `cemr ${version}`,
    ...wrap(words(cliText("helpTitle", lang)), "", ""),
    "",
    `${label}${cliText("usageGeneral", lang)}`,
    `${" ".repeat(label.length)}${cliText("usageHelp", lang)}`,
    "",
    cliText("helpCommands", lang),
    ...table(commands.map((c) => ({ left: c.name, text: c.summary[lang] }))),
    "",
    cliText("helpGlobalOptions", lang),
    ...table([
      optionRow(LANG_OPTION, lang),
      helpRow(cliText("helpHelp", lang)),
      { left: VERSION_FLAG, text: cliText("helpVersion", lang) },
    ]),
    "",
    ...wrap(words(cliText("helpExitsShort", lang)), "", ""),
  ].join("\n");
}

/** `cemr COMMAND --help`: its usage, what it does, its options with their defaults, examples and exit statuses. */
export function commandHelp(command: CommandSpec, lang: Lang): string {
  return [
    ...wrap(words(`cemr ${command.name}: ${command.summary[lang]}`), "", "  "),
    "",
    ...usageLines(command, lang),
    "",
    ...wrap(words(command.about[lang]), "", ""),
    "",
    cliText("helpOptions", lang),
    ...table([
      ...command.options.map((o) => optionRow(o, lang)),
      optionRow(LANG_OPTION, lang),
      helpRow(cliText("helpHelpCommand", lang)),
    ]),
    "",
    cliText("helpExamples", lang),
    ...command.examples.map((e) => `  cemr ${e[lang]}`),
    "",
    cliText("helpExits", lang),
    ...table(command.exits.map((e) => ({ left: String(e.status), text: e.meaning[lang] }))),
  ].join("\n");
}

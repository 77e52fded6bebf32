/**
 * What a command of the command line is (its name, summary, help, files, options,
 * examples, exit statuses and the function that runs it), and the options and exit
 * statuses several commands share.
 */
import type { Bilingual, Lang } from "../core/language";
import type { CommandSyntax, OptionSyntax, ParsedArgs } from "./args";
import type { CliIo } from "./cliIo";

export type ExitStatus = { readonly status: 0 | 1 | 2; readonly meaning: Bilingual };

export type CommandSpec = CommandSyntax & {
  /** One line for the list of commands. */
  readonly summary: Bilingual;
  /** A few sentences for the command's own help. */
  readonly about: Bilingual;
  /** Command lines as typed after "cemr " (a test parses each). */
  readonly examples: readonly Bilingual[];
  readonly exits: readonly ExitStatus[];
  /** Runs the command; its exit status (0 done, 1 done with something to look at). */
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
};

/**
 * A command's entry, its name kept as written so that the list of commands gives
 * the union of their names (`Command`).
 */
export const commandSpec = <N extends string>(
  spec: CommandSpec & { readonly name: N },
): CommandSpec & { readonly name: N } => spec;

export const FILE: Bilingual = { sv: "FIL", en: "FILE" };
export const DATE: Bilingual = { sv: "DATUM", en: "DATE" };
export const NAME: Bilingual = { sv: "NAMN", en: "NAME" };

export const force = (what: Bilingual): OptionSyntax => ({ name: "--force", help: what });
export const forceFile = force({
  sv: "Skriver över utdatafilen om den redan finns",
  en: "Overwrites the output file if it exists",
});
export const period = (help: Bilingual): OptionSyntax => ({
  name: "--period",
  value: NAME,
  required: true,
  help,
});
export const periodOfTable: Bilingual = {
  sv: 'Perioden, som den heter i tabellen Perioder, t.ex. "Helår 2019"',
  en: 'The period, as named in the Periods table, e.g. "Annual 2019"',
};
export const planStart = (fallback: Bilingual): OptionSyntax => ({
  name: "--from",
  value: DATE,
  default: fallback,
  help: { sv: "Planperiodens första dag, ÅÅÅÅ-MM-DD", en: "The plan period's first day, YYYY-MM-DD" },
});
export const planEnd = (fallback: Bilingual): OptionSyntax => ({
  name: "--to",
  value: DATE,
  default: fallback,
  help: {
    sv: "Planperiodens sista dag; med --from läggs delår och helår för varje år upp",
    en: "The plan period's last day; with --from, an interim and an annual period are set up for each year",
  },
});
export const done = (what: Bilingual): ExitStatus => ({ status: 0, meaning: what });
/** Exit status 2, for a command that reads files and, with `writes`, writes one; `also` names another cause. */
export const unusable = (writes: boolean, also?: Bilingual): ExitStatus => {
  const text = (lang: Lang, causes: string, write: string, end: string) =>
    `${causes}${writes ? write : ""}${also ? `, ${also[lang]}` : ""}${end}`;
  return {
    status: 2,
    meaning: {
      sv: text(
        "sv",
        "indata kunde inte användas (en fil saknas eller är ingen arbetsbok, perioden är okänd, argumenten är felaktiga)",
        " eller skrivningen vägrades",
        "; en rad på standard fel",
      ),
      en: text(
        "en",
        "the input could not be used (a file is missing or no workbook, the period is unknown, the arguments are wrong)",
        " or the write was refused",
        "; one line on standard error",
      ),
    },
  };
};

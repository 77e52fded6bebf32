/**
 * The command line's commands, each listed once: its name, what it does, the files
 * and options it takes (each option with its value, default and meaning), examples,
 * its exit statuses and the function that runs it. Parsing, dispatch, the usage lines
 * and the help are derived from this list (a test holds the help to it), so a new
 * command or option is one entry here.
 */
import type { Bilingual, Lang } from "../core/language";
import type { CommandSyntax, OptionSyntax, ParsedArgs } from "./args";
import { checkCommand } from "./checkCommand";
import type { CliIo } from "./cliIo";
import { collectCommand } from "./collectCommand";
import { handoutCommand } from "./handoutCommand";
import { importCommand } from "./importCommand";
import { reportCommand } from "./reportCommand";
import { setupCommand } from "./setupCommand";
import { templateCommand } from "./templateCommand";

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

const FILE: Bilingual = { sv: "FIL", en: "FILE" };
const DATE: Bilingual = { sv: "DATUM", en: "DATE" };
const NAME: Bilingual = { sv: "NAMN", en: "NAME" };

const force = (what: Bilingual): OptionSyntax => ({ name: "--force", help: what });
const forceFile = force({
  sv: "Skriver över utdatafilen om den redan finns",
  en: "Overwrites the output file if it exists",
});
const period = (help: Bilingual): OptionSyntax => ({ name: "--period", value: NAME, required: true, help });
const periodOfTable: Bilingual = {
  sv: 'Perioden, som den heter i tabellen Perioder, t.ex. "Helår 2019"',
  en: 'The period, as named in the Periods table, e.g. "Annual 2019"',
};
const planStart = (fallback: Bilingual): OptionSyntax => ({
  name: "--from",
  value: DATE,
  default: fallback,
  help: { sv: "Planperiodens första dag, ÅÅÅÅ-MM-DD", en: "The plan period's first day, YYYY-MM-DD" },
});
const planEnd = (fallback: Bilingual): OptionSyntax => ({
  name: "--to",
  value: DATE,
  default: fallback,
  help: {
    sv: "Planperiodens sista dag; med --from läggs delår och helår för varje år upp",
    en: "The plan period's last day; with --from, an interim and an annual period are set up for each year",
  },
});
const emptyPeriod: Bilingual = { sv: "tom, och inga perioder", en: "empty, and no periods" };
const workbookPeriod: Bilingual = {
  sv: "arbetsbokens planperiod om den har en, annars tom",
  en: "the workbook's plan period if it has one, else empty",
};
const setupPeriod: Bilingual = {
  sv: "tom; en planperiod som arbetsbokens tabell Plan redan har går alltid före",
  en: "empty; a plan period the workbook's Plan table has already always wins",
};

const done = (what: Bilingual): ExitStatus => ({ status: 0, meaning: what });
/** Exit status 2, for a command that reads files and, with `writes`, writes one; `also` names another cause. */
const unusable = (writes: boolean, also?: Bilingual): ExitStatus => {
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

/** In the order the help lists them. */
export const COMMANDS = [
  {
    name: "template",
    files: "none",
    options: [
      {
        name: "--out",
        value: FILE,
        required: true,
        help: { sv: "Den nya arbetsboken", en: "The new workbook" },
      },
      planStart(emptyPeriod),
      planEnd(emptyPeriod),
      forceFile,
    ],
    summary: { sv: "Skriver en ny, tom planarbetsbok", en: "Writes a new, empty plan workbook" },
    about: {
      sv: "Arbetsboken har planens sju tabeller, var och en på sitt blad, med rubriker, listor och regler på det valda språket.",
      en: "The workbook holds the plan's seven tables, each on its own sheet, with headers, lists and rules in the chosen language.",
    },
    examples: [
      {
        sv: "template --out plan.xlsx --from 2018-01-01 --to 2020-12-31",
        en: "template --out plan.xlsx --lang en --from 2018-01-01 --to 2020-12-31",
      },
    ],
    exits: [done({ sv: "arbetsboken skrevs", en: "the workbook was written" }), unusable(true)],
    run: templateCommand,
  },
  {
    name: "check",
    files: "many",
    operands: { sv: "FIL|MAPP…", en: "FILE|FOLDER…" },
    options: [
      {
        name: "--date",
        value: DATE,
        default: { sv: "i dag", en: "today" },
        help: {
          sv: "Dagen som anmärkningarna gäller, ÅÅÅÅ-MM-DD",
          en: "The day the findings hold for, YYYY-MM-DD",
        },
      },
      {
        name: "--json",
        help: {
          sv: 'Skriver bara JSON på standard ut: {"findings": […]}, med flera filer {"files": […]}',
          en: 'Prints only JSON on standard output: {"findings": […]}, with several files {"files": […]}',
        },
      },
    ],
    summary: {
      sv: "Granskar planarbetsböcker och skriver ut anmärkningarna",
      en: "Checks plan workbooks and prints the findings",
    },
    about: {
      sv: "En anmärkning per rad, fel först: allvarlighet, blad!cell, kod och text, sist antalen. Flera filer eller en mapp ger ett block per fil och en tabell med varje fils antal; slutstatus är den sämsta.",
      en: "One finding per line, errors first: severity, sheet!cell, code and message, then the counts. Several files or a folder give a block per file and a table of each file's counts; the exit status is the worst of them.",
    },
    examples: [
      { sv: "check plan.xlsx --date 2019-09-15", en: "check plan.xlsx --date 2019-09-15 --lang en" },
      { sv: "check inkommet/ --json", en: "check returned/ --json" },
    ],
    exits: [
      done({ sv: "klart, inget fel bland anmärkningarna", en: "done, no error among the findings" }),
      {
        status: 1,
        meaning: {
          sv: "klart, med minst ett fel bland anmärkningarna",
          en: "done, with at least one error finding",
        },
      },
      unusable(false),
    ],
    run: checkCommand,
  },
  {
    name: "report",
    files: "many",
    operands: { sv: "FIL|MAPP…", en: "FILE|FOLDER…" },
    options: [
      period(periodOfTable),
      {
        name: "--out",
        value: { sv: "FIL|MAPP", en: "FILE|FOLDER" },
        default: { sv: "ingen kopia skrivs", en: "no copy is written" },
        help: {
          sv: "Skriver en kopia av arbetsboken med sammanställningsbladet; en mapp när flera filer läses. Indatafilen ändras aldrig",
          en: "Writes a copy of the workbook with the summary sheet added; a folder when several files are read. The input file is never changed",
        },
      },
      {
        name: "--docx",
        value: { sv: "FIL|MAPP", en: "FILE|FOLDER" },
        default: { sv: "inget Word-avsnitt skrivs", en: "no Word section is written" },
        help: {
          sv: "Skriver uppföljningens avsnitt för årsredovisningen som Word-dokument (.docx), på planens språk; en mapp när flera filer läses",
          en: "Writes the follow-up's section for the annual report as a Word document (.docx), in the plan's language; a folder when several files are read",
        },
      },
      {
        name: "--json",
        help: {
          sv: "Skriver bara sammanställningens JSON på standard ut",
          en: "Prints only the summary's JSON on standard output",
        },
      },
      forceFile,
    ],
    summary: {
      sv: "Sammanställer uppföljningen för en period",
      en: "Summarises the follow-up of one period",
    },
    about: {
      sv: "Skriver ut sammanställningen: aktiviteternas status, budget och utfall, indikatorerna och artiklarnas täckning, per periodens brytdatum. Flera filer eller en mapp ger ett block per fil och en tabell.",
      en: "Prints the summary: the activities' status, budget and outcome, the indicators and the articles' coverage, as of the period's cut-off. Several files or a folder give a block per file and a table.",
    },
    examples: [
      {
        sv: 'report plan.xlsx --period "Helår 2019" --out rapport.xlsx',
        en: 'report plan.xlsx --period "Annual 2019" --out report.xlsx',
      },
      {
        sv: 'report plan.xlsx --period "Delår 2019" --json',
        en: 'report plan.xlsx --period "Interim 2019" --json',
      },
      {
        sv: 'report plan.xlsx --period "Helår 2019" --docx avsnitt.docx',
        en: 'report plan.xlsx --period "Annual 2019" --docx section.docx',
      },
    ],
    exits: [
      done({
        sv: "klart, inget fel bland anmärkningarna per brytdatum",
        en: "done, no error among the findings as of the cut-off",
      }),
      {
        status: 1,
        meaning: {
          sv: "klart, med minst ett fel bland anmärkningarna per brytdatum",
          en: "done, with at least one error finding as of the cut-off",
        },
      },
      unusable(true),
    ],
    run: reportCommand,
  },
  {
    name: "import",
    files: "one",
    operands: { sv: "LISTA", en: "LIST" },
    options: [
      {
        name: "--sheet",
        value: NAME,
        default: {
          sv: "första bladet som inte är ett planblad",
          en: "the first sheet that is no plan sheet",
        },
        help: { sv: "Bladet som listan står på", en: "The sheet the list is on" },
      },
      {
        name: "--out",
        value: FILE,
        required: true,
        help: {
          sv: "Planarbetsboken som skrivs: en kopia av filen med planens tabeller",
          en: "The plan workbook written: a copy of the file with the plan's tables",
        },
      },
      planStart(workbookPeriod),
      planEnd(workbookPeriod),
      {
        name: "--json",
        help: {
          sv: "Skriver bara det som tolkades, som JSON, på standard ut",
          en: "Prints only what was read, as JSON, on standard output",
        },
      },
      forceFile,
    ],
    summary: {
      sv: "Gör en planarbetsbok av en lös lista med mål och aktiviteter",
      en: "Makes a plan workbook of a loose list of goals and activities",
    },
    about: {
      sv: "Läser listan, en tabell med rubrikrad eller ett dokument med mål- och artikelrubriker, och skriver planens tabeller i en kopia av filen. Skriver ut vad som tolkades och vad som inte förstods.",
      en: "Reads the list, a table with a header row or a document with goal and article headings, and writes the plan's tables into a copy of the file. Prints what was read and what was not understood.",
    },
    examples: [
      {
        sv: "import lista.xlsx --out plan.xlsx --from 2018-01-01 --to 2020-12-31",
        en: "import list.xlsx --out plan.xlsx --from 2018-01-01 --to 2020-12-31",
      },
      {
        sv: "import lista.xlsx --sheet Blad2 --out plan.xlsx --json",
        en: "import list.xlsx --sheet Sheet2 --out plan.xlsx --json",
      },
    ],
    exits: [
      done({ sv: "planarbetsboken skrevs", en: "the plan workbook was written" }),
      unusable(true, {
        sv: "eller listan har inget att importera (ingen rubrikrad, inget mål och ingen aktivitet) och inget skrevs",
        en: "or the list holds nothing to import (no header row, no goal and no activity) and nothing was written",
      }),
    ],
    run: importCommand,
  },
  {
    name: "setup",
    files: "one",
    operands: { sv: "ARBETSBOK", en: "WORKBOOK" },
    options: [
      {
        name: "--out",
        value: FILE,
        required: true,
        help: { sv: "Kopian med tabellerna tillagda", en: "The copy with the tables added" },
      },
      planStart(setupPeriod),
      planEnd(setupPeriod),
      forceFile,
    ],
    summary: {
      sv: "Lägger till planens tabeller som saknas, i en kopia av en arbetsbok",
      en: "Adds the plan tables that are missing to a copy of your own workbook",
    },
    about: {
      sv: "Som Lägg upp planarbetsboken i fönstret: en cell som har data rörs aldrig, och allt annat i arbetsboken (diagram, anteckningar, pivottabeller, namn, format) behålls. Har arbetsboken redan några av tabellerna följer de nya dess språk och planperiod.",
      en: "As Set up the plan workbook in the pane: a cell that holds data is never touched, and everything else in the workbook (charts, notes, pivots, names, styles) is kept. When the workbook has some of the tables already, the new ones follow its language and plan period.",
    },
    examples: [{ sv: "setup egen.xlsx --out plan.xlsx", en: "setup own.xlsx --out plan.xlsx --lang en" }],
    exits: [done({ sv: "kopian skrevs", en: "the copy was written" }), unusable(true)],
    run: setupCommand,
  },
  {
    name: "handout",
    files: "one",
    operands: { sv: "PLAN", en: "PLAN" },
    options: [
      period(periodOfTable),
      {
        name: "--out",
        value: { sv: "MAPP", en: "FOLDER" },
        required: true,
        help: {
          sv: "Mappen som filerna skrivs till (skapas om den saknas)",
          en: "The folder the files are written to (made if missing)",
        },
      },
      {
        name: "--json",
        help: {
          sv: "Skriver bara de skrivna filerna, som JSON, på standard ut",
          en: "Prints only the files written, as JSON, on standard output",
        },
      },
      force({ sv: "Skriver över filer som redan finns", en: "Overwrites files that exist" }),
    ],
    summary: {
      sv: "Gör en arbetsbok per ansvarig att fylla i för en period",
      en: "Makes one workbook per responsible to fill in for a period",
    },
    about: {
      sv: 'En fil per ansvarig, "<period> - <ansvarig>.xlsx", med den ansvariges mål och aktiviteter och periodens rader att fylla i; resten är skyddat. Filerna följer planens språk, och planen ändras aldrig.',
      en: "One file per responsible, \"<period> - <responsible>.xlsx\", with that responsible's goals and activities and the period's rows to fill in; the rest is protected. The files follow the plan's language, and the plan is never changed.",
    },
    examples: [
      {
        sv: 'handout plan.xlsx --period "Helår 2022" --out utskick/',
        en: 'handout plan.xlsx --period "Annual 2022" --out handouts/',
      },
    ],
    exits: [done({ sv: "filerna skrevs", en: "the files were written" }), unusable(true)],
    run: handoutCommand,
  },
  {
    name: "collect",
    files: "many",
    operands: { sv: "PLAN INKOMMEN…", en: "PLAN RETURNED…" },
    options: [
      period({ sv: "Perioden som svaren gäller", en: "The period the answers are for" }),
      {
        name: "--out",
        value: FILE,
        required: true,
        help: { sv: "Kopian av planen med svaren", en: "The copy of the plan with the answers" },
      },
      {
        name: "--replace",
        help: {
          sv: "Ersätter också rader som planen redan har och som filerna ändrar",
          en: "Also replaces rows the plan holds that the files change",
        },
      },
      {
        name: "--json",
        help: {
          sv: "Skriver bara förhandsvisningen, som JSON, på standard ut",
          en: "Prints only the preview, as JSON, on standard output",
        },
      },
      forceFile,
    ],
    summary: {
      sv: "Samlar in de ifyllda arbetsböckerna i en kopia av planen",
      en: "Collects the filled-in workbooks into a copy of the plan",
    },
    about: {
      sv: "Nya rader läggs till i kopian; rader som planen redan har ersätts bara med --replace, och konflikter mellan filer avgörs aldrig här. Skriver ut per enhet vad som hämtas och inte, och vem som inte har svarat.",
      en: "New rows are added to the copy; rows the plan holds already are replaced only with --replace, and conflicts between files are never settled here. Prints per unit what is taken and what is not, and who has not answered.",
    },
    examples: [
      {
        sv: 'collect plan.xlsx --period "Helår 2022" utskick/*.xlsx --out samlad.xlsx',
        en: 'collect plan.xlsx --period "Annual 2022" handouts/*.xlsx --out all.xlsx',
      },
    ],
    exits: [
      done({
        sv: "allt som skickades in hämtades och alla har svarat",
        en: "everything sent in was taken and everyone has answered",
      }),
      {
        status: 1,
        meaning: {
          sv: "kopian skrevs, men något behöver ses över: rader som inte hämtades, en fil för en annan period eller plan, ändrade skyddade celler, eller någon som inte har svarat",
          en: "the copy was written, but something needs a look: rows not taken, a file for another period or plan, changed protected cells, or someone who has not answered",
        },
      },
      unusable(true),
    ],
    run: collectCommand,
  },
] as const satisfies readonly CommandSpec[];

export type Command = (typeof COMMANDS)[number]["name"];

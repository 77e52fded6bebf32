/**
 * The commands that write a plan workbook: a new one (template), one made of a
 * loose list (import), and the tables added to a workbook of your own (setup).
 */
import type { Bilingual } from "../core/language";
import { commandSpec, done, FILE, forceFile, NAME, planEnd, planStart, unusable } from "./commandSpec";
import { templateCommand } from "./templateCommand";
import { importCommand } from "./importCommand";
import { setupCommand } from "./setupCommand";

const emptyPeriod: Bilingual = { sv: "tom, och inga perioder", en: "empty, and no periods" };
const workbookPeriod: Bilingual = {
  sv: "arbetsbokens planperiod om den har en, annars tom",
  en: "the workbook's plan period if it has one, else empty",
};
const setupPeriod: Bilingual = {
  sv: "tom; en planperiod som arbetsbokens tabell Plan redan har går alltid före",
  en: "empty; a plan period the workbook's Plan table has already always wins",
};

export const templateSpec = commandSpec({
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
});

export const importSpec = commandSpec({
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
});

export const setupSpec = commandSpec({
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
});

/** The command line's own messages, in Swedish and English. */
import type { Lang } from "../core/language";

const T = {
  usage: {
    sv: "Användning: cemr {0} … (se README)",
    en: "Usage: cemr {0} … (see README)",
  },
  unknownCommand: { sv: "Okänt kommando: {0}", en: "Unknown command: {0}" },
  unknownOption: { sv: "Okänd flagga för {0}: {1}", en: "Unknown option for {0}: {1}" },
  missingValue: { sv: "Flaggan {0} behöver ett värde", en: "The option {0} needs a value" },
  missingOption: { sv: "{0} behöver {1}", en: "{0} needs {1}" },
  missingFile: { sv: "{0} behöver en fil att läsa", en: "{0} needs a file to read" },
  extraArgument: { sv: "Oväntat argument: {0}", en: "Unexpected argument: {0}" },
  badLang: { sv: "--lang ska vara sv eller en, inte {0}", en: "--lang must be sv or en, not {0}" },
  badDate: {
    sv: "{0} ska vara ett datum ÅÅÅÅ-MM-DD, inte {1}",
    en: "{0} must be a date YYYY-MM-DD, not {1}",
  },
  fromAfterTo: { sv: "--from ({0}) ligger efter --to ({1})", en: "--from ({0}) is after --to ({1})" },
  noFile: { sv: "Filen finns inte: {0}", en: "No such file: {0}" },
  missing: { sv: "filen finns inte", en: "no such file" },
  cannotRead: { sv: "Kan inte läsa {0}: {1}", en: "Cannot read {0}: {1}" },
  cannotWrite: { sv: "Kan inte skriva {0}: {1}", en: "Cannot write {0}: {1}" },
  workbookProblem: { sv: "Arbetsboken: {0}", en: "The workbook: {0}" },
  outIsInput: {
    sv: "--out får inte vara samma fil som indata ({0}); indatafilen ändras aldrig",
    en: "--out must not be the input file ({0}); the input file is never changed",
  },
  outExists: {
    sv: "{0} finns redan; välj ett annat namn eller lägg till --force för att skriva över",
    en: "{0} exists already; choose another name or add --force to overwrite",
  },
  written: { sv: "Skrev {0}", en: "Wrote {0}" },
  reading: { sv: "Läser {0} …", en: "Reading {0} …" },
  tablesProgress: { sv: "Tabeller {0}/{1}", en: "Tables {0}/{1}" },
  findingsTotal: { sv: "{0} fel, {1} varningar, {2} info", en: "{0} errors, {1} warnings, {2} info" },
  noFindings: { sv: "Inga anmärkningar.", en: "No findings." },
  imported: { sv: "{0} mål och {1} aktiviteter", en: "{0} goals and {1} activities" },
  notUnderstood: { sv: "Inte förstått:", en: "Not understood:" },
  importShapeTable: {
    sv: "Läst som tabell med rubrikrad {0}",
    en: "Read as a table with its header row at {0}",
  },
  importShapeDocument: {
    sv: "Läst som dokument: mål- och artikelrubriker med punkter under",
    en: "Read as a document: goal and article headings with points under them",
  },
  importIgnored: {
    sv: "Ignorerat (ovanför rubrikraden eller före första rubriken):",
    en: "Ignored (above the header row or before the first heading):",
  },
  importReadings: { sv: "Tolkat:", en: "Read as:" },
  importWhere: { sv: "bladet {0} i {1}", en: "the sheet {0} of {1}" },
  importFailed: { sv: "Importen kunde inte skrivas: {0}", en: "The import could not be written: {0}" },
  handoutWritten: {
    sv: "{0}: {1} aktiviteter och {2} mål att fylla i",
    en: "{0}: {1} activities and {2} goals to fill in",
  },
  nothingToHandOut: { sv: "Inget att skicka ut för {0}", en: "Nothing to hand out for {0}" },
  collectFailed: { sv: "Insamlingen kunde inte skrivas: {0}", en: "The collect could not be written: {0}" },
  skippedFiles: {
    sv: "Hoppar över filer i {0} som inte är arbetsböcker: {1}",
    en: "Skipping the files in {0} that are not workbooks: {1}",
  },
  noWorkbooks: {
    sv: "Mappen {0} innehåller inga arbetsböcker (.xlsx)",
    en: "The folder {0} holds no workbooks (.xlsx)",
  },
  outNotFolder: {
    sv: "--out ska vara en mapp när flera filer rapporteras, men {0} är en fil",
    en: "--out must be a folder when several files are reported, but {0} is a file",
  },
  outSameName: {
    sv: "Två filer heter {0}; båda kan inte skrivas till mappen i --out",
    en: "Two files are named {0}; they cannot both be written to the --out folder",
  },
  docxNotFolder: {
    sv: "--docx ska vara en mapp när flera filer rapporteras, men {0} är en fil",
    en: "--docx must be a folder when several files are reported, but {0} is a file",
  },
  docxSameName: {
    sv: "Två filer ger {0}; båda kan inte skrivas till mappen i --docx",
    en: "Two files give {0}; they cannot both be written to the --docx folder",
  },
  filesFailed: { sv: "{0} av {1} filer kunde inte användas", en: "{0} of {1} files could not be used" },
  tableFile: { sv: "Fil", en: "File" },
  tableErrors: { sv: "Fel", en: "Errors" },
  tableWarnings: { sv: "Varningar", en: "Warnings" },
  tableInfo: { sv: "Info", en: "Info" },
  tableTotal: { sv: "Summa, {0} filer", en: "Total, {0} files" },
  notAvailable: { sv: "Kommandot {0} är inte tillgängligt ännu", en: "The command {0} is not available yet" },
  internal: { sv: "Oväntat fel: {0}", en: "Unexpected error: {0}" },
  setupAdded: { sv: "Lade till tabellerna på bladen {0}", en: "Added the tables on the sheets {0}" },
  setupExisting: { sv: "Fanns redan: {0}", en: "Already there: {0}" },
  setupNothing: {
    sv: "Alla planens tabeller finns redan; kopian är som originalet.",
    en: "Every plan table exists already; the copy is the same as the original.",
  },
} as const;

export type CliTextKey = keyof typeof T;

/** A message with its {0}, {1} … filled in. */
export function cliText(key: CliTextKey, lang: Lang, ...args: (string | number)[]): string {
  return T[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

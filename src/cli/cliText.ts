/** The command line's own messages, in Swedish and English. */
import type { Lang } from "../core/language";
import type { WorkbookFileReason } from "../workbook/xlsx/fileErrors";

const FILE_REASONS: Readonly<Record<WorkbookFileReason, { sv: string; en: string }>> = {
  empty: { sv: "filen är tom", en: "the file is empty" },
  notXlsx: { sv: "filen är ingen Excel-arbetsbok (.xlsx)", en: "the file is not an Excel workbook (.xlsx)" },
  xls: {
    sv: "filen är i det gamla .xls-formatet; spara den som .xlsx i Excel eller LibreOffice och försök igen",
    en: "the file is in the old .xls format; save it as .xlsx in Excel or LibreOffice and try again",
  },
  ods: {
    sv: "filen är ett OpenDocument-kalkylblad (.ods); spara den som .xlsx i LibreOffice eller Excel och försök igen",
    en: "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx in LibreOffice or Excel and try again",
  },
  xlsb: {
    sv: "filen är en binär Excel-arbetsbok (.xlsb); spara den som .xlsx i Excel och försök igen",
    en: "the file is a binary Excel workbook (.xlsb); save it as .xlsx in Excel and try again",
  },
  encrypted: {
    sv: "filen är lösenordsskyddad; ta bort lösenordet i Excel och försök igen",
    en: "the file is password-protected; remove the password in Excel and try again",
  },
  truncated: {
    sv: "filen är ofullständig (avbruten nedladdning eller kopiering?)",
    en: "the file is incomplete (an interrupted download or copy?)",
  },
  corrupt: { sv: "filen är skadad och kan inte läsas", en: "the file is damaged and cannot be read" },
  tooLarge: {
    sv: "filen är för stor att läsa, eller packas upp till långt mer än den rymmer (en zip-bomb?)",
    en: "the file is too large to read, or unpacks to far more than it holds (a zip bomb?)",
  },
};

const DAMAGED_PART = { sv: "delen {0} är skadad", en: "the part {0} is damaged" };

/** Why a file could not be opened, as a sentence part; names the damaged part when one is known. */
export function fileReasonText(reason: WorkbookFileReason, lang: Lang, part: string | null = null): string {
  const text = FILE_REASONS[reason][lang];
  return reason === "corrupt" && part ? `${text} (${DAMAGED_PART[lang].replace("{0}", part)})` : text;
}

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
  unknownPeriod: {
    sv: "Perioden {0} finns inte. Perioder i arbetsboken: {1}",
    en: "No period {0}. Periods in the workbook: {1}",
  },
  noPeriods: { sv: "(inga)", en: "(none)" },
  sheetExists: {
    sv: "Bladet {0} finns redan i arbetsboken och skrivs inte över",
    en: "The sheet {0} exists already in the workbook and is not overwritten",
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
  importSheetMissing: { sv: "Bladet {0} finns inte i {1}", en: "No sheet {0} in {1}" },
  importNoSource: {
    sv: "{0} har inget blad med en lista att importera",
    en: "{0} has no sheet with a list to import",
  },
  importFailed: { sv: "Importen kunde inte skrivas: {0}", en: "The import could not be written: {0}" },
  importNotATable: {
    sv: "Importen kunde inte skrivas: bladet {0} har ingen Excel-tabell {1}, så rader kan inte läggas till. Gör området till en tabell med namnet {1} eller byt namn på bladet.",
    en: "The import could not be written: the sheet {0} has no Excel table {1}, so rows cannot be added. Make the range a table named {1} or rename the sheet.",
  },
  handoutWritten: {
    sv: "{0}: {1} aktiviteter och {2} mål att fylla i",
    en: "{0}: {1} activities and {2} goals to fill in",
  },
  nothingToHandOut: { sv: "Inget att skicka ut för {0}", en: "Nothing to hand out for {0}" },
  collectFailed: { sv: "Insamlingen kunde inte skrivas: {0}", en: "The collect could not be written: {0}" },
  collectMasterChanged: {
    sv: "Huvudfilen ändrades under insamlingen; kör kommandot igen",
    en: "The master changed during the collect; run the command again",
  },
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
  refusedSheetHasData: {
    sv: "Bladet {0} innehåller annat än planens tabell; byt namn på bladet eller töm det och försök igen",
    en: "The sheet {0} holds something other than the plan's table; rename the sheet or empty it and try again",
  },
  refusedTableExists: {
    sv: "Namnet {0} används redan i arbetsboken (av en tabell eller ett namn); byt namn på det och försök igen",
    en: "The name {0} is used in the workbook already (by a table or a name); rename it and try again",
  },
  refusedTableMissing: { sv: "Tabellen {0} finns inte i arbetsboken", en: "The workbook has no table {0}" },
  refusedCellsNotEmpty: {
    sv: "Cellerna under tabellen {0} innehåller data; flytta dem och försök igen",
    en: "The cells below the table {0} hold data; move them and try again",
  },
  refusedSheetProtected: {
    sv: "Bladet {0} är skyddat; ta bort bladskyddet (Granska → Ta bort skydd för blad) och försök igen",
    en: "The sheet {0} is protected; unprotect it (Review → Unprotect Sheet) and try again",
  },
  refusedWorkbookProtected: {
    sv: "Arbetsbokens struktur är skyddad, så inga blad kan läggas till ({0}); ta bort skyddet (Granska → Skydda arbetsbok) och försök igen",
    en: "The workbook's structure is protected, so no sheet can be added ({0}); remove the protection (Review → Protect Workbook) and try again",
  },
  refusedSheetNameInvalid: {
    sv: "Excel tar inte emot bladnamnet {0}; inget har skrivits",
    en: "Excel does not take {0} as a sheet name; nothing was written",
  },
  refusedCellHasFormula: {
    sv: "Cellen {0} har en formel som andra celler delar och skrivs inte över; ändra den för hand",
    en: "The cell {0} holds a formula other cells share and is not overwritten; change it by hand",
  },
} as const;

export type CliTextKey = keyof typeof T;

/** A message with its {0}, {1} … filled in. */
export function cliText(key: CliTextKey, lang: Lang, ...args: (string | number)[]): string {
  return T[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

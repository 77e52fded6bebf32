/**
 * The words of every failure (failures.ts), one text per code in both languages:
 * what went wrong and what to do about it, naming the sheet, table or file. A text
 * is a clause without a final full stop, as the command line prints it on its own
 * (capitalised) or after its own words ("Kan inte läsa plan.xlsx: filen är tom");
 * the task pane shows it as a sentence (asSentence).
 */
import { EXCEL_REFUSALS } from "./excelRefusals";
import type { Failure, FailureCode, FailureOf, FileReason } from "./failures";
import type { Bilingual, Lang } from "../language";
import { formatMessage, type MessageArgs } from "../text";

const q = (name: string): string => `"${name}"`;

const FILE_REASONS: Readonly<Record<FileReason, Bilingual>> = {
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
  encoding: {
    sv: "filen har en del i en annan teckenkodning än UTF-8 eller UTF-16, som Office-filer inte använder; spara den på nytt som .xlsx i Excel eller LibreOffice och försök igen",
    en: "the file has a part in a text encoding other than UTF-8 or UTF-16, which Office files do not use; save it again as .xlsx in Excel or LibreOffice and try again",
  },
  tooLarge: {
    sv: "filen är för stor att läsa, eller packas upp till långt mer än den rymmer (en zip-bomb?)",
    en: "the file is too large to read, or unpacks to far more than it holds (a zip bomb?)",
  },
};

/** Which note a file's reason takes about its part, when one is named: the part (encoding) or that it is damaged (corrupt). */
function partNote(f: FailureOf<"fileUnreadable">): "encoding" | "corrupt" | "none" {
  return f.part && (f.reason === "encoding" || f.reason === "corrupt") ? f.reason : "none";
}

/** One message per failure code in each language: a clause with named arguments (core/text). */
const FAILURES: { readonly [C in FailureCode]: Bilingual } = {
  sheetHasData: {
    sv: "bladet {target} innehåller annat än planens tabell; byt namn på bladet eller töm det och försök igen",
    en: "the sheet {target} holds something other than the plan's table; rename the sheet or empty it and try again",
  },
  tableExists: {
    sv: "namnet {target} används redan i arbetsboken (av en tabell eller ett namn); byt namn på det och försök igen",
    en: "the name {target} is used in the workbook already (by a table or a name); rename it and try again",
  },
  nameTaken: {
    sv: "arbetsboken har redan namnet {target} (Formler → Namnhanteraren), som tillägget behöver för en av sina tabeller eller listor; byt namn på det eller ta bort det och lägg upp planen igen",
    en: "the workbook already has a defined name {target} (Formulas → Name Manager), which the add-in needs for one of its tables or lists; rename or delete it and set up the plan again",
  },
  tableNameTaken: {
    sv: "en tabell i arbetsboken heter redan {target}, ett namn som tillägget behöver för en lista; byt namn på tabellen (Tabelldesign → Tabellnamn) och lägg upp planen igen",
    en: "a table in the workbook is already named {target}, a name the add-in needs for a list; rename the table (Table Design → Table Name) and set up the plan again",
  },
  tableMissing: {
    sv: "tabellen {target} finns inte i arbetsboken",
    en: "the workbook has no table {target}",
  },
  cellsNotEmpty: {
    sv: "cellerna under tabellen {target} innehåller data; flytta dem och försök igen",
    en: "the cells below the table {target} hold data; move them and try again",
  },
  sheetExists: {
    sv: "bladet {target} finns redan i arbetsboken och skrivs inte över; byt namn på ditt blad och försök igen",
    en: "the sheet {target} exists already in the workbook and is not overwritten; rename your sheet and try again",
  },
  sheetProtected: {
    sv: "bladet {target} är skyddat; ta bort bladskyddet (Granska → Ta bort skydd för blad) och försök igen",
    en: "the sheet {target} is protected; unprotect it (Review → Unprotect Sheet) and try again",
  },
  workbookProtected: {
    sv: "arbetsbokens struktur är skyddad, så inga blad kan läggas till{hasTarget, select, yes { ({target})} other {}}; ta bort skyddet (Granska → Skydda arbetsbok) och försök igen",
    en: "the workbook's structure is protected, so no sheet can be added{hasTarget, select, yes { ({target})} other {}}; remove the protection (Review → Protect Workbook) and try again",
  },
  sheetNameInvalid: {
    sv: "Excel tar inte emot bladnamnet {target}; inget har skrivits",
    en: "Excel does not take {target} as a sheet name; nothing was written",
  },
  cellHasFormula: {
    sv: "cellen {target} har en formel som andra celler delar och skrivs inte över; ändra den för hand",
    en: "the cell {target} holds a formula other cells share and is not overwritten; change it by hand",
  },
  tooManyCells: {
    sv: "{target} har fler celler än Excel kan läsa på en gång (5 miljoner); markera eller använd en mindre del",
    en: "{target} has more cells than Excel can read at once (5 million); select or use a smaller part",
  },
  date1904: {
    sv: 'arbetsboken räknar datum från 1904 (Excel-alternativet "Använd datumsystemet 1904"), men tillägget i Excel räknar från 1900: varje datum skulle bli 1 462 dagar fel, så inget har lästs eller skrivits. Spara arbetsboken och öppna den på webbsidan eller med kommandoraden, som läser och skriver 1904-datum rätt. Slå inte av alternativet: då flyttas arbetsbokens alla datum',
    en: 'the workbook counts dates from 1904 (Excel\'s "Use 1904 date system" option), but the add-in in Excel counts from 1900: every date would be 1,462 days off, so nothing was read or written. Save the workbook and open it on the web page or with the command line, which read and write 1904 dates correctly. Do not turn the option off: that moves every date in the workbook',
  },
  payloadTooLarge: {
    sv: "Excel tog inte emot skrivningen till {target}: den är för stor för Excel på webben; inget mer har skrivits, så försök med färre rader åt gången",
    en: "Excel did not take the write to {target}: it is too large for Excel on the web; nothing more was written, so try fewer rows at a time",
  },
  fileUnreadable: {
    sv: "{hasFile, select, yes {kan inte läsa {file}: } other {}}{reason}{partNote, select, encoding { (delen {part})} corrupt { (delen {part} är skadad)} other {}}",
    en: "{hasFile, select, yes {cannot read {file}: } other {}}{reason}{partNote, select, encoding { (the part {part})} corrupt { (the part {part} is damaged)} other {}}",
  },
  unknownPeriod: {
    sv: "perioden {period} finns inte. Perioder i arbetsboken: {hasPeriods, select, yes {{periods}} other {(inga)}}",
    en: "no period {period}. Periods in the workbook: {hasPeriods, select, yes {{periods}} other {(none)}}",
  },
  sheetNotFound: {
    sv: "bladet {sheet} finns inte i {hasFile, select, yes {{file}} other {arbetsboken}}",
    en: "no sheet {sheet} in {hasFile, select, yes {{file}} other {the workbook}}",
  },
  noSource: {
    sv: "{hasFile, select, yes {{file}} other {arbetsboken}} har inget blad med en lista att importera",
    en: "{hasFile, select, yes {{file}} other {the workbook}} has no sheet with a list to import",
  },
  noSelection: {
    sv: "markeringen innehåller inga värden; markera listan (eller en cell i den) och förhandsgranska igen",
    en: "the selection holds no values; select the list (or a cell in it) and preview again",
  },
  notATable: {
    sv: "bladet {sheet} har ingen Excel-tabell {table}, så rader kan inte läggas till. Gör området till en tabell med namnet {table} eller byt namn på bladet.",
    en: "the sheet {sheet} has no Excel table {table}, so rows cannot be added. Make the range a table named {table} or rename the sheet.",
  },
  idsTaken: {
    sv: "arbetsboken har ändrats sedan förhandsvisningen och har nu redan ID:na {ids}, så inget har skrivits; förhandsgranska igen",
    en: "the workbook changed since the preview and already has the IDs {ids}, so nothing was written; preview again",
  },
  masterChanged: {
    sv: "arbetsboken ändrades under insamlingen, så inget har skrivits; samla in igen",
    en: "the workbook changed during the collect, so nothing was written; collect again",
  },
  // Excel's code (never its message, which is English and for developers) for support.
  // With a target: an insert below {table} that would move part of the table {target} (appendShifts.ts).
  excelRefused: {
    sv: "{hasTarget, select, yes {tabellen {table} kan inte få nya rader: Excel flyttar ned det som står under en tabell när den växer, men tabellen {target} står under den bara delvis i dess kolumner och kan inte flyttas, så inget har skrivits. Flytta {target} till ett annat blad eller till sidan om {table}, så att den inte står under den, och försök igen} other {{refusal}}} (Excel: {excelCode})",
    en: "{hasTarget, select, yes {rows cannot be added to the table {table}: Excel moves down what is below a table when it grows, but the table {target} is below it in only some of its columns and cannot be moved, so nothing was written. Move {target} to another sheet or beside {table}, so that it is not below it, and try again} other {{refusal}}} (Excel: {excelCode})",
  },
};

/** Every failure code (for the test that walks them all). */
export const FAILURE_CODES = Object.keys(FAILURES) as readonly FailureCode[];

/** Every reason a file cannot be used. */
export const FILE_REASON_CODES = Object.keys(FILE_REASONS) as readonly FileReason[];

/** The named arguments of a failure's message: its fields, names quoted, lists joined. */
function argsOf(f: Failure, lang: Lang): MessageArgs {
  const file = "file" in f ? f.file : undefined;
  const a: Record<string, string> = { file: file ?? "", hasFile: file === undefined ? "no" : "yes" };
  a.hasTarget = "no";
  if ("target" in f && f.target !== undefined)
    Object.assign(a, { target: q(f.target), hasTarget: f.target ? "yes" : "no" });
  if (f.code === "fileUnreadable")
    Object.assign(a, { reason: FILE_REASONS[f.reason][lang], part: f.part ?? "", partNote: partNote(f) });
  if (f.code === "excelRefused")
    Object.assign(a, { refusal: EXCEL_REFUSALS[f.reason][lang], excelCode: f.excelCode });
  if (f.code === "unknownPeriod")
    Object.assign(a, {
      period: q(f.period),
      periods: f.periods.map(q).join(", "),
      hasPeriods: f.periods.length > 0 ? "yes" : "no",
    });
  if ("sheet" in f) a.sheet = f.sheet;
  if ("table" in f && f.table !== undefined) a.table = f.code === "excelRefused" ? q(f.table) : f.table;
  if ("ids" in f) a.ids = f.ids.join(", ");
  return a;
}

/** A failure in words, as a clause: what went wrong and what to do. */
export function failureText(f: Failure, lang: Lang): string {
  return formatMessage(FAILURES[f.code][lang], argsOf(f, lang), lang);
}

/** A text with its first letter capitalised (a line of its own). */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/** A text as a sentence: capitalised, ending in a full stop. */
export function asSentence(text: string): string {
  const t = capitalised(text);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

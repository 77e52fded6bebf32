/** The Summary view's words. */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

const sv = {
  title: "Uppföljning",
  noPeriods:
    "Perioder-tabellen har ingen period med brytdatum. Lägg upp planarbetsboken eller fyll i Perioder.",
  keyFigures: "Nyckeltal",
  activities: "Aktiviteter",
  done: "genomförda",
  inProgress: "pågår",
  delayed: "försenade",
  notStarted: "ej påbörjade",
  cancelled: "avbrutna",
  unreported: "utan rapport",
  goals: "Mål",
  met: "uppfyllda",
  partlyMet: "delvis uppfyllda",
  notMet: "ej uppfyllda",
  notAssessed: "ej bedömda",
  budget: "Budget",
  outcome: "Utfall",
  forecast: "Prognos",
  deviation: "Avvikelse (budget − prognos; minus = över budget)",
  text: "Text till årsredovisningen",
  copy: "Kopiera texten",
  copied: "Texten är kopierad.",
  copyFailed: "Kunde inte kopiera; markera texten och kopiera själv.",
  wordCopy: "Kopiera för Word",
  wordCopied: "Avsnittet är kopierat; klistra in det i Word.",
  wordDownload: "Ladda ned som Word",
  wordFailed: "Kunde inte göra Word-dokumentet.",
  write: "Skriv uppföljningsbladet",
  writing: "Skriver bladet …",
  written: "Bladet är skrivet:",
  goTo: "Gå till bladet",
  confirmReplace: "Bladet finns redan och skrevs av tillägget. Vill du ersätta det?",
  replace: "Ersätt bladet",
  cancel: "Avbryt",
  nationalGoals: "Per nationellt jämställdhetspolitiskt delmål",
};

export type SummaryViewPhrase = keyof typeof sv;

const en: Readonly<Record<SummaryViewPhrase, string>> = {
  title: "Follow-up",
  noPeriods:
    "The Periods table has no period with a cut-off date. Set up the plan workbook or fill in Periods.",
  keyFigures: "Key figures",
  activities: "Activities",
  done: "done",
  inProgress: "in progress",
  delayed: "delayed",
  notStarted: "not started",
  cancelled: "cancelled",
  unreported: "unreported",
  goals: "Goals",
  met: "met",
  partlyMet: "partly met",
  notMet: "not met",
  notAssessed: "not assessed",
  budget: "Budget",
  outcome: "Outcome",
  forecast: "Forecast",
  deviation: "Deviation (budget − forecast; negative = over budget)",
  text: "Text for the annual report",
  copy: "Copy the text",
  copied: "The text is copied.",
  copyFailed: "Could not copy; select the text and copy it yourself.",
  wordCopy: "Copy for Word",
  wordCopied: "The section is copied; paste it into Word.",
  wordDownload: "Download as Word",
  wordFailed: "Could not make the Word document.",
  write: "Write the follow-up sheet",
  writing: "Writing the sheet …",
  written: "The sheet is written:",
  goTo: "Go to the sheet",
  confirmReplace: "The sheet exists already and was written by the add-in. Replace it?",
  replace: "Replace the sheet",
  cancel: "Cancel",
  nationalGoals: "Per national gender-equality sub-goal",
};

const SUMMARY_BOOKS: Phrasebooks<SummaryViewPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const summaryWords = (lang: Lang): Say<SummaryViewPhrase> => speakerIn(SUMMARY_BOOKS, lang);

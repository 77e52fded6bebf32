/** The Summary view's words. */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

const sv = {
  title: "Uppföljning",
  noPeriods:
    "Perioder-tabellen har ingen period med brytdatum. Lägg upp planarbetsboken eller fyll i Perioder.",
  keyFigures: "Nyckeltal",
  activities: "Aktiviteter",
  done: "{n, plural, one {# genomförd} other {# genomförda}}",
  inProgress: "{n, number} pågår",
  delayed: "{n, plural, one {# försenad} other {# försenade}}",
  notStarted: "{n, plural, one {# ej påbörjad} other {# ej påbörjade}}",
  cancelled: "{n, plural, one {# avbruten} other {# avbrutna}}",
  unreported: "{n, number} utan rapport",
  goals: "Mål",
  met: "{n, plural, one {# uppfyllt} other {# uppfyllda}}",
  partlyMet: "{n, plural, one {# delvis uppfyllt} other {# delvis uppfyllda}}",
  notMet: "{n, plural, one {# ej uppfyllt} other {# ej uppfyllda}}",
  notAssessed: "{n, plural, one {# ej bedömt} other {# ej bedömda}}",
  withShare: "{count} ({share})",
  countOf: "{n, number}: {parts}",
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
  written: "Bladet är skrivet: {sheet}",
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
  done: "{n, number} done",
  inProgress: "{n, number} in progress",
  delayed: "{n, number} delayed",
  notStarted: "{n, number} not started",
  cancelled: "{n, number} cancelled",
  unreported: "{n, number} unreported",
  goals: "Goals",
  met: "{n, number} met",
  partlyMet: "{n, number} partly met",
  notMet: "{n, number} not met",
  notAssessed: "{n, number} not assessed",
  withShare: "{count} ({share})",
  countOf: "{n, number}: {parts}",
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
  written: "The sheet is written: {sheet}",
  goTo: "Go to the sheet",
  confirmReplace: "The sheet exists already and was written by the add-in. Replace it?",
  replace: "Replace the sheet",
  cancel: "Cancel",
  nationalGoals: "Per national gender-equality sub-goal",
};

/** The view's two books (for the tests that say every message). */
export const SUMMARY_BOOKS: Phrasebooks<SummaryViewPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const summaryWords = (lang: Lang): Say<SummaryViewPhrase> => speakerIn(SUMMARY_BOOKS, lang);

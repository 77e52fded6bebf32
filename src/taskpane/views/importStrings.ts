/** The Import view's words. */
import type { Lang } from "../../core/language";
import type { ImportMeaning, NotUnderstoodReason } from "../../core/import";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

/** Why a line of the source is not understood. */
const REASON_BOOKS: Phrasebooks<NotUnderstoodReason> = {
  sv: {
    article: "artikeln går inte att läsa",
    noArticle: "ingen artikel",
    noGoal: "inget mål ovanför",
    noActivity: "uppgifter utan aktivitet",
    timeframe: "tidplanen går inte att tolka",
    start: "startdatum går inte att läsa",
    end: "slutdatum går inte att läsa",
    budget: "inte ett belopp i kronor – står kvar i Resurser",
    perYear: "belopp per år – står kvar i Resurser, räknas inte om",
    target: "målvärdet går inte att läsa",
    nationalGoal: "inget av de sex nationella delmålen",
    text: "varken mål, aktivitet eller del av raden ovanför",
    subPoint: "underpunkt till en aktivitet – tas inte med",
    noData: "bara kolumner som inte importeras",
  },
  en: {
    article: "the article cannot be read",
    noArticle: "no article",
    noGoal: "no goal above it",
    noActivity: "details without an activity",
    timeframe: "the timeframe is not understood",
    start: "the start date cannot be read",
    end: "the end date cannot be read",
    budget: "not an amount in kronor – kept in Resources",
    perYear: "an amount per year – kept in Resources, not converted",
    target: "the target cannot be read",
    nationalGoal: "none of the six national sub-goals",
    text: "neither a goal, an activity nor part of the line above",
    subPoint: "a sub-point of an activity – not imported",
    noData: "only columns that are not imported",
  },
};

/** What a column of the source means: the names in the column mapping and the preview's headers. */
const MEANING_BOOKS: Phrasebooks<ImportMeaning> = {
  sv: {
    article: "Artikel",
    goal: "Mål",
    activity: "Aktivitet",
    responsible: "Ansvarig",
    timeframe: "Tidplan",
    start: "Start",
    end: "Slut",
    budget: "Budget",
    resources: "Resurser",
    indicator: "Indikator",
    target: "Målvärde",
    nationalGoals: "Nationellt delmål",
    regionalGoal: "Regionalt mål",
    action: "Åtgärd vid avvikelse (läses inte in)",
  },
  en: {
    article: "Article",
    goal: "Goal",
    activity: "Activity",
    responsible: "Responsible",
    timeframe: "Timeframe",
    start: "Start",
    end: "End",
    budget: "Budget",
    resources: "Resources",
    indicator: "Indicator",
    target: "Target",
    nationalGoals: "National sub-goal",
    regionalGoal: "Regional goal",
    action: "Action on a deviation (not imported)",
  },
};

const sv = {
  title: "Importera en plan",
  intro:
    "Klistra in planen från Word eller PDF – som tabell i ett blad, eller som text här. Importen gör mål och aktiviteter av den; källcellerna ändras aldrig.",
  source: "Källa",
  selection: "Markeringen",
  sheet: "Blad: {sheet}",
  pastedText: "Inklistrad text",
  textLabel: "Planens text",
  textHint:
    "Mål- eller artikelrubriker med aktiviteter som punkter, t.ex. ”Mål 1: …” och ”• Lönekartläggning. Ansvar: HR. Tid: löpande. Kostnad: 50 tkr.”",
  from: "Planperiod från",
  to: "Planperiod till",
  preview: "Förhandsgranska",
  previewing: "Läser listan …",
  mapping: "Kolumner",
  mappingHint: "Rätta kolumnernas betydelse om något blev fel och förhandsgranska igen.",
  notUsed: "(används inte)",
  goals: "Mål som skrivs",
  activities: "Aktiviteter som skrivs",
  notUnderstood: "Inte förstått – skrivs utan datum eller inte alls",
  noneNotUnderstood: "Allt i listan förstods.",
  continued: "Numreringen fortsätter efter befintliga {last}; första nya mål: {first}",
  tablesAdded: "Tabeller som läggs upp först: {tables}",
  write: "Skriv till Mål och Aktiviteter",
  writing: "Skriver …",
  written:
    "Skrivet: {goals} mål, {activities, plural, one {{activities} aktivitet} other {{activities} aktiviteter}}",
  noSheets:
    "Arbetsboken har inget annat blad än planens egna. Klistra in planens text nedan, eller listan i ett nytt blad.",
  colId: "ID",
  colText: "Text",
  colDates: "Tid",
  colCell: "Var",
  colReason: "Varför",
  colReading: "Tolkning",
  reason: "skäl",
  shapeTable: "Läst som tabell med rubrikrad {range}.",
  shapeDocument: "Läst som dokument: rubriker med aktiviteter som punkter.",
  linesLead: "Alla rader är redovisade ({lines}): {counts}.",
  lineCount: "{role} {count}",
  roleIgnored: "ignorerade",
  roleHeader: "rubrikrad",
  roleTaken: "mål eller aktivitet",
  rolePart: "fortsättning på raden ovanför",
  roleHeading: "rubriker",
  roleNotUnderstood: "inte förstådda",
  ignoredAboveHeader: "Ignorerat ovanför rubrikraden",
  ignoredBeforeList: "Ignorerat före första rubriken",
  readings: "Tolkat – kontrollera innan du skriver",
  numberedAs: "i dokumentet",
  whereSheet: "bladet {sheet}",
  whereSelection: "markeringen",
  whereText: "den inklistrade texten",
};

export type ImportPhrase = keyof typeof sv;

const en: Readonly<Record<ImportPhrase, string>> = {
  title: "Import a plan",
  intro:
    "Paste the plan from Word or PDF – as a table into a sheet, or as text here. Import turns it into goals and activities; the source cells are never changed.",
  source: "Source",
  selection: "The selection",
  sheet: "Sheet: {sheet}",
  pastedText: "Pasted text",
  textLabel: "The plan's text",
  textHint:
    "Goal or article headings with activities as points, e.g. “Goal 1: …” and “• Annual pay survey. Responsible: HR. Timeframe: annually. Cost: SEK 50,000.”",
  from: "Plan period from",
  to: "Plan period to",
  preview: "Preview",
  previewing: "Reading the list …",
  mapping: "Columns",
  mappingHint: "Correct what a column means if something went wrong, then preview again.",
  notUsed: "(not used)",
  goals: "Goals to write",
  activities: "Activities to write",
  notUnderstood: "Not understood – written without dates or not at all",
  noneNotUnderstood: "Everything in the list was understood.",
  continued: "Numbering continues after the existing {last}; first new goal: {first}",
  tablesAdded: "Tables set up first: {tables}",
  write: "Write to Goals and Activities",
  writing: "Writing …",
  written:
    "Written: {goals, plural, one {{goals} goal} other {{goals} goals}}, {activities, plural, one {{activities} activity} other {{activities} activities}}",
  noSheets:
    "The workbook has no sheet besides the plan's own. Paste the plan's text below, or the list into a new sheet.",
  colId: "ID",
  colText: "Text",
  colDates: "Time",
  colCell: "Where",
  colReason: "Why",
  colReading: "Reading",
  reason: "reason",
  shapeTable: "Read as a table with its header row at {range}.",
  shapeDocument: "Read as a document: headings with activities as points.",
  linesLead: "Every line is accounted for ({lines}): {counts}.",
  lineCount: "{role} {count}",
  roleIgnored: "ignored",
  roleHeader: "header row",
  roleTaken: "goal or activity",
  rolePart: "continues the line above",
  roleHeading: "headings",
  roleNotUnderstood: "not understood",
  ignoredAboveHeader: "Ignored above the header row",
  ignoredBeforeList: "Ignored before the first heading",
  readings: "Read as – check before writing",
  numberedAs: "in the document",
  whereSheet: "the sheet {sheet}",
  whereSelection: "the selection",
  whereText: "the pasted text",
};

/** The view's two books (for the tests that say every message). */
export const IMPORT_BOOKS: Phrasebooks<ImportPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const importWords = (lang: Lang): Say<ImportPhrase> => speakerIn(IMPORT_BOOKS, lang);

/** What each kind of column means, in a language. */
export const meaningWords = (lang: Lang): Say<ImportMeaning> => speakerIn(MEANING_BOOKS, lang);

/** Why a line is not understood, in a language. */
export const reasonWords = (lang: Lang): Say<NotUnderstoodReason> => speakerIn(REASON_BOOKS, lang);

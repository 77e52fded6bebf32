/** The Import view's words. */
import type { Lang } from "../../core/language";
import type { ImportMeaning, NotUnderstoodReason } from "../../core/import";

const reasons: Record<Lang, Readonly<Record<NotUnderstoodReason, string>>> = {
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
    text: "neither a goal, an activity nor part of the line above",
    subPoint: "a sub-point of an activity – not imported",
    noData: "only columns that are not imported",
  },
};

const meanings: Record<Lang, Readonly<Record<ImportMeaning, string>>> = {
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
  },
};

const sv = {
  title: "Importera en plan",
  intro:
    "Klistra in planens tabell från Word eller PDF i ett blad. Importen gör mål och aktiviteter av den; källcellerna ändras aldrig.",
  source: "Källa",
  selection: "Markeringen",
  sheet: "Blad",
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
  continued: "Numreringen fortsätter efter befintliga",
  firstId: "första nya mål:",
  tablesAdded: "Tabeller som läggs upp först:",
  write: "Skriv till Mål och Aktiviteter",
  writing: "Skriver …",
  written: "Skrivet:",
  goalsWord: "mål",
  activitiesWord: "aktiviteter",
  noSheets: "Arbetsboken har inget annat blad än planens egna. Klistra in listan i ett nytt blad först.",
  colId: "ID",
  colText: "Text",
  colDates: "Tid",
  colCell: "Cell",
  colReason: "Varför",
  reason: "skäl",
};

export type ImportStrings = { readonly [K in keyof typeof sv]: string } & {
  readonly meanings: Readonly<Record<ImportMeaning, string>>;
  readonly reasons: Readonly<Record<NotUnderstoodReason, string>>;
};

const en: Omit<ImportStrings, "meanings" | "reasons"> = {
  title: "Import a plan",
  intro:
    "Paste the plan's table from Word or PDF into a sheet. Import turns it into goals and activities; the source cells are never changed.",
  source: "Source",
  selection: "The selection",
  sheet: "Sheet",
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
  continued: "Numbering continues after the existing",
  firstId: "first new goal:",
  tablesAdded: "Tables set up first:",
  write: "Write to Goals and Activities",
  writing: "Writing …",
  written: "Written:",
  goalsWord: "goals",
  activitiesWord: "activities",
  noSheets: "The workbook has no sheet besides the plan's own. Paste the list into a new sheet first.",
  colId: "ID",
  colText: "Text",
  colDates: "Time",
  colCell: "Cell",
  colReason: "Why",
  reason: "reason",
};

export const IMPORT_STRINGS: Readonly<Record<Lang, ImportStrings>> = {
  sv: { ...sv, meanings: meanings.sv, reasons: reasons.sv },
  en: { ...en, meanings: meanings.en, reasons: reasons.en },
};

/** The Plan view's words. */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

const sv = {
  setUpTitle: "Lägg upp planarbetsboken",
  setUpIntro:
    "Skapar de tabeller som saknas: Plan, Artiklar, Mål, Aktiviteter, Perioder, Uppföljning och Indikatorer. Befintliga celler ändras aldrig.",
  missingTables: "Saknas i arbetsboken: {tables}",
  language: "Arbetsbokens språk",
  swedish: "Svenska",
  english: "Engelska",
  from: "Planperiod från",
  to: "Planperiod till",
  version: "Deklarationens version",
  version2006: "2006 (30 artiklar)",
  version2022: "2022 (39 artiklar)",
  setUp: "Lägg upp planarbetsboken",
  settingUp: "Lägger upp tabeller …",
  created: "{n, plural, one {Skapade tabellen} other {Skapade tabeller}}: {tables}",
  nothingToDo: "Alla tabeller fanns redan; inget ändrades.",
  periodInvalid: "Planperiodens slut ligger före dess start.",
  overviewTitle: "Planen",
  organisation: "Organisation",
  planName: "Plan",
  signed: "Undertecknad",
  deadline: "Handlingsplan senast",
  period: "Planperiod",
  prioritised: "Prioriterade artiklar",
  goals: "Mål",
  activities: "Aktiviteter",
  periods: "Perioder",
  missing: "(saknas)",
  periodRange: "{start} – {end}",
  met: "{deadline} – Antagen i tid (antagen {adopted})",
  late: "{deadline} – Antagen för sent (antagen {adopted})",
  open: "{deadline} – Inte antagen, {n, plural, one {{n} dag} other {{n} dagar}} kvar",
  overdue:
    "{deadline} – Inte antagen – tiden har gått ut ({n, plural, one {{n} dag} other {{n} dagar}} sedan)",
  unknown: "Okänd – undertecknandedatum saknas",
  refresh: "Läs in igen",
};

export type PlanPhrase = keyof typeof sv;

const en: Readonly<Record<PlanPhrase, string>> = {
  setUpTitle: "Set up the plan workbook",
  setUpIntro:
    "Creates the tables that are missing: Plan, Articles, Goals, Activities, Periods, Follow-up and Indicators. Existing cells are never changed.",
  missingTables: "Missing from the workbook: {tables}",
  language: "Workbook language",
  swedish: "Swedish",
  english: "English",
  from: "Plan period from",
  to: "Plan period to",
  version: "Charter version",
  version2006: "2006 (30 articles)",
  version2022: "2022 (39 articles)",
  setUp: "Set up plan workbook",
  settingUp: "Setting up tables …",
  created: "{n, plural, one {Table created} other {Tables created}}: {tables}",
  nothingToDo: "Every table was already there; nothing changed.",
  periodInvalid: "The plan period ends before it starts.",
  overviewTitle: "The plan",
  organisation: "Organisation",
  planName: "Plan",
  signed: "Signed",
  deadline: "Action plan due by",
  period: "Plan period",
  prioritised: "Prioritised articles",
  goals: "Goals",
  activities: "Activities",
  periods: "Periods",
  missing: "(missing)",
  periodRange: "{start} – {end}",
  met: "{deadline} – Adopted in time (adopted {adopted})",
  late: "{deadline} – Adopted late (adopted {adopted})",
  open: "{deadline} – Not adopted, {n, plural, one {{n} day} other {{n} days}} left",
  overdue:
    "{deadline} – Not adopted – the deadline has passed ({n, plural, one {{n} day} other {{n} days}} ago)",
  unknown: "Unknown – no signing date",
  refresh: "Read again",
};

/** The view's two books (for the tests that say every message). */
export const PLAN_BOOKS: Phrasebooks<PlanPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const planWords = (lang: Lang): Say<PlanPhrase> => speakerIn(PLAN_BOOKS, lang);

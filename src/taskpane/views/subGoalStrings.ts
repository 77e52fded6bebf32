/** The words of set-up's proposal of national sub-goals (SubGoalProposals.tsx). */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

const sv = {
  title: "Nationella jämställdhetspolitiska delmål",
  intro:
    "Tillägget kan föreslå delmål för de mål som saknar ett, utifrån målens artiklar. Tabellen är vårt eget förslag, inte en källa; inget skrivs förrän du bekräftar, och bara i tomma celler.",
  propose: "Visa förslag",
  none: "Inget mål att föreslå för: alla mål har delmål, artiklarna ger inget förslag, eller kolumnen Nationellt delmål saknas (lägg upp planarbetsboken igen för att lägga till den).",
  confirm: "Fyll i förslagen",
  written: "Delmål ifyllda för {n} mål.",
  working: "Läser …",
  addColumns: "Lägg till nya kolumner",
  columnsAdded: "Tillagda kolumner: {names}.",
  columnsNotAdded:
    "Kunde inte lägga till {names} i {sheet}: cellerna till höger om tabellen används, eller tabellen är inte en Excel-tabell. Flytta cellerna och försök igen.",
  columnsThere: "Alla kolumner finns redan.",
};

const en: Readonly<Record<SubGoalPhrase, string>> = {
  title: "National gender-equality sub-goals",
  intro:
    "The add-in can propose sub-goals for the goals that have none, from their articles. The table is our own proposal, not a source; nothing is written until you confirm, and only into empty cells.",
  propose: "Show proposals",
  none: "No goal to propose for: every goal has sub-goals, the articles give no proposal, or the National sub-goal column is missing (set up the plan workbook again to add it).",
  confirm: "Fill in the proposals",
  written: "Sub-goals filled in for {n, plural, one {{n} goal} other {{n} goals}}.",
  working: "Reading …",
  addColumns: "Add the new columns",
  columnsAdded: "Columns added: {names}.",
  columnsNotAdded:
    "Could not add {names} to {sheet}: the cells right of the table are in use, or it is no Excel table. Move the cells and try again.",
  columnsThere: "Every column is there already.",
};

type SubGoalPhrase = keyof typeof sv;

/** The view's two books (for the tests that say every message). */
export const SUB_GOAL_BOOKS: Phrasebooks<SubGoalPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const subGoalWords = (lang: Lang): Say<SubGoalPhrase> => speakerIn(SUB_GOAL_BOOKS, lang);

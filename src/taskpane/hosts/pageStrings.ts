/** The web page's own words: opening a file, saving a copy, progress. (Why a file cannot be used: core/failures/failureTexts.ts, loaded when needed.) */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";
import type { FocusedCell } from "./pageMachine";

const sv = {
  title: "Arbeta med en Excel-fil",
  intro:
    "Öppna planens arbetsbok (.xlsx) här på sidan. Filen läses i webbläsaren och skickas ingenstans; spara när du är klar så laddas en ny kopia ned.",
  choose: "Välj en .xlsx-fil",
  drop: "… eller släpp filen här",
  example: "Prova med exempelplanen",
  empty: "Börja med en tom arbetsbok",
  opening: "Öppnar …",
  reading: "Läser {percent} % …",
  save: "Spara en kopia",
  close: "Stäng filen",
  open: "Öppen fil: {file}",
  unsaved: "Ändringarna finns bara här tills du sparar en kopia.",
  cellNow: "{sheet}!{cell} – Cellen just nu: {value}",
  emptyCell: "(tom)",
  exampleFailed: "Exempelplanen kunde inte läsas in.",
  saveFailed: "Kopian kunde inte sparas ({reason}). Arbetsboken är kvar här som den var; försök igen.",
  newName: "uppfoljning",
};

export type PagePhrase = keyof typeof sv;

const en: Readonly<Record<PagePhrase, string>> = {
  title: "Work on an Excel file",
  intro:
    "Open the plan's workbook (.xlsx) right here in the page. The file is read in the browser and sent nowhere; save when you are done and a new copy is downloaded.",
  choose: "Choose an .xlsx file",
  drop: "… or drop the file here",
  example: "Try with the example plan",
  empty: "Start with an empty workbook",
  opening: "Opening …",
  reading: "Reading {percent} % …",
  save: "Save a copy",
  close: "Close the file",
  open: "Open file: {file}",
  unsaved: "Changes exist only here until you save a copy.",
  cellNow: "{sheet}!{cell} – The cell now: {value}",
  emptyCell: "(empty)",
  exampleFailed: "The example plan could not be loaded.",
  saveFailed: "The copy could not be saved ({reason}). The workbook is still open here as it was; try again.",
  newName: "follow-up",
};

/** The view's two books (for the tests that say every message). */
export const PAGE_BOOKS: Phrasebooks<PagePhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const pageWords = (lang: Lang): Say<PagePhrase> => speakerIn(PAGE_BOOKS, lang);

/** "Läser 42 % …": how much of the file is read, as a whole percentage. */
export const readingText = (fraction: number, lang: Lang): string =>
  pageWords(lang)("reading", { percent: Math.round(fraction * 100) });

/** "Öppen fil: plan.xlsx". */
export const openFileText = (fileName: string, lang: Lang): string =>
  pageWords(lang)("open", { file: fileName });

/** "Mål!C4 – Cellen just nu: 80": the cell a finding points at and its value (a date as YYYY-MM-DD). */
export function focusText({ sheet, cell, value }: FocusedCell, lang: Lang): string {
  const say = pageWords(lang);
  const shown =
    value === null || value === undefined || value === ""
      ? say("emptyCell")
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : String(value);
  return say("cellNow", { sheet, cell, value: shown });
}

/** The web page's own words: opening a file, saving a copy, progress. (Why a file cannot be used: fileStrings.ts, loaded when needed.) */
import type { Lang } from "../../core/language";

const sv = {
  title: "Arbeta med en Excel-fil",
  intro:
    "Öppna planens arbetsbok (.xlsx) här på sidan. Filen läses i webbläsaren och skickas ingenstans; spara när du är klar så laddas en ny kopia ned.",
  choose: "Välj en .xlsx-fil",
  drop: "… eller släpp filen här",
  example: "Prova med exempelplanen",
  empty: "Börja med en tom arbetsbok",
  opening: "Öppnar …",
  reading: "Läser {0} % …",
  save: "Spara en kopia",
  close: "Stäng filen",
  open: "Öppen fil:",
  unsaved: "Ändringarna finns bara här tills du sparar en kopia.",
  cellNow: "Cellen just nu:",
  emptyCell: "(tom)",
  exampleFailed: "Exempelplanen kunde inte läsas in.",
  newName: "uppfoljning",
};

export type PageStrings = { readonly [K in keyof typeof sv]: string };

const en: PageStrings = {
  title: "Work on an Excel file",
  intro:
    "Open the plan's workbook (.xlsx) right here in the page. The file is read in the browser and sent nowhere; save when you are done and a new copy is downloaded.",
  choose: "Choose an .xlsx file",
  drop: "… or drop the file here",
  example: "Try with the example plan",
  empty: "Start with an empty workbook",
  opening: "Opening …",
  reading: "Reading {0} % …",
  save: "Save a copy",
  close: "Close the file",
  open: "Open file:",
  unsaved: "Changes exist only here until you save a copy.",
  cellNow: "The cell now:",
  emptyCell: "(empty)",
  exampleFailed: "The example plan could not be loaded.",
  newName: "follow-up",
};

export const PAGE_STRINGS: Readonly<Record<Lang, PageStrings>> = { sv, en };

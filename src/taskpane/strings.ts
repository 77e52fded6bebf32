/**
 * The task pane's words, Swedish first and English complete: the English table must
 * have every key of the Swedish one (the type says so).
 */
import type { Lang } from "../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../core/text";

const sv = {
  appName: "CEMR Uppföljning",
  tagline: "Handlingsplan för jämställdhet enligt CEMR-deklarationen",
  views: "Vyer",
  viewPlan: "Plan",
  viewImport: "Importera",
  viewCheck: "Granska",
  viewSummary: "Uppföljning",
  viewCollect: "Utskick och insamling",
  loading: "Laddar …",
  privacy: "Uppgifterna stannar i arbetsboken. Inget skickas någonstans.",
  guide: "Användarhandledning",
  guideOther: "User's guide in English",
  notInExcelTitle: "Öppnad utanför Excel",
  notInExcelBody:
    "Tillägget körs inte i Excel just nu. Öppna det med knappen CEMR Uppföljning på fliken Start i Excel, eller arbeta med en Excel-fil direkt här på sidan.",
  unsupportedTitle: "Den här Excel-versionen räcker inte",
  unsupportedBody:
    "Tillägget behöver Excel API 1.9 (Microsoft 365, Excel 2021 eller senare, Excel på webben). Uppdatera Excel eller använd tillägget i Excel på webben.",
  errorTitle: "Något gick fel",
  retry: "Försök igen",
  close: "Stäng",
};

export type UiPhrase = keyof typeof sv;

const en: Readonly<Record<UiPhrase, string>> = {
  appName: "CEMR Follow-up",
  tagline: "Equality action plan under the CEMR Charter",
  views: "Views",
  viewPlan: "Plan",
  viewImport: "Import",
  viewCheck: "Check",
  viewSummary: "Follow-up",
  viewCollect: "Hand-out and collect",
  loading: "Loading …",
  privacy: "Your data stays in the workbook. Nothing is sent anywhere.",
  guide: "User's guide",
  guideOther: "Handledning på svenska",
  notInExcelTitle: "Opened outside Excel",
  notInExcelBody:
    "The add-in is not running in Excel right now. Open it with the CEMR Follow-up button on Excel's Home tab, or work on an Excel file right here in the page.",
  unsupportedTitle: "This version of Excel is not enough",
  unsupportedBody:
    "The add-in needs Excel API 1.9 (Microsoft 365, Excel 2021 or later, Excel on the web). Update Excel or use the add-in in Excel on the web.",
  errorTitle: "Something went wrong",
  retry: "Try again",
  close: "Close",
};

export const UI_BOOKS: Phrasebooks<UiPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const uiWords = (lang: Lang): Say<UiPhrase> => speakerIn(UI_BOOKS, lang);

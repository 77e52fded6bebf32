/**
 * Why a file cannot be used, in the user's words: loaded only when a file is
 * refused, so the task pane's first load stays small.
 */
import type { Lang } from "../../core/language";

const sv = {
  notXlsx: "Filen är inte en Excel-arbetsbok (.xlsx).",
  xls: "Filen är i det gamla .xls-formatet. Öppna den i Excel eller LibreOffice och spara som .xlsx först.",
  ods: "Filen är ett OpenDocument-kalkylblad (.ods). Öppna den i LibreOffice eller Excel och spara som .xlsx först.",
  xlsb: "Filen är en binär Excel-arbetsbok (.xlsb). Öppna den i Excel och spara som .xlsx först.",
  tooLarge: "Filen är för stor att läsa, eller packas upp till långt mer än den rymmer (en zip-bomb?).",
  damagedPart: "Skadad del: {0}.",
  encrypted: "Arbetsboken är lösenordsskyddad. Ta bort lösenordet i Excel och försök igen.",
  truncated: "Filen är ofullständig (avkortad). Hämta eller spara den på nytt.",
  corrupt: "Filen är skadad och kan inte läsas.",
  emptyFile: "Filen är tom.",
};

export type FileErrorStrings = { readonly [K in keyof typeof sv]: string };

const en: FileErrorStrings = {
  notXlsx: "The file is not an Excel workbook (.xlsx).",
  xls: "The file is in the old .xls format. Open it in Excel or LibreOffice and save it as .xlsx first.",
  ods: "The file is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx first.",
  xlsb: "The file is a binary Excel workbook (.xlsb). Open it in Excel and save it as .xlsx first.",
  tooLarge: "The file is too large to read, or unpacks to far more than it holds (a zip bomb?).",
  damagedPart: "Damaged part: {0}.",
  encrypted: "The workbook is password-protected. Remove the password in Excel and try again.",
  truncated: "The file is incomplete (truncated). Download or save it again.",
  corrupt: "The file is damaged and cannot be read.",
  emptyFile: "The file is empty.",
};

export const FILE_STRINGS: Readonly<Record<Lang, FileErrorStrings>> = { sv, en };

/** The message for a file the adapter refused, by its reason (and the damaged part, when known). */
export function fileErrorMessage(
  lang: Lang,
  reason: string | null,
  fallback: string,
  part: string | null = null,
): string {
  const s = FILE_STRINGS[lang];
  switch (reason) {
    case "notXlsx":
      return s.notXlsx;
    case "xls":
      return s.xls;
    case "ods":
      return s.ods;
    case "xlsb":
      return s.xlsb;
    case "tooLarge":
      return s.tooLarge;
    case "encrypted":
      return s.encrypted;
    case "truncated":
      return s.truncated;
    case "corrupt":
      return part ? `${s.corrupt} ${s.damagedPart.replace("{0}", part)}` : s.corrupt;
    case "empty":
      return s.emptyFile;
    default:
      return fallback;
  }
}

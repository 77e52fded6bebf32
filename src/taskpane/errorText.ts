/**
 * A failed action's message in the user's words where the adapters say what went
 * wrong in a code ("sheetProtected: Uppföljning", WorkbookWriteError and
 * ExcelLimitError): what to do about it, naming the sheet. Other messages are shown
 * as they are.
 */
import type { Lang } from "../core/language";

type Known = (target: string) => string;

const TEXTS: Readonly<Record<Lang, Readonly<Record<string, Known>>>> = {
  sv: {
    sheetProtected: (t) =>
      `Bladet «${t}» är skyddat. Ta bort skyddet (Granska → Ta bort skydd för blad) och försök igen; inget har skrivits.`,
    workbookProtected: () =>
      "Arbetsbokens struktur är skyddad, så inga blad kan läggas till. Ta bort skyddet (Granska → Skydda arbetsbok) och försök igen; inget har skrivits.",
    sheetNameInvalid: (t) => `Excel tar inte emot bladnamnet «${t}». Inget har skrivits.`,
    sheetHasData: (t) =>
      `Bladet «${t}» innehåller redan data, så tabellen läggs inte där. Inget har skrivits.`,
    tableExists: (t) => `Det finns redan en tabell som heter «${t}». Inget har skrivits.`,
    tooManyCells: (t) =>
      `«${t}» har fler celler än Excel kan läsa på en gång (5 miljoner). Markera eller använd en mindre del.`,
    noSelection: () =>
      "Markeringen innehåller inga värden. Markera listan (eller en cell i den) och förhandsgranska igen.",
    payloadTooLarge: (t) =>
      `Excel tog inte emot skrivningen till «${t}»: den är för stor för Excel på webben. Inget mer har skrivits; försök med färre rader åt gången.`,
  },
  en: {
    sheetProtected: (t) =>
      `The sheet "${t}" is protected. Unprotect it (Review → Unprotect Sheet) and try again; nothing was written.`,
    workbookProtected: () =>
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review → Protect Workbook) and try again; nothing was written.",
    sheetNameInvalid: (t) => `Excel does not take "${t}" as a sheet name. Nothing was written.`,
    sheetHasData: (t) =>
      `The sheet "${t}" already holds data, so the table is not put there. Nothing was written.`,
    tableExists: (t) => `A table named "${t}" exists already. Nothing was written.`,
    tooManyCells: (t) =>
      `"${t}" has more cells than Excel can read at once (5 million). Select or use a smaller part.`,
    noSelection: () => "The selection holds no values. Select the list (or a cell in it) and preview again.",
    payloadTooLarge: (t) =>
      `Excel did not take the write to "${t}": it is too large for Excel on the web. Nothing more was written; try fewer rows at a time.`,
  },
};

/** The message for the user: a known "reason: target (detail)" in words, else the message itself. */
export function errorText(message: string, lang: Lang): string {
  const m = /^(\w+): ?(.*?)(?: \([^()]*\))?$/s.exec(message);
  const known = m ? TEXTS[lang][m[1] ?? ""] : undefined;
  return m && known ? known(m[2] ?? "") : message;
}

/**
 * Excel's own error codes the add-in can meet (Microsoft's "Error handling with the
 * application-specific JavaScript APIs" and Excel.ErrorCodes), each with one text in
 * both languages saying what happened and what to do. Excel's message is English,
 * written for developers and not meant for users (the same page says so): the pane
 * shows these texts instead, with Excel's code for support.
 */
import type { Bilingual } from "../language";

/** The documented codes the add-in can meet, and `other` for any code not listed. */
export type ExcelRefusal =
  | "InsertDeleteConflict"
  | "MergedRangeConflict"
  | "FilteredRangeConflict"
  | "PivotTableRangeConflict"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "UndoNotSupported"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "OperationCellsExceedLimit"
  | "NonBlankCellOffSheet"
  | "InactiveWorkbook"
  | "Conflict"
  | "ActivityLimitReached"
  | "MemoryLimitReached"
  | "RequestAborted"
  | "ServiceNotAvailable"
  | "ApiNotFound"
  | "ApiNotAvailable"
  | "NotImplemented"
  | "UnsupportedOperation"
  | "UnsupportedSheet"
  | "InvalidOperation"
  | "InvalidArgument"
  | "InvalidReference"
  | "GeneralException"
  | "other";

const RETRY = {
  sv: "inget mer skrevs; försök igen",
  en: "nothing more was written; try again",
};

/** What each code means for the user and what to do, as a clause (failureTexts.ts style). */
export const EXCEL_REFUSALS: Readonly<Record<ExcelRefusal, Bilingual>> = {
  InsertDeleteConflict: {
    sv: "Excel kunde inte flytta ned cellerna under tabellen: en annan tabell eller sammanfogade celler under den står i vägen. Flytta det som står under tabellen (eller lämna tomma rader emellan) och försök igen",
    en: "Excel could not move the cells below the table down: another table or merged cells below it stand in the way. Move what is below the table (or leave empty rows between) and try again",
  },
  MergedRangeConflict: {
    sv: "Excel vägrade: tabellen skulle överlappa sammanfogade celler, en annan tabell eller en pivottabell. Dela upp de sammanfogade cellerna eller flytta det som är i vägen och försök igen",
    en: "Excel refused: the table would overlap merged cells, another table or a PivotTable. Unmerge the cells or move what is in the way and try again",
  },
  FilteredRangeConflict: {
    sv: "Excel vägrade eftersom tabellen är filtrerad. Rensa filtret (Data → Rensa) och försök igen",
    en: "Excel refused because the table is filtered. Clear the filter (Data → Clear) and try again",
  },
  PivotTableRangeConflict: {
    sv: "Excel vägrade: en pivottabell står i vägen. Flytta pivottabellen och försök igen",
    en: "Excel refused: a PivotTable is in the way. Move the PivotTable and try again",
  },
  ItemAlreadyExists: {
    sv: "ett blad, en tabell eller ett namn med samma namn finns redan i arbetsboken (kanske lades det till under tiden). Byt namn på det och försök igen",
    en: "a sheet, table or name of the same name exists already in the workbook (perhaps added meanwhile). Rename it and try again",
  },
  ItemNotFound: {
    sv: "ett blad eller en tabell som tillägget behöver finns inte längre (togs det bort under tiden?). Kontrollera arbetsboken och försök igen",
    en: "a sheet or table the add-in needs no longer exists (was it removed meanwhile?). Check the workbook and try again",
  },
  AccessDenied: {
    sv: "Excel nekade åtkomst: arbetsboken kan vara skrivskyddad, delad med begränsade rättigheter eller blockeras av ett antivirusprogram. Öppna den med redigeringsrätt och försök igen",
    en: "Excel denied access: the workbook may be read-only, shared with limited rights, or blocked by antivirus software. Open it with editing rights and try again",
  },
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Avsluta redigeringen med Enter eller Tabb (eller klicka på en annan cell) och försök igen",
    en: "Excel is editing a cell right now. Finish the edit with Enter or Tab (or click another cell) and try again",
  },
  UndoNotSupported: {
    sv: `Excel kunde inte göra ändringen som ett enda ångra-steg; ${RETRY.sv}`,
    en: `Excel could not make the change as one undo step; ${RETRY.en}`,
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "skrivningen är för stor för Excel på webben (5 MB per anrop); inget mer skrevs, så försök med färre rader åt gången",
    en: "the write is too large for Excel on the web (5 MB per request); nothing more was written, so try fewer rows at a time",
  },
  ResponsePayloadSizeLimitExceeded: {
    sv: "svaret från Excel blev för stort för Excel på webben (5 MB); ta bort eller flytta stora blad som inte hör till planen och försök igen",
    en: "Excel's answer was too large for Excel on the web (5 MB); remove or move large sheets that are not part of the plan and try again",
  },
  RangeExceedsLimit: {
    sv: "området har fler celler än Excel hanterar på en gång (5 miljoner); använd en mindre del och försök igen",
    en: "the range has more cells than Excel handles at once (5 million); use a smaller part and try again",
  },
  OperationCellsExceedLimit: {
    sv: "ändringen skulle röra fler celler än Excel på webben tillåter; ta bort data till höger om tabellen och försök igen",
    en: "the change would touch more cells than Excel on the web allows; remove data to the right of the table and try again",
  },
  NonBlankCellOffSheet: {
    sv: "Excel kan inte lägga till rader eftersom celler med innehåll skulle skjutas ut över bladets sista rad. Töm de sista raderna på bladet och försök igen",
    en: "Excel cannot add rows because cells with content would be pushed off the end of the sheet. Clear the sheet's last rows and try again",
  },
  InactiveWorkbook: {
    sv: "flera arbetsböcker är öppna och den här är inte längre aktiv. Klicka i arbetsboken och försök igen",
    en: "several workbooks are open and this one is no longer active. Click in the workbook and try again",
  },
  Conflict: {
    sv: `någon annan ändrade arbetsboken samtidigt; ${RETRY.sv}`,
    en: `someone else changed the workbook at the same time; ${RETRY.en}`,
  },
  ActivityLimitReached: {
    sv: "Excel begränsar hur mycket ett tillägg får göra på kort tid. Vänta en stund och försök igen",
    en: "Excel limits how much an add-in may do in a short time. Wait a moment and try again",
  },
  MemoryLimitReached: {
    sv: "Excel fick slut på minne. Stäng andra arbetsböcker eller program och försök igen",
    en: "Excel ran out of memory. Close other workbooks or programs and try again",
  },
  RequestAborted: {
    sv: `Excel avbröt ändringen; ${RETRY.sv}`,
    en: `Excel aborted the change; ${RETRY.en}`,
  },
  ServiceNotAvailable: {
    sv: "Excel svarar inte just nu. Vänta en stund och försök igen",
    en: "Excel is not answering right now. Wait a moment and try again",
  },
  ApiNotFound: {
    sv: "den här versionen av Excel saknar en funktion som tillägget behöver. Uppdatera Office och försök igen",
    en: "this version of Excel lacks a feature the add-in needs. Update Office and try again",
  },
  ApiNotAvailable: {
    sv: "den här versionen av Excel saknar en funktion som tillägget behöver. Uppdatera Office och försök igen",
    en: "this version of Excel lacks a feature the add-in needs. Update Office and try again",
  },
  NotImplemented: {
    sv: "Excel på den här plattformen saknar en funktion som tillägget behöver. Prova Excel för webben eller för Windows",
    en: "Excel on this platform lacks a feature the add-in needs. Try Excel on the web or on Windows",
  },
  UnsupportedOperation: {
    sv: "Excel stöder inte ändringen här (kanske i ett diagramblad eller ett delat läge). Kontrollera arbetsboken och försök igen",
    en: "Excel does not support the change here (perhaps on a chart sheet or in a shared mode). Check the workbook and try again",
  },
  UnsupportedSheet: {
    sv: "bladet är ett diagram- eller makroblad, där tillägget inte kan skriva. Använd ett vanligt kalkylblad",
    en: "the sheet is a chart or macro sheet, where the add-in cannot write. Use an ordinary worksheet",
  },
  InvalidOperation: {
    sv: "Excel vägrade ändringen just nu (redigeras en cell, eller är en dialogruta öppen?). Avsluta redigeringen eller stäng dialogen och försök igen",
    en: "Excel refused the change right now (is a cell being edited, or a dialog open?). Finish the edit or close the dialog and try again",
  },
  InvalidArgument: {
    sv: "Excel tog inte emot en del av ändringen; inget mer skrevs. Kontrollera att planens blad och tabeller har sina namn och försök igen",
    en: "Excel did not take part of the change; nothing more was written. Check that the plan's sheets and tables have their names and try again",
  },
  InvalidReference: {
    sv: `arbetsboken ändrades medan tillägget arbetade; ${RETRY.sv}`,
    en: `the workbook changed while the add-in worked; ${RETRY.en}`,
  },
  GeneralException: {
    sv: `Excel stötte på ett internt fel; ${RETRY.sv}. Spara arbetsboken och starta om Excel om felet kommer igen`,
    en: `Excel met an internal error; ${RETRY.en}. Save the workbook and restart Excel if it happens again`,
  },
  other: {
    sv: `Excel vägrade ändringen; ${RETRY.sv}. Spara arbetsboken och starta om Excel om felet kommer igen`,
    en: `Excel refused the change; ${RETRY.en}. Save the workbook and restart Excel if it happens again`,
  },
};

/** Every code with a text of its own (for the tests that walk them). */
export const EXCEL_REFUSAL_CODES = Object.keys(EXCEL_REFUSALS).filter(
  (c) => c !== "other",
) as readonly Exclude<ExcelRefusal, "other">[];

/** The refusal of an Excel error code (`other` for one the add-in does not expect). */
export function excelRefusalOf(code: string): ExcelRefusal {
  return (EXCEL_REFUSAL_CODES as readonly string[]).includes(code) ? (code as ExcelRefusal) : "other";
}

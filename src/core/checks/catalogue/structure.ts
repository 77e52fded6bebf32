/** The finding catalogue (docs/findings.md): the workbook's structure and unreadable cells. */
import { type TableName, tableSpec } from "../../schema";
import { entry, where, type CellPlace, type CellText } from "./entry";

export const STRUCTURE = {
  TABLE_MISSING: entry(
    "error",
    { sv: "En tabell saknas i arbetsboken.", en: "A table of the workbook is missing." },
    {
      sv: (a: { readonly table: TableName }) =>
        `Tabellen «${tableSpec(a.table).sheet.sv}» saknas i arbetsboken; lägg till den, till exempel genom att låta tillägget skapa de tabeller som fattas.`,
      en: (a) =>
        `The table «${tableSpec(a.table).sheet.en}» is missing from the workbook; add it, for example by letting the add-in create the missing tables.`,
    },
  ),
  COLUMN_MISSING: entry(
    "error",
    { sv: "En obligatorisk kolumn saknas.", en: "A required column is missing." },
    {
      sv: (a: { readonly header: string; readonly sheet: string }) =>
        `Kolumnen «${a.header}» saknas på bladet ${a.sheet}; lägg till den i rubrikraden.`,
      en: (a) => `The column «${a.header}» is missing on the sheet ${a.sheet}; add it to the header row.`,
    },
  ),
  VALUE_REQUIRED: entry(
    "error",
    { sv: "En obligatorisk cell är tom.", en: "A required cell is empty." },
    {
      sv: (a: CellPlace) => `Cellen «${a.header}» på ${where(a, "sv")} är tom; fyll i den.`,
      en: (a) => `The «${a.header}» cell on ${where(a, "en")} is empty; fill it in.`,
    },
  ),
  VALUE_INVALID_DATE: entry(
    "error",
    { sv: "En cell kan inte läsas som ett datum.", en: "A cell cannot be read as a date." },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} kan inte läsas som ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-08-31.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} cannot be read as a date; write it as YYYY-MM-DD, for example 2024-08-31.`,
    },
  ),
  VALUE_INVALID_NUMBER: entry(
    "error",
    { sv: "En cell kan inte läsas som ett tal.", en: "A cell cannot be read as a number." },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} kan inte läsas som ett tal; skriv bara talet, till exempel 12 500.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} cannot be read as a number; write just the number, for example 12500.`,
    },
  ),
  VALUE_INVALID_CHOICE: entry(
    "error",
    {
      sv: "En cell har ett värde som inte finns i listan (status, typ, riktning, bedömning, ja/nej).",
      en: "A cell holds a value that is not in its list (status, type, direction, assessment, yes/no).",
    },
    {
      sv: (a: CellText) =>
        `«${a.text}» i «${a.header}» på ${where(a, "sv")} finns inte i listan; välj ett av listans värden.`,
      en: (a) =>
        `«${a.text}» in «${a.header}» on ${where(a, "en")} is not in the list; choose one of the list's values.`,
    },
  ),
};

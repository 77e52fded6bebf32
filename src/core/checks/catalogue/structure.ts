/** The finding catalogue (docs/findings.md): the workbook's structure and unreadable cells. */
import { type TableName, tableSpec } from "../../schema";
import { cellText, entry, place, type CellPlace, type CellText } from "./entry";

export const STRUCTURE = {
  TABLE_MISSING: entry(
    "error",
    { sv: "En tabell saknas i arbetsboken.", en: "A table of the workbook is missing." },
    (a: { readonly table: TableName }, lang) => ({ sheet: tableSpec(a.table).sheet[lang] }),
  ),
  COLUMN_MISSING: entry(
    "error",
    { sv: "En obligatorisk kolumn saknas.", en: "A required column is missing." },
    (a: { readonly header: string; readonly sheet: string }) => ({ header: a.header, sheet: a.sheet }),
  ),
  VALUE_REQUIRED: entry(
    "error",
    { sv: "En obligatorisk cell är tom.", en: "A required cell is empty." },
    (a: CellPlace) => ({ ...place(a), header: a.header }),
  ),
  VALUE_INVALID_DATE: entry(
    "error",
    { sv: "En cell kan inte läsas som ett datum.", en: "A cell cannot be read as a date." },
    (a: CellText) => cellText(a),
  ),
  VALUE_INVALID_NUMBER: entry(
    "error",
    { sv: "En cell kan inte läsas som ett tal.", en: "A cell cannot be read as a number." },
    (a: CellText) => cellText(a),
  ),
  VALUE_INVALID_CHOICE: entry(
    "error",
    {
      sv: "En cell har ett värde som inte finns i listan (status, typ, riktning, bedömning, ja/nej).",
      en: "A cell holds a value that is not in its list (status, type, direction, assessment, yes/no).",
    },
    (a: CellText) => cellText(a),
  ),
};

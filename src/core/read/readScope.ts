/**
 * What reading a plan needs of a workbook (locateTable's rule turned round): the Excel
 * tables named like plan tables, and the sheets named like them in either language, where
 * a table copied as plain cells is found. An adapter that can read less than the whole
 * workbook (inside Excel, where every read has a size limit) reads these and no more,
 * besides what a use case names itself (an import source).
 */
import { TABLES } from "../schema";
import { normaliseText } from "./readText";

const planTableNames = new Set(TABLES.map((t) => t.name.toLowerCase()));
const planSheetNames = new Set(TABLES.flatMap((t) => [normaliseText(t.sheet.sv), normaliseText(t.sheet.en)]));

/** True for an Excel table locateTable may take as a plan table (its name, any case). */
export function isPlanTableName(name: string): boolean {
  return planTableNames.has(name.trim().toLowerCase());
}

/** True for a sheet locateTable may take a plan table from (its name in either language). */
export function isPlanSheetName(name: string): boolean {
  return planSheetNames.has(normaliseText(name));
}

/** True when `name` is one of `names`, compared as sheet names are read (trimmed, any case). */
export function sheetNamed(name: string, names: readonly string[]): boolean {
  const wanted = normaliseText(name);
  return names.some((n) => normaliseText(n) === wanted);
}

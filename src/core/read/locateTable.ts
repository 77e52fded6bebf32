/**
 * Finding a plan table in a workbook (docs/workbook.md, "Reading rules"): by its Excel
 * table name, else by its sheet name in either language when it was copied as
 * plain cells or made in another program.
 */
import { isBlank, type RawRange, type RawTable, type RawWorkbook } from "../cells";
import { normaliseText } from "./readText";
import { type TableName, tableSpec } from "../schema";

export type LocatedTable = { kind: "table"; range: RawTable } | { kind: "sheet"; range: RawRange };

/**
 * The range of a plan table, header row first: the Excel table of that name
 * (case-insensitive), else the used range of a sheet named like the table (trimmed,
 * case-insensitive, Swedish or English) from its first non-empty row; null when
 * neither exists or the sheet is empty.
 */
export function locateTable(raw: RawWorkbook, name: TableName): LocatedTable | null {
  const wanted = name.toLowerCase();
  const table = raw.tables.find((t) => t.name.trim().toLowerCase() === wanted);
  if (table) return { kind: "table", range: table };
  const spec = tableSpec(name);
  const sheetNames = new Set([normaliseText(spec.sheet.sv), normaliseText(spec.sheet.en)]);
  const sheet = raw.sheets.find((s) => sheetNames.has(normaliseText(s.sheet)));
  if (!sheet) return null;
  const first = sheet.values.findIndex((row) => row.some((v) => !isBlank(v)));
  if (first < 0) return null;
  const range: RawRange = {
    sheet: sheet.sheet,
    top: sheet.top + first,
    left: sheet.left,
    values: sheet.values.slice(first),
  };
  return { kind: "sheet", range };
}

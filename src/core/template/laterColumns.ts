/**
 * Which columns set-up adds to a user's existing tables (docs/workbook.md "Writing
 * rules"): the schema's LATER_COLUMNS a found Excel table lacks, at its end, when the
 * cells they would take (from the header row to the last row, right of the table) are
 * empty and no other table is there. Otherwise the table is left as it is and named,
 * so that nothing is moved or overwritten.
 */
import { isBlank, type RawWorkbook } from "../cells";
import { sameSheetName } from "../cells";
import { LATER_COLUMNS, tableColumns, type TableName } from "../schema";
import { planTables, type Plan, type TableInfo } from "../plan";
import type { ColumnAddition } from "./template.types";
import { formatOfColumn, widthOfColumn } from "./templateStyle";

/** Why a table does not get its missing columns. */
export type ColumnsNotAdded = {
  readonly table: TableName;
  readonly sheet: string;
  /**
   * "cellsNotEmpty": the cells to the right hold data or another table; "notTable": plain
   * cells or a hidden header row; "notSupported": the host cannot widen a table (Excel
   * before ExcelApi 1.13).
   */
  readonly reason: "cellsNotEmpty" | "notTable" | "notSupported";
  readonly headers: readonly string[];
};

export type LaterColumns = { readonly additions: ColumnAddition[]; readonly notAdded: ColumnsNotAdded[] };

/** True when the sheet's cells in the rows and columns given are all empty and no other table covers them. */
function spaceIsFree(raw: RawWorkbook, info: TableInfo, width: number): boolean {
  const sheet = info.sheet;
  if (sheet === null) return false;
  const [top, bottom] = [Math.max(info.headerRow, 0), info.lastRow];
  const [left, right] = [info.lastCol + 1, info.lastCol + width];
  for (const range of raw.sheets) {
    if (!sameSheetName(range.sheet, sheet)) continue;
    for (let r = top; r <= bottom; r++) {
      const row = range.values[r - range.top];
      if (!row) continue;
      for (let c = left; c <= right; c++) if (!isBlank(row[c - range.left])) return false;
    }
  }
  return !raw.tables.some((t) => {
    if (!sameSheetName(t.sheet, sheet)) return false;
    const tRight = t.left + (t.values[0]?.length ?? 1) - 1;
    const tBottom = t.top + Math.max(t.values.length, 1) - 1;
    return t.left <= right && tRight >= left && t.top <= bottom && tBottom >= top;
  });
}

/** The columns to add to each existing table of a read plan, and the tables that cannot take them. */
export function laterColumns(raw: RawWorkbook, plan: Plan): LaterColumns {
  const out: LaterColumns = { additions: [], notAdded: [] };
  for (const info of planTables(plan)) {
    if (info.found === "missing" || info.sheet === null) continue;
    const columns: Record<string, number | undefined> = info.columns;
    const missing = tableColumns(info.name).filter(
      (c) =>
        LATER_COLUMNS.some((l) => l.table === info.name && l.key === c.key) && columns[c.key] === undefined,
    );
    if (missing.length === 0) continue;
    const headers = missing.map((c) => c.header[plan.lang]);
    if (info.found !== "table" || !info.headerShown)
      out.notAdded.push({ table: info.name, sheet: info.sheet, reason: "notTable", headers });
    else if (!spaceIsFree(raw, info, missing.length))
      out.notAdded.push({ table: info.name, sheet: info.sheet, reason: "cellsNotEmpty", headers });
    else
      out.additions.push({
        table: info.name,
        headers,
        formats: missing.map(formatOfColumn),
        widths: missing.map((c) => widthOfColumn(c, plan.lang)),
      });
  }
  return out;
}

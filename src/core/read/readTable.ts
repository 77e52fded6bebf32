/**
 * Reading one matched table: where it lies, its structure problems, and its rows
 * typed cell by cell (rowReader.ts). Linear in the table's size.
 */
import { isBlank } from "../cells";
import type { Lang } from "../language";
import { problemAt, type MatchedTable } from "./matchTable";
import { type ColumnKey, tableColumns, type TableName } from "../schema";
import { type ReadProblem, type TableInfo } from "../plan";
import { rowContext, rowReader, type RowReader } from "./rowReader";

export type { RowReader };

/** Where a matched table lies on its sheet (plan.types.ts TableInfo). */
export function tableInfo<T extends TableName>(t: MatchedTable<T>): TableInfo<T> {
  const { located } = t;
  if (!located) {
    return {
      name: t.spec.name,
      found: "missing",
      sheet: null,
      headerRow: 0,
      headerShown: true,
      columns: {},
      firstCol: 0,
      lastCol: 0,
      lastRow: 0,
    };
  }
  const r = located.range;
  const width = r.values.reduce((w, row) => Math.max(w, row.length), 0);
  let last = r.values.length - 1;
  // A sheet's used range may end in blank rows; the table ends at its last row with data.
  if (located.kind === "sheet") while (last > 0 && (r.values[last] ?? []).every(isBlank)) last--;
  const columns: { [K in ColumnKey<T>]?: number } = {};
  for (const c of tableColumns<T>(t.spec.name)) {
    const i = t.columns[c.key];
    if (i !== undefined) columns[c.key] = r.left + i;
  }
  return {
    name: t.spec.name,
    found: located.kind,
    sheet: r.sheet,
    headerRow: r.top,
    headerShown: located.kind === "sheet" || located.range.headerShown !== false,
    columns,
    firstCol: r.left,
    lastCol: r.left + Math.max(width, 1) - 1,
    lastRow: r.top + Math.max(last, 0),
  };
}

/** The problems of a table's structure: the table missing, or required columns missing. */
export function structureProblems<T extends TableName>(t: MatchedTable<T>, lang: Lang): ReadProblem[] {
  if (!t.located) return [problemAt(t, "TABLE_MISSING", null, {})];
  return tableColumns<T>(t.spec.name)
    .filter((c) => c.required && t.columns[c.key] === undefined)
    .map((c) => problemAt(t, "COLUMN_MISSING", null, { column: c.key, header: c.header[lang] }));
}

/**
 * Reads every row of a matched table that has something in one of the schema's
 * columns, through `build`; problems are added to `problems` in row, then column order.
 */
export function readRows<R, T extends TableName>(
  t: MatchedTable<T>,
  lang: Lang,
  rowIdKey: ColumnKey<T>,
  problems: ReadProblem[],
  build: (r: RowReader<T>) => R,
): R[] {
  if (!t.located) return [];
  const { values, top } = t.located.range;
  const indices = Object.values<number | undefined>(t.columns).filter((c) => c !== undefined);
  const rows: R[] = [];
  const found: ReadProblem[] = [];
  const context = rowContext(t, lang, rowIdKey, found);
  for (let i = 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    // Notes in extra columns do not make a row: only the schema's columns count.
    if (indices.every((c) => isBlank(cells[c]))) continue;
    rows.push(build(rowReader(context, cells, top + i)));
  }
  found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  problems.push(...found);
  return rows;
}

/**
 * Matching a located table's header row to the schema's columns, in either
 * language, and the problem record every reader emits.
 */
import { a1 } from "../cells";
import type { LocatedTable } from "./locateTable";
import {
  type ColumnIndex,
  type ColumnKey,
  type ColumnSpec,
  tableColumns,
  type TableName,
  type TableSpecOf,
} from "../schema";
import { type ReadProblem } from "../plan";
import { normaliseText, readText } from "./readValues";

/** A header or key as compared: no case, spaces, hyphens or a trailing ":" or "*". */
export function headerKey(text: string): string {
  return normaliseText(text)
    .replace(/[:*]+$/, "")
    .replace(/[\s\-–_]+/g, "");
}

/** A table as located, with its columns matched (index within the range, by key). */
export type MatchedTable<T extends TableName = TableName> = {
  readonly spec: TableSpecOf<T>;
  readonly located: LocatedTable | null;
  readonly columns: ColumnIndex<T>;
  /** How many sheet names and headers are written in each language (for plan.lang). */
  readonly votes: { readonly sv: number; readonly en: number };
};

function vote(votes: { sv: number; en: number }, text: string, label: { sv: string; en: string }): void {
  const k = headerKey(text);
  const sv = headerKey(label.sv);
  const en = headerKey(label.en);
  if (sv === en) return;
  if (k === sv) votes.sv++;
  else if (k === en) votes.en++;
}

/** Matches a located table's header row to the spec's columns; the first match of a header wins. */
export function matchTable<T extends TableName>(
  spec: TableSpecOf<T>,
  located: LocatedTable | null,
): MatchedTable<T> {
  const columns: { [K in ColumnKey<T>]?: number } = {};
  const votes = { sv: 0, en: 0 };
  if (!located) return { spec, located, columns, votes };
  vote(votes, located.range.sheet, spec.sheet);
  const byHeader = new Map<string, ColumnSpec<ColumnKey<T>>>();
  for (const c of tableColumns<T>(spec.name)) {
    byHeader.set(headerKey(c.header.sv), c);
    byHeader.set(headerKey(c.header.en), c);
  }
  const header = located.range.values[0] ?? [];
  header.forEach((cell, i) => {
    const text = readText(cell);
    const c = text === null ? undefined : byHeader.get(headerKey(text));
    if (!c || text === null || columns[c.key] !== undefined) return;
    columns[c.key] = i;
    vote(votes, text, c.header);
  });
  return { spec, located, columns, votes };
}

/** A problem at a located table (sheet known); cell fields filled in by the caller where there is one. */
export function problemAt<T extends TableName>(
  t: MatchedTable<T>,
  code: ReadProblem["code"],
  at: { row: number; col: number } | null,
  extra: { column?: string | null; header?: string | null; text?: string | null; rowId?: string | null },
): ReadProblem {
  return {
    code,
    table: t.spec.name,
    sheet: t.located?.range.sheet ?? null,
    cell: at ? a1(at.row, at.col) : null,
    row: at?.row ?? null,
    col: at?.col ?? null,
    column: extra.column ?? null,
    header: extra.header ?? null,
    text: extra.text ?? null,
    rowId: extra.rowId ?? null,
  };
}

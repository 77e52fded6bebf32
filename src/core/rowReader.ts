/**
 * Typed access to the cells of one table row: each read converts the cell per its
 * column and records VALUE_REQUIRED / VALUE_INVALID_* problems at the cell.
 */
import { isBlank, type CellValue } from "./cells";
import type { IsoDate } from "./dates";
import type { ReadProblem } from "./plan.types";
import { problemAt, type MatchedTable } from "./matchTable";
import {
  cellText,
  readArticleRefs,
  readChoice,
  readDate,
  readNumber,
  readText,
  type ArticleRefs,
  type ReadResult,
} from "./readValues";
import type { ColumnSpec } from "./schema";

/** Typed access to one row's cells; each read records its own problems. */
export type RowReader = {
  /** 0-based sheet row. */
  readonly row: number;
  text(key: string): string | null;
  date(key: string): IsoDate | null;
  /** Numbers and money. */
  number(key: string): number | null;
  /** A whole number; a fraction is VALUE_INVALID_NUMBER. */
  integer(key: string): number | null;
  /** The choice's value in CHOICES, or null. */
  choice(key: string): string | null;
  articles(key: string): ArticleRefs;
};

/** What every row of one table shares, built once per table. */
export type RowContext = {
  readonly table: MatchedTable;
  readonly left: number;
  readonly specs: ReadonlyMap<string, ColumnSpec>;
  readonly idIndex: number | undefined;
  readonly problems: ReadProblem[];
};

/** The shared context for reading a table's rows; problems are pushed to `problems`. */
export function rowContext(
  table: MatchedTable,
  rowIdKey: string | null,
  problems: ReadProblem[],
): RowContext {
  return {
    table,
    left: table.located?.range.left ?? 0,
    specs: new Map(table.spec.columns.map((c) => [c.key, c])),
    idIndex: rowIdKey === null ? undefined : table.columns[rowIdKey],
    problems,
  };
}

function readInteger(v: CellValue): ReadResult<number> {
  const r = readNumber(v);
  return r.ok && r.value !== null && !Number.isInteger(r.value) ? { ok: false, text: cellText(v) } : r;
}

/** A reader for one row's cells (`row` is the 0-based sheet row). */
export function rowReader(ctx: RowContext, values: readonly CellValue[], row: number): RowReader {
  const { table, left, specs, problems } = ctx;
  const rowId = ctx.idIndex === undefined ? null : readText(values[ctx.idIndex]);
  const cellOf = (key: string): CellValue => {
    const i = table.columns[key];
    return i === undefined ? null : values[i];
  };
  const report = (key: string, code: ReadProblem["code"], text: string | null): void => {
    const col = left + (table.columns[key] ?? 0);
    problems.push(problemAt(table, code, { row, col }, { column: key, text, rowId }));
  };
  // Only a present column can require a cell; an absent one is COLUMN_MISSING already.
  const required = (key: string, v: CellValue): void => {
    if (specs.get(key)?.required && table.columns[key] !== undefined && isBlank(v))
      report(key, "VALUE_REQUIRED", null);
  };
  const typed = <T>(
    key: string,
    code: ReadProblem["code"],
    read: (v: CellValue) => ReadResult<T>,
  ): T | null => {
    const v = cellOf(key);
    required(key, v);
    const r = read(v);
    if (r.ok) return r.value;
    report(key, code, r.text);
    return null;
  };
  return {
    row,
    text: (key) => {
      const v = cellOf(key);
      required(key, v);
      return readText(v);
    },
    date: (key) => typed(key, "VALUE_INVALID_DATE", readDate),
    number: (key) => typed(key, "VALUE_INVALID_NUMBER", readNumber),
    integer: (key) => typed(key, "VALUE_INVALID_NUMBER", readInteger),
    choice: (key) => {
      const list = specs.get(key)?.choices;
      return list ? typed(key, "VALUE_INVALID_CHOICE", (v) => readChoice(list, v)) : null;
    },
    articles: (key) => {
      const v = cellOf(key);
      required(key, v);
      return readArticleRefs(v);
    },
  };
}

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

/**
 * One row's reader. A class rather than an object of closures: a plan has tens of
 * thousands of rows, and methods on the prototype cost nothing per row.
 */
class TableRowReader implements RowReader {
  constructor(
    private readonly ctx: RowContext,
    private readonly values: readonly CellValue[],
    readonly row: number,
  ) {}

  private cellOf(key: string): CellValue {
    const i = this.ctx.table.columns[key];
    return i === undefined ? null : this.values[i];
  }

  private report(key: string, code: ReadProblem["code"], text: string | null): void {
    const { table, left, idIndex, problems } = this.ctx;
    const col = left + (table.columns[key] ?? 0);
    const rowId = idIndex === undefined ? null : readText(this.values[idIndex]);
    problems.push(problemAt(table, code, { row: this.row, col }, { column: key, text, rowId }));
  }

  /** Only a present column can require a cell; an absent one is COLUMN_MISSING already. */
  private required(key: string, v: CellValue): void {
    if (this.ctx.specs.get(key)?.required && this.ctx.table.columns[key] !== undefined && isBlank(v))
      this.report(key, "VALUE_REQUIRED", null);
  }

  private typed<T>(key: string, code: ReadProblem["code"], read: (v: CellValue) => ReadResult<T>): T | null {
    const v = this.cellOf(key);
    this.required(key, v);
    const r = read(v);
    if (r.ok) return r.value;
    this.report(key, code, r.text);
    return null;
  }

  text(key: string): string | null {
    const v = this.cellOf(key);
    this.required(key, v);
    return readText(v);
  }

  date(key: string): IsoDate | null {
    return this.typed(key, "VALUE_INVALID_DATE", readDate);
  }

  number(key: string): number | null {
    return this.typed(key, "VALUE_INVALID_NUMBER", readNumber);
  }

  integer(key: string): number | null {
    return this.typed(key, "VALUE_INVALID_NUMBER", readInteger);
  }

  choice(key: string): string | null {
    const list = this.ctx.specs.get(key)?.choices;
    return list ? this.typed(key, "VALUE_INVALID_CHOICE", (v) => readChoice(list, v)) : null;
  }

  articles(key: string): ArticleRefs {
    const v = this.cellOf(key);
    this.required(key, v);
    return readArticleRefs(v);
  }
}

/** A reader for one row's cells (`row` is the 0-based sheet row). */
export function rowReader(ctx: RowContext, values: readonly CellValue[], row: number): RowReader {
  return new TableRowReader(ctx, values, row);
}

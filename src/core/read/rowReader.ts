/**
 * Typed access to the cells of one table row: each read converts the cell per its
 * column and records VALUE_REQUIRED / VALUE_INVALID_* problems at the cell.
 */
import { isBlank, type CellValue } from "../cells";
import type { IsoDate } from "../dates";
import { type ChoiceListName, type ChoiceValue } from "../choices";
import { type ColumnKey, type ColumnSpec, tableColumns, type TableName, type TableSpecOf } from "../schema";
import { type ReadProblem } from "../plan";
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
import type { Lang } from "../language";
import { readNationalGoalRefs, type NationalGoalRefs } from "../nationalGoals";

/** The columns of a table, each with its own key, type and choice list. */
type ColumnOf<T extends TableName> = TableSpecOf<T>["columns"][number];

/** The keys of a table's choice columns. */
type ChoiceKey<T extends TableName> = Extract<ColumnOf<T>, { readonly type: "choice" }>["key"];

/** The values of a choice column's list: `ChoiceOf<"FollowUp", "status">` is Status. */
type ChoiceOf<T extends TableName, K extends ChoiceKey<T>> = ChoiceValue<
  Extract<Extract<ColumnOf<T>, { readonly key: K }>["choices"], ChoiceListName>
>;

/** Typed access to one row's cells, by the table's column keys; each read records its own problems. */
export type RowReader<T extends TableName> = {
  /** 0-based sheet row. */
  readonly row: number;
  text(key: ColumnKey<T>): string | null;
  date(key: ColumnKey<T>): IsoDate | null;
  /** Numbers and money. */
  number(key: ColumnKey<T>): number | null;
  /** A whole number; a fraction is VALUE_INVALID_NUMBER. */
  integer(key: ColumnKey<T>): number | null;
  /** The choice's value in its column's list (CHOICES), or null. */
  choice<K extends ChoiceKey<T>>(key: K): ChoiceOf<T, K> | null;
  articles(key: ColumnKey<T>): ArticleRefs;
  /** National sub-goals; what is not understood is reported by the checks, not here. */
  nationalGoals(key: ColumnKey<T>): NationalGoalRefs;
};

/** What every row of one table shares, built once per table. */
export type RowContext<T extends TableName> = {
  readonly table: MatchedTable<T>;
  /** The workbook's language: a problem names its column's header in it. */
  readonly lang: Lang;
  readonly left: number;
  readonly specs: ReadonlyMap<ColumnKey<T>, ColumnSpec<ColumnKey<T>>>;
  readonly idIndex: number | undefined;
  readonly problems: ReadProblem[];
};

/** The shared context for reading a table's rows; problems are pushed to `problems`. */
export function rowContext<T extends TableName>(
  table: MatchedTable<T>,
  lang: Lang,
  rowIdKey: ColumnKey<T>,
  problems: ReadProblem[],
): RowContext<T> {
  return {
    table,
    lang,
    left: table.located?.range.left ?? 0,
    specs: new Map(tableColumns<T>(table.spec.name).map((c) => [c.key, c])),
    idIndex: table.columns[rowIdKey],
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
class TableRowReader<T extends TableName> implements RowReader<T> {
  constructor(
    private readonly ctx: RowContext<T>,
    private readonly values: readonly CellValue[],
    readonly row: number,
  ) {}

  private cellOf(key: ColumnKey<T>): CellValue {
    const i = this.ctx.table.columns[key];
    return i === undefined ? null : this.values[i];
  }

  private report(key: ColumnKey<T>, code: ReadProblem["code"], text: string | null): void {
    const { table, lang, left, specs, idIndex, problems } = this.ctx;
    const col = left + (table.columns[key] ?? 0);
    const rowId = idIndex === undefined ? null : readText(this.values[idIndex]);
    const header = specs.get(key)?.header[lang] ?? null;
    problems.push(problemAt(table, code, { row: this.row, col }, { column: key, header, text, rowId }));
  }

  /** Only a present column can require a cell; an absent one is COLUMN_MISSING already. */
  private required(key: ColumnKey<T>, v: CellValue): void {
    if (this.ctx.specs.get(key)?.required && this.ctx.table.columns[key] !== undefined && isBlank(v))
      this.report(key, "VALUE_REQUIRED", null);
  }

  private typed<V>(
    key: ColumnKey<T>,
    code: ReadProblem["code"],
    read: (v: CellValue) => ReadResult<V>,
  ): V | null {
    const v = this.cellOf(key);
    this.required(key, v);
    const r = read(v);
    if (r.ok) return r.value;
    this.report(key, code, r.text);
    return null;
  }

  text(key: ColumnKey<T>): string | null {
    const v = this.cellOf(key);
    this.required(key, v);
    return readText(v);
  }

  date(key: ColumnKey<T>): IsoDate | null {
    return this.typed(key, "VALUE_INVALID_DATE", readDate);
  }

  number(key: ColumnKey<T>): number | null {
    return this.typed(key, "VALUE_INVALID_NUMBER", readNumber);
  }

  integer(key: ColumnKey<T>): number | null {
    return this.typed(key, "VALUE_INVALID_NUMBER", readInteger);
  }

  // readChoice gives a value of the column's own list (CHOICES), which is what ChoiceOf names.
  choice<K extends ChoiceKey<T>>(key: K): ChoiceOf<T, K> | null;
  choice(key: ColumnKey<T>): string | null {
    const list = this.ctx.specs.get(key)?.choices;
    return list ? this.typed(key, "VALUE_INVALID_CHOICE", (v) => readChoice(list, v)) : null;
  }

  articles(key: ColumnKey<T>): ArticleRefs {
    const v = this.cellOf(key);
    this.required(key, v);
    return readArticleRefs(v);
  }

  nationalGoals(key: ColumnKey<T>): NationalGoalRefs {
    const v = this.cellOf(key);
    this.required(key, v);
    return readNationalGoalRefs(v);
  }
}

/** A reader for one row's cells (`row` is the 0-based sheet row). */
export function rowReader<T extends TableName>(
  ctx: RowContext<T>,
  values: readonly CellValue[],
  row: number,
): RowReader<T> {
  return new TableRowReader(ctx, values, row);
}

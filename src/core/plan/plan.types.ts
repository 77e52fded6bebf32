/**
 * The plan as read from a workbook: typed rows, each with its sheet row so that
 * every finding can point at a cell, and the problems met while reading.
 */
import type { CellRef } from "../cells";
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import type { NationalGoalNumber } from "../nationalGoals";
import type { ChoiceListName, ChoiceValue } from "../choices";
import type { ColumnIndex, ColumnType, PlanKey, TableName, TableSpecOf } from "../schema";

export type CharterVersion = 2006 | 2022;

/** Where a table was found, and which of its columns are present. */
export type TableInfo<T extends TableName = TableName> = {
  readonly name: T;
  /** "table": an Excel table; "sheet": plain cells on a sheet of the table's name. */
  readonly found: "table" | "sheet" | "missing";
  /** The sheet's real name, or null when the table is missing. */
  readonly sheet: string | null;
  /**
   * 0-based sheet row of the header row; when the header row is hidden, the row
   * above the first body row (-1 when that is the sheet's first row).
   */
  readonly headerRow: number;
  /** False when the Excel table's header row is hidden (RawTable.headerShown). */
  readonly headerShown: boolean;
  /** 0-based sheet column of each present column, by column key. */
  readonly columns: ColumnIndex<T>;
  /** 0-based sheet column range covered by the table (first, last). */
  readonly firstCol: number;
  readonly lastCol: number;
  /** 0-based sheet row of the last row of the table (header row when empty). */
  readonly lastRow: number;
};

/** Every row carries its 0-based sheet row. */
export type RowBase = { readonly row: number };

export type PlanFacts = {
  readonly organisation: string | null;
  readonly planName: string | null;
  readonly signed: IsoDate | null;
  readonly adopted: IsoDate | null;
  readonly periodStart: IsoDate | null;
  readonly periodEnd: IsoDate | null;
  readonly currency: string;
  readonly charterVersion: CharterVersion;
  /** The value cell of each key's row, for keys whose row exists. */
  readonly cells: Readonly<Partial<Record<PlanKey, CellRef>>>;
};

/**
 * What a cell of each column type holds once read: null when empty or unreadable;
 * a list column is a list, empty when nothing is read.
 */
type ReadValue = {
  readonly text: string | null;
  readonly id: string | null;
  readonly ref: string | null;
  readonly date: IsoDate | null;
  readonly number: number | null;
  readonly money: number | null;
  readonly integer: number | null;
  /** Article numbers read from the Artikel cell (any number; range checks come later). */
  readonly articles: readonly number[];
  /** National sub-goals read from the Nationellt delmål cell (empty when the column is absent). */
  readonly nationalGoals: readonly NationalGoalNumber[];
};

/** A choice column's value: its list's value, a yes/no as a boolean. */
type ChoiceRead<L extends ChoiceListName> = (L extends "yesNo" ? boolean : ChoiceValue<L>) | null;

/** The value of one column as read, by its type and choice list in the schema. */
type ColumnRead<C> = C extends { readonly type: "choice"; readonly choices?: infer L }
  ? ChoiceRead<Extract<L, ChoiceListName>>
  : C extends { readonly type: infer T extends Exclude<ColumnType, "choice"> }
    ? ReadValue[T]
    : never;

/**
 * A table's row as read, derived from the schema (../schema/schema.ts TABLES): one field per
 * column, keyed by the column's key and typed by its type, plus its sheet row. A column
 * or choice added to the schema is a field or value here.
 */
export type RowOf<T extends TableName> = RowBase & {
  readonly [C in TableSpecOf<T>["columns"][number] as C["key"]]: ColumnRead<C>;
};

export type ArticleRow = RowOf<"Articles">;

export type GoalRow = RowOf<"Goals"> & {
  /** Parts of the Artikel cell that name no article ("Art. x"). */
  readonly articleTextsNotUnderstood: readonly string[];
  /** Parts of the Nationellt delmål cell that name no sub-goal 1–6. */
  readonly nationalGoalTextsNotUnderstood: readonly string[];
  /** Numbers written in the old (2006–2016) numbering and the sub-goal they were read as by their name. */
  readonly nationalGoalsOldNumbering: readonly {
    readonly written: number;
    readonly read: NationalGoalNumber;
  }[];
};

export type ActivityRow = RowOf<"Activities">;

export type PeriodRow = RowOf<"Periods">;

/** A follow-up row; its Åtgärd (action) is null when empty or the column is absent. */
export type FollowUpRow = RowOf<"FollowUp">;

/** An indicator value row; its Åtgärd (action) is null when empty or the column is absent. */
export type IndicatorValueRow = RowOf<"IndicatorValues">;

export type TableRead<R, T extends TableName> = { readonly table: TableInfo<T>; readonly rows: readonly R[] };

/** A problem met while reading: reported by the checks as a finding of the same code. */
export type ReadProblem = {
  readonly code:
    | "TABLE_MISSING"
    | "COLUMN_MISSING"
    | "VALUE_REQUIRED"
    | "VALUE_INVALID_DATE"
    | "VALUE_INVALID_NUMBER"
    | "VALUE_INVALID_CHOICE";
  readonly table: TableName;
  /** Null for a missing table. */
  readonly sheet: string | null;
  /** Null for a missing table or column. */
  readonly cell: string | null;
  /** 0-based sheet row and column of the cell, when there is one (for sorting). */
  readonly row: number | null;
  readonly col: number | null;
  /** The column key (or Plan key) concerned, when there is one. */
  readonly column: string | null;
  /** The column's header (a Plan key's label) in the workbook's language; null for a missing table. */
  readonly header: string | null;
  /** The cell's text as found, for messages. */
  readonly text: string | null;
  /** The ID of the row (Goal ID, Activity ID, Period), when it has one. */
  readonly rowId: string | null;
};

export type Plan = {
  /** The language the workbook is written in (its sheet names and headers). */
  readonly lang: Lang;
  readonly facts: PlanFacts;
  /** Where the Plan table was found (its rows are read into `facts`). */
  readonly planTable: TableInfo<"Plan">;
  readonly articles: TableRead<ArticleRow, "Articles">;
  readonly goals: TableRead<GoalRow, "Goals">;
  readonly activities: TableRead<ActivityRow, "Activities">;
  readonly periods: TableRead<PeriodRow, "Periods">;
  readonly followUp: TableRead<FollowUpRow, "FollowUp">;
  readonly indicatorValues: TableRead<IndicatorValueRow, "IndicatorValues">;
  readonly problems: readonly ReadProblem[];
};

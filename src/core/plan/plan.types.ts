/**
 * The plan as read from a workbook: typed rows, each with its sheet row so that
 * every finding can point at a cell, and the problems met while reading.
 */
import type { CellRef } from "../cells";
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import type { NationalGoalNumber } from "../nationalGoals";
import type { Assessment, ColumnIndex, Direction, PeriodType, PlanKey, Status, TableName } from "./schema";

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

export type ArticleRow = RowBase & {
  readonly article: number | null;
  readonly title: string | null;
  readonly area: string | null;
  readonly prioritised: boolean | null;
  readonly rationale: string | null;
};

export type GoalRow = RowBase & {
  readonly id: string | null;
  /** Article numbers read from the Artikel cell (any number; range checks come later). */
  readonly articles: readonly number[];
  /** Parts of the Artikel cell that name no article ("Art. x"). */
  readonly articleTextsNotUnderstood: readonly string[];
  readonly goal: string | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly direction: Direction | null;
  readonly responsible: string | null;
  /** National sub-goals read from the Nationellt delmål cell (empty when the column is absent). */
  readonly nationalGoals: readonly NationalGoalNumber[];
  /** Parts of that cell that name no sub-goal 1–6. */
  readonly nationalGoalTextsNotUnderstood: readonly string[];
  /** Numbers written in the old (2006–2016) numbering and the sub-goal they were read as by their name. */
  readonly nationalGoalsOldNumbering: readonly {
    readonly written: number;
    readonly read: NationalGoalNumber;
  }[];
  readonly regionalGoal: string | null;
};

export type ActivityRow = RowBase & {
  readonly id: string | null;
  readonly goalId: string | null;
  readonly activity: string | null;
  readonly responsible: string | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly budget: number | null;
  readonly resources: string | null;
  readonly timeframe: string | null;
};

export type PeriodRow = RowBase & {
  readonly period: string | null;
  readonly type: PeriodType | null;
  readonly cutoff: IsoDate | null;
};

export type FollowUpRow = RowBase & {
  readonly period: string | null;
  readonly activityId: string | null;
  readonly status: Status | null;
  readonly outcome: number | null;
  readonly forecast: number | null;
  readonly comment: string | null;
  /** What will be done about a deviation (Åtgärd); null when empty or the column is absent. */
  readonly action: string | null;
};

export type IndicatorValueRow = RowBase & {
  readonly period: string | null;
  readonly goalId: string | null;
  readonly women: number | null;
  readonly men: number | null;
  readonly total: number | null;
  readonly assessment: Assessment | null;
  readonly comment: string | null;
  /** What will be done about a deviation (Åtgärd); null when empty or the column is absent. */
  readonly action: string | null;
};

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

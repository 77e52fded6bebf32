/** What importing a loose list gives (import.md): goals, activities and what was not understood. */
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import type { ColumnMapping, HeaderColumn } from "./recogniseColumns";

export type ImportOptions = {
  /** The user's corrected mapping; replaces the recognised one entirely. */
  readonly mapping?: ColumnMapping;
  /** The plan period, for "Löpande", "senast juni 2019" and the like. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** IDs already in the workbook: new IDs continue after them and never reuse one. */
  readonly existingGoalIds?: readonly string[];
  readonly existingActivityIds?: readonly string[];
  readonly lang: Lang;
};

export type ImportedGoal = {
  readonly id: string;
  readonly articles: readonly number[];
  readonly goal: string;
  readonly indicator: string | null;
  readonly target: number | null;
  /** The A1 address of the cell the goal's text came from (its first occurrence). */
  readonly cell: string;
};

export type ImportedActivity = {
  readonly id: string;
  readonly goalId: string;
  readonly activity: string;
  readonly responsible: string | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly budget: number | null;
  readonly resources: string | null;
  /** The timeframe as the list wrote it (also when it was not understood). */
  readonly timeframe: string | null;
  readonly cell: string;
};

/** Why a cell was not understood. */
export type NotUnderstoodReason =
  | "article" // the article cell names no article (or only in part)
  | "noArticle" // a goal, or an activity under it, without any article
  | "noGoal" // an activity without a goal above it
  | "noActivity" // a row with details (responsible, timeframe …) but no activity
  | "timeframe"
  | "start"
  | "end"
  | "budget"
  | "target";

export type NotUnderstood = {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly reason: NotUnderstoodReason;
};

export type ImportWarningCode =
  | "NO_HEADER_ROW" // the range is empty
  | "COLUMN_NOT_FOUND" // no column for article, goal or activity (text: the meaning)
  | "HEADER_NOT_RECOGNISED" // a header that got no meaning (cell, text)
  | "MAPPING_INVALID" // a corrected mapping points outside the range (text: the meaning)
  | "GOAL_DETAIL_DIFFERS" // a later row of a goal gives another indicator or target (cell, text)
  | "NUMBERING_CONTINUED"; // IDs continue after existing ones (text: the highest existing Goal ID)

export type ImportWarning = {
  readonly code: ImportWarningCode;
  readonly cell: string | null;
  readonly text: string | null;
};

export type ImportResult = {
  readonly sheet: string;
  readonly mapping: ColumnMapping;
  readonly headers: readonly HeaderColumn[];
  readonly goals: readonly ImportedGoal[];
  readonly activities: readonly ImportedActivity[];
  readonly notUnderstood: readonly NotUnderstood[];
  readonly warnings: readonly ImportWarning[];
  /** Which numbering the new IDs continue: the highest existing Goal ID, or null when they start at M1. */
  readonly numbering: { readonly continuedAfter: string | null; readonly firstGoalId: string | null };
};

/** import.md's JSON for the command line's `import --json`. */
export type ImportJson = {
  goals: { id: string; articles: number[]; goal: string }[];
  activities: {
    id: string;
    goalId: string;
    activity: string;
    responsible: string | null;
    start: IsoDate | null;
    end: IsoDate | null;
    timeframe: string | null;
  }[];
  notUnderstood: { sheet: string; cell: string; text: string }[];
};

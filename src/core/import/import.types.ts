/** What importing a loose list gives (docs/import.md): goals, activities and what was not understood. */
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import type { NationalGoalNumber } from "../nationalGoals";
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
  /** The document's own number for the goal ("1.", "Mål 2", "a)"), or null. */
  readonly numbering: string | null;
  readonly articles: readonly number[];
  readonly goal: string;
  readonly indicator: string | null;
  readonly target: number | null;
  /** The national gender-equality sub-goals: its own column or label, else the sub-goal heading above it. */
  readonly nationalGoals: readonly NationalGoalNumber[];
  readonly regionalGoal: string | null;
  /** The A1 address of the cell the goal's text came from (its first occurrence). */
  readonly cell: string;
};

export type ImportedActivity = {
  readonly id: string;
  /** The document's own number for the activity ("1.1", "b)"), or null (a bullet). */
  readonly numbering: string | null;
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
  | "budget" // a budget with a number that is not one amount in kronor (kept in Resurser)
  | "perYear" // an amount per year or month (kept in Resurser, never multiplied)
  | "target"
  | "nationalGoal" // a Nationellt delmål cell or label that names none of the six sub-goals
  | "text" // a line of a document that is no goal, activity or part of one
  | "subPoint" // a point under an activity, one level deeper than the activities
  | "noData"; // a row with text only in columns that are not imported

export type NotUnderstood = {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly reason: NotUnderstoodReason;
};

/**
 * What a line (a row of a sheet, a line of pasted text) was taken as, so that every
 * line of the input is accounted for in the preview.
 */
export type LineRole =
  | "aboveHeader" // a title, note or blank-ish row above the header row: ignored
  | "header" // the header row (or one of its two rows)
  | "beforeList" // document text before the first goal or article heading: ignored
  | "heading" // an article heading or a label such as "Aktiviteter:"
  | "goal"
  | "activity"
  | "part" // continues the line above: a wrapped line or labelled parts ("Ansvar: HR")
  | "notUnderstood"; // listed in notUnderstood

export type SourceLine = {
  /** The line's first cell ("A5"; for pasted text, A + the line number). */
  readonly cell: string;
  readonly text: string;
  readonly role: LineRole;
  /** The goal and activity IDs made from this line. */
  readonly ids: readonly string[];
};

/** A reading the preview shows because it is more than copying: amounts and timeframe words. */
export type ImportReading =
  | {
      readonly kind: "amount";
      readonly cell: string;
      /** The amount as written ("50 tkr", or "50" under a "Budget (tkr)" header). */
      readonly text: string;
      readonly kronor: number;
      /** Where it was written: the budget, or resources that were one amount in kronor. */
      readonly from: "budget" | "resources";
      /** The header whose unit multiplied a bare number ("Budget (tkr)"), else null. */
      readonly unitHeader: string | null;
    }
  | { readonly kind: "toResources"; readonly cell: string; readonly text: string }
  | {
      readonly kind: "timeframe";
      readonly cell: string;
      readonly text: string;
      readonly how: "recurring" | "wholePeriod" | "from" | "deadline";
      readonly start: IsoDate | null;
      readonly end: IsoDate | null;
    };

export type ImportWarningCode =
  | "NO_HEADER_ROW" // no row with two recognised headers, and no goal or article headings either
  | "EMPTY" // the range holds nothing
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
  /** Where the lines came from: a sheet's cells, or text pasted into the view. */
  readonly source: "cells" | "text";
  /** How the list was read: a table under a header row, or a document-shaped list. */
  readonly shape: "table" | "document" | null;
  /** The header row's cells ("A4:H5"), or null for a document or when none was found. */
  readonly headerRange: string | null;
  readonly mapping: ColumnMapping;
  readonly headers: readonly HeaderColumn[];
  readonly goals: readonly ImportedGoal[];
  readonly activities: readonly ImportedActivity[];
  readonly notUnderstood: readonly NotUnderstood[];
  /** Every non-empty line of the input, in order, with what it was taken as. */
  readonly lines: readonly SourceLine[];
  readonly readings: readonly ImportReading[];
  readonly warnings: readonly ImportWarning[];
  /** Which numbering the new IDs continue: the highest existing Goal ID, or null when they start at M1. */
  readonly numbering: { readonly continuedAfter: string | null; readonly firstGoalId: string | null };
};

/**
 * docs/import.md's JSON for the command line's `import --json`: its fields, plus fields
 * that say more (numbering, cells, resources, readings, ignored lines, the shape).
 */
export type ImportJson = {
  shape: "table" | "document" | null;
  headerRange: string | null;
  goals: {
    id: string;
    articles: number[];
    goal: string;
    numbering: string | null;
    indicator: string | null;
    target: number | null;
    nationalGoals: number[];
    regionalGoal: string | null;
    cell: string;
  }[];
  activities: {
    id: string;
    goalId: string;
    activity: string;
    responsible: string | null;
    start: IsoDate | null;
    end: IsoDate | null;
    timeframe: string | null;
    budget: number | null;
    resources: string | null;
    numbering: string | null;
    cell: string;
  }[];
  notUnderstood: { sheet: string; cell: string; text: string; reason: NotUnderstoodReason }[];
  ignored: { sheet: string; cell: string; text: string }[];
  readings: ImportReading[];
};

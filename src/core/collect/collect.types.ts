/**
 * A reporting round as data: the hand-outs sent to each responsible, and the
 * preview of bringing their answers back into the master workbook.
 */
import type { CellRef } from "../cells";
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import type { ColumnKey } from "../schema";
import type { ActivityRow, ArticleRow, GoalRow, PeriodRow, PlanFacts } from "../plan";

/** Which master, period and responsible a hand-out was made for (written into the hand-out). */
export type HandoutIdentity = {
  readonly organisation: string | null;
  readonly planName: string | null;
  readonly period: string;
  /** The responsible as first spelled in the master; null for activities and goals without one. */
  readonly responsible: string | null;
};

/** The two tables a unit fills in. */
export type AnswerTable = "FollowUp" | "IndicatorValues";

/**
 * The values a unit fills in, by column key (FollowUp: status, outcome, forecast,
 * comment; IndicatorValues: women, men, total, assessment, comment). Choices are
 * the schema's values ("done"), not labels.
 */
export type AnswerValues = Readonly<Record<string, string | number | null>>;

/** A row of a hand-out to fill in, with the last earlier report for reference. */
export type HandoutRow = {
  readonly table: AnswerTable;
  readonly period: string;
  readonly id: string;
  /** The activity's or goal's text, shown beside the ID. */
  readonly name: string | null;
  /** Pre-filled: the master's row for this period, else all null. */
  readonly values: AnswerValues;
  /** The latest earlier period's report, or null when there is none. */
  readonly previous: { readonly period: string; readonly values: AnswerValues } | null;
};

/** Everything one responsible's hand-out holds. */
export type Handout = {
  readonly identity: HandoutIdentity;
  /** The responsible, or "(utan ansvarig)" / "(no responsible)". */
  readonly label: string;
  /** "<period> - <label>.xlsx", safe as a file name, unique in the round. */
  readonly fileName: string;
  readonly lang: Lang;
  readonly cutoff: IsoDate;
  readonly facts: PlanFacts;
  readonly articles: readonly ArticleRow[];
  /** The unit's goals, and the goals its activities belong to (for reference). */
  readonly goals: readonly GoalRow[];
  readonly activities: readonly ActivityRow[];
  readonly periods: readonly PeriodRow[];
  readonly followUp: readonly HandoutRow[];
  readonly indicators: readonly HandoutRow[];
};

/** One answer of a returned file for a known activity or goal of the period. */
export type AnswerRow = {
  /** Table, period and ID, normalised: the same for the same row in any file. */
  readonly key: string;
  readonly table: AnswerTable;
  /** Period and ID as the master spells them. */
  readonly period: string;
  readonly id: string;
  readonly file: string;
  /** The ID cell of the row in the returned file. */
  readonly cell: CellRef | null;
  readonly after: AnswerValues;
  /** The master's row for the same period and ID, or null when it has none. */
  readonly before: AnswerValues | null;
  /** 0-based sheet row of that master row. */
  readonly masterRow: number | null;
};

/** A row the master does not know, or of another period: listed and ignored. */
export type IgnoredRow = {
  readonly table: AnswerTable;
  readonly period: string;
  readonly id: string;
  readonly cell: CellRef | null;
};

/** A cell the unit should not have changed (it was protected): listed, never applied. */
export type ProtectedChange = {
  readonly table: "Plan" | "Goals" | "Activities";
  readonly id: string;
  /** The column key, or null when the whole row was added or removed. */
  readonly column: ColumnKey<"Plan" | "Goals" | "Activities"> | null;
  readonly before: string | number | null;
  readonly after: string | number | null;
};

/**
 * How a file was taken: "ok"; "noIdentity" (no hand-out marks: its rows are still
 * read); "otherPeriod" and "otherPlan" (made for another round or master: nothing
 * is taken).
 */
export type FileStatus = "ok" | "noIdentity" | "otherPeriod" | "otherPlan";

export type UnitPreview = {
  readonly file: string;
  readonly status: FileStatus;
  readonly identity: HandoutIdentity | null;
  /** The responsible or, without identity, the file name. */
  readonly label: string;
  readonly added: readonly AnswerRow[];
  readonly changed: readonly AnswerRow[];
  readonly unchanged: readonly AnswerRow[];
  /** Rows that disagree with another unit's (or another row's) answer. */
  readonly conflicting: readonly AnswerRow[];
  /** Pre-filled rows the unit left empty. */
  readonly unanswered: readonly IgnoredRow[];
  readonly unknown: readonly IgnoredRow[];
  readonly otherPeriod: readonly IgnoredRow[];
  readonly protectedChanges: readonly ProtectedChange[];
};

/** Two or more answers for the same period and ID that differ. */
export type Conflict = {
  readonly key: string;
  readonly table: AnswerTable;
  readonly period: string;
  readonly id: string;
  readonly before: AnswerValues | null;
  readonly answers: readonly {
    readonly file: string;
    readonly label: string;
    readonly values: AnswerValues;
  }[];
};

export type CollectPreview = {
  /** The period as the master spells it. */
  readonly period: string;
  readonly units: readonly UnitPreview[];
  readonly conflicts: readonly Conflict[];
  /** Responsibles who had a hand-out and returned no file of this round. */
  readonly missing: readonly string[];
};

/** The coordinator's choices before writing. */
export type CollectDecisions = {
  /** Changed rows (by key) whose master row may be replaced, or "all". Default none. */
  readonly replace?: "all" | readonly string[];
  /** Conflicts resolved: key → the file whose answer is taken (counts as confirmation). */
  readonly choose?: Readonly<Record<string, string>>;
};

export type NotApplied = {
  readonly key: string;
  readonly table: AnswerTable;
  readonly period: string;
  readonly id: string;
  readonly reason: "conflict" | "notConfirmed" | "cannotUpdate";
};

/** What writing the decisions does to the master. */
export type CollectRows = {
  readonly append: readonly AnswerRow[];
  readonly update: readonly AnswerRow[];
  readonly notApplied: readonly NotApplied[];
};

/**
 * What every part of the finding catalogue shares (docs/findings.md): severities, the
 * shape of an entry, and how a message names a row.
 */
import type { IsoDate } from "../../dates";
import type { Bilingual, Lang } from "../../language";
import type { CharterVersion } from "../../plan";

/** How much a finding matters (docs/findings.md). */
export type Severity = "error" | "warning" | "info";

/** A code's message in each language, from its findings' arguments. */
export type Messages<A> = { readonly [L in Lang]: (a: A) => string };

export type FindingEntry<A> = {
  readonly severity: Severity;
  readonly meaning: Bilingual;
  readonly message: Messages<A>;
};

/** An entry; its arguments' type is the one the Swedish message declares. */
export const entry = <A>(severity: Severity, meaning: Bilingual, message: Messages<A>): FindingEntry<A> => ({
  severity,
  meaning,
  message,
});

/** The arguments of a code whose message mentions nothing. */
export type None = Readonly<Record<string, never>>;

/** Where a row is named: by its ID when it has one, else by its 0-based sheet row. */
export type RowPlace = { readonly id: string | null; readonly row: number };

/** A cell's problem: its column's header (as the workbook writes it) and its row. */
export type CellPlace = RowPlace & { readonly header: string };

/** A cell's problem with the cell's text as found. */
export type CellText = CellPlace & { readonly text: string };

export type ArticleUnknown = RowPlace &
  (
    | {
        readonly kind: "outsideVersion";
        readonly article: string;
        readonly version: CharterVersion;
        readonly max: number;
      }
    | { readonly kind: "notUnderstood"; readonly text: string }
  );

export type PeriodInvalid =
  | { readonly kind: "startMissing" }
  | { readonly kind: "endMissing" }
  | { readonly kind: "endBeforeStart"; readonly start: IsoDate; readonly end: IsoDate };

/** `column`: which amount exceeds; `currency`: the plan's. */
export type OverBudget = {
  readonly activity: string;
  readonly period: string;
  readonly column: "forecast" | "outcome";
  readonly amount: number;
  readonly budget: number;
  readonly currency: string;
};

/** A 0-based sheet row as the user counts it. */
export const n = (row: number): number => row + 1;

/** "raden för A3" / "rad 7": where a row is, by its ID when it has one. */
export const where = (a: RowPlace, lang: Lang): string =>
  a.id
    ? lang === "sv"
      ? `raden för ${a.id}`
      : `the row of ${a.id}`
    : lang === "sv"
      ? `rad ${n(a.row)}`
      : `row ${n(a.row)}`;

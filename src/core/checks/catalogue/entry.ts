/**
 * What every part of the finding catalogue shares (docs/findings.md): severities, the
 * shape of an entry, and the named arguments by which a message names a row.
 */
import type { IsoDate } from "../../dates";
import type { Bilingual, Lang } from "../../language";
import type { CharterVersion } from "../../plan";
import type { MessageArgs } from "../../text";

/** How much a finding matters (docs/findings.md). */
export type Severity = "error" | "warning" | "info";

/**
 * The named arguments of a code's message (its phrasebooks sv.ts and en.ts) from the
 * arguments its findings carry. The language only formats values (money, a sheet's
 * name, a list); it never chooses words, which the messages do.
 */
export type Words<A, W extends MessageArgs = MessageArgs> = (a: A, lang: Lang) => W;

export type FindingEntry<A, W extends MessageArgs = MessageArgs> = {
  readonly severity: Severity;
  readonly meaning: Bilingual;
  readonly words: Words<A, W>;
};

/** An entry; its findings' arguments are the type its `words` declares, its message's arguments what they return. */
export const entry = <A, W extends MessageArgs>(
  severity: Severity,
  meaning: Bilingual,
  words: Words<A, W>,
): FindingEntry<A, W> => ({ severity, meaning, words });

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

/**
 * Where a row is, as a message's arguments: `place` is "id" when the row has an ID and
 * "row" otherwise, for the message's `{place, select, id {raden för {id}} other {rad {row}}}`.
 */
export const place = (
  a: RowPlace,
): { readonly place: "id" | "row"; readonly id: string; readonly row: number } => ({
  place: a.id ? "id" : "row",
  id: a.id ?? "",
  row: n(a.row),
});

/** A cell's problem with its text, as a message's arguments. */
export const cellText = (
  a: CellText,
): ReturnType<typeof place> & { readonly header: string; readonly text: string } => ({
  ...place(a),
  header: a.header,
  text: a.text,
});

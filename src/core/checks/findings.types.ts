/**
 * Findings (docs/findings.md): what a check reports, each at the cell to fix, as data.
 * A finding holds its code and the arguments its message needs, not the message:
 * the words are rendered at the surface, in the user's language. Codes and their
 * arguments come from the catalog (findingCodes.ts), one entry per code.
 */
import type { FINDINGS, Severity } from "./findingCodes";

export type { Severity };

type Catalog = typeof FINDINGS;

/** A finding code (docs/findings.md), as the catalog lists them. */
export type FindingCode = keyof Catalog;

/** What each code's findings carry: the argument its entry's `words` take. */
export type FindingArgs = { readonly [C in FindingCode]: Parameters<Catalog[C]["words"]>[0] };

/** The named arguments each code's message is said with (catalogue/sv.ts, catalogue/en.ts). */
export type FindingWords = { readonly [C in FindingCode]: ReturnType<Catalog[C]["words"]> };

/** A finding of one code. */
export type FindingOf<C extends FindingCode> = {
  readonly code: C;
  readonly severity: Severity;
  /** The sheet's real name; null for a finding about the workbook as a whole. */
  readonly sheet: string | null;
  /** The A1 address of the cell to fix; null when there is none. */
  readonly cell: string | null;
  /** The IDs concerned (goal, activity, period, article number as text). */
  readonly refs: readonly string[];
  /** What its message mentions (findingMessage renders it in a language). */
  readonly args: FindingArgs[C];
};

/** A finding: a union discriminated by its code. */
export type Finding = { readonly [C in FindingCode]: FindingOf<C> }[FindingCode];

/**
 * Findings rendered at the surface: a finding's message in a language, its JSON
 * (docs/findings.md), and the catalog's codes with their severity and meaning (docs/findings.md,
 * UI legend), all from the catalog's entries (findingCodes.ts).
 */
import { FINDINGS, type FindingEntry } from "./findingCodes";
import type { Finding, FindingArgs, FindingCode, FindingOf, Severity } from "./findings.types";
import type { Bilingual, Lang } from "../language";

/** The catalog typed by code, so that a finding's arguments fit its code's message. */
const CATALOG: { readonly [C in FindingCode]: FindingEntry<FindingArgs[C]> } = FINDINGS;

/** Every code in the order of docs/findings.md's catalog (also the order of findings at one cell). */
export const FINDING_CODES = Object.keys(FINDINGS) as readonly FindingCode[];

/** The severity of a finding code. */
export function severityOf(code: FindingCode): Severity {
  return CATALOG[code].severity;
}

/** Every code in catalog order with its severity and meaning (docs/findings.md, UI legend). */
export function findingLegend(): readonly {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly meaning: Bilingual;
}[] {
  return FINDING_CODES.map((code) => ({
    code,
    severity: FINDINGS[code].severity,
    meaning: FINDINGS[code].meaning,
  }));
}

function messageOf<C extends FindingCode>(f: FindingOf<C>, lang: Lang): string {
  return CATALOG[f.code].message[lang](f.args);
}

/** A finding's message in a language: one sentence naming the row and what to do. */
export function findingMessage(f: Finding, lang: Lang): string {
  return messageOf(f, lang);
}

/** A finding as docs/findings.md's JSON, with its message in a language. */
export type FindingJson = {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  readonly refs: readonly string[];
};

/** docs/findings.md's JSON of a finding (the command line's `--json`), the message in `lang`. */
export function findingJson(f: Finding, lang: Lang): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: findingMessage(f, lang),
    refs: f.refs,
  };
}

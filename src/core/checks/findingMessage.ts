/**
 * Findings rendered at the surface: a finding's message in a language, its JSON
 * (docs/findings.md), and the catalog's codes with their severity and meaning (docs/findings.md,
 * UI legend), all from the catalog's entries (findingCodes.ts).
 */
import { EN } from "./catalogue/en";
import { SV } from "./catalogue/sv";
import { FINDINGS, type FindingEntry } from "./findingCodes";
import type { Finding, FindingArgs, FindingCode, FindingOf, FindingWords, Severity } from "./findings.types";
import type { Bilingual, Lang } from "../language";
import { speaker, type Phrasebooks } from "../text";

/** The catalog typed by code, so that a finding's arguments fit its code's `words`. */
const CATALOG: { readonly [C in FindingCode]: FindingEntry<FindingArgs[C], FindingWords[C]> } = FINDINGS;

/** The messages of every code, one whole sentence per language (catalogue/sv.ts, catalogue/en.ts). */
export const FINDING_BOOKS: Phrasebooks<FindingCode> = { sv: SV, en: EN };

const say = speaker(FINDING_BOOKS);

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

/** The named arguments a finding's message is said with in a language. */
export function findingWords<C extends FindingCode>(f: FindingOf<C>, lang: Lang): FindingWords[C] {
  return CATALOG[f.code].words(f.args, lang);
}

function messageOf<C extends FindingCode>(f: FindingOf<C>, lang: Lang): string {
  return say(f.code, lang, findingWords(f, lang));
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

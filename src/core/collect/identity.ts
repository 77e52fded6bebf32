/**
 * The hand-out's identity: extra key / value rows in its Plan table (the reader
 * ignores keys it does not know), so the unit sees what the file is for and
 * collect can tell which master, period and responsible a returned file is from.
 */
import type { RawWorkbook } from "../cells";
import type { Bilingual, Lang } from "../language";
import { headerKey, locateTable, normaliseText, readText } from "../read";
import type { Plan } from "../plan";
import type { HandoutIdentity } from "./collect.types";

/** The extra Plan keys of a hand-out. */
export const IDENTITY_KEYS: Readonly<Record<"responsible" | "period", Bilingual>> = {
  responsible: { sv: "Underlag för", en: "Hand-out for" },
  period: { sv: "Underlag för period", en: "Hand-out period" },
};

/** The group of activities and goals that name no responsible. */
export const NO_RESPONSIBLE: Bilingual = { sv: "(utan ansvarig)", en: "(no responsible)" };

/** A responsible's name as grouped: trimmed, any case, any spaces. */
export function responsibleKey(name: string | null): string {
  // Stryker disable next-line StringLiteral: any text no read name normalises to keys the no-responsible group alike (test/mutation/equivalent.md)
  return name === null ? "" : normaliseText(name);
}

/** The label of a responsible: the name, or the no-responsible label. */
export function responsibleLabel(name: string | null, lang: Lang): string {
  return name ?? NO_RESPONSIBLE[lang];
}

/** The Plan rows that mark a hand-out, in the hand-out's language. */
export function identityRows(identity: HandoutIdentity, lang: Lang): [string, string][] {
  return [
    [IDENTITY_KEYS.responsible[lang], responsibleLabel(identity.responsible, lang)],
    [IDENTITY_KEYS.period[lang], identity.period],
  ];
}

const isKey = (label: string, key: Bilingual): boolean =>
  headerKey(label) === headerKey(key.sv) || headerKey(label) === headerKey(key.en);

/** The identity written into a hand-out, or null when the workbook is no hand-out. */
export function readIdentity(raw: RawWorkbook, plan: Plan): HandoutIdentity | null {
  const located = locateTable(raw, "Plan");
  const info = plan.planTable;
  const keyCol = info.columns["key"];
  const valueCol = info.columns["value"];
  if (!located || keyCol === undefined || valueCol === undefined) return null;
  const { values, top, left } = located.range;
  let responsible: string | null | undefined;
  let period: string | null = null;
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: a start on the header row (never a key) or a step past the end (no cell, skipped) reads the same (test/mutation/equivalent.md)
  for (let i = info.headerRow - top + 1; i < values.length; i++) {
    const label = readText(values[i]?.[keyCol - left]);
    const value = readText(values[i]?.[valueCol - left]);
    if (label === null) continue;
    if (responsible === undefined && isKey(label, IDENTITY_KEYS.responsible)) {
      responsible = value === null || isKey(value, NO_RESPONSIBLE) ? null : value;
    } else if (period === null && isKey(label, IDENTITY_KEYS.period)) period = value;
  }
  if (responsible === undefined || period === null) return null;
  return { organisation: plan.facts.organisation, planName: plan.facts.planName, period, responsible };
}

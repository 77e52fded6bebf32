/**
 * Amounts as plans write them: "50 tkr", "1,2 mnkr", "2 mkr", "200 000 kr",
 * "SEK 50,000", "ca 75 000 kronor". Each becomes kronor with the reading kept, so
 * the preview can say "50 tkr → 50 000 kr". Amounts per year ("30 000 kr/år"),
 * ranges, sums and anything else unclear are not read: nothing is multiplied by
 * a guess.
 */
import type { CellValue } from "../cells";
import { normaliseText, readNumber, readText } from "../read";

/** How a budget cell or part was read. */
export type AmountReading =
  | { readonly kind: "blank" }
  /** Kronor; `scaled` when a unit (tkr, mkr, a header's "(tkr)") multiplied the number written. */
  | { readonly kind: "amount"; readonly kronor: number; readonly text: string; readonly scaled: boolean }
  /** Words without a number ("inom befintlig ram"): resources, not a budget. */
  | { readonly kind: "words"; readonly text: string }
  /** Something with a number that is not one amount in kronor; kept as written. */
  | { readonly kind: "unclear"; readonly text: string; readonly why: "perYear" | "unclear" };

/** A budget column's unit, from its header: "Budget (tkr)" counts in thousands. */
export type HeaderUnit = { readonly multiplier: number; readonly header: string };

const THOUSANDS = "tkr|tkronor|tsek|ksek|kkr|tusen kronor|tusen kr|tusen|thousand|k";
const MILLIONS =
  "mkr|mnkr|msek|mn kr|milj kr|miljoner kronor|miljoner kr|miljoner|miljon kronor|miljon|million|millions|mn|m";
const KRONOR = "kr|kronor|sek|:-";

/** Words before an amount that do not change it: an estimate is still the budget. */
const ABOUT =
  /^(?:ca|cirka|circa|ungefär|omkring|about|approximately|approx|around|est|estimated|upp till|up to|max|högst|maximalt|totalt|total)\s+/;
/** Amounts per period: never multiplied by the plan's years. */
const PER_PERIOD = new RegExp(
  [
    "(?:/|(?<![\\p{L}\\d])(?:per|om|a)\\s+)(?:år|året|månad|månaden|mån|kvartal|termin|vecka|year|annum|month|quarter|week|yr)(?![\\p{L}\\d])",
    "(?<![\\p{L}\\d])(?:årligen|årlig|varje år|annually|yearly|monthly|each year|every year)(?![\\p{L}\\d])",
  ].join("|"),
  "u",
);

function multiplierOf(unit: string): number {
  if (new RegExp(`^(?:${THOUSANDS})$`).test(unit)) return 1000;
  if (new RegExp(`^(?:${MILLIONS})$`).test(unit)) return 1_000_000;
  return 1;
}

/** A header's unit in thousands or millions of kronor, or null ("Budget (kr)", "Kostnad"). */
export function headerUnit(header: string | null | undefined): HeaderUnit | null {
  if (!header) return null;
  const h = normaliseText(header)
    .replace(/[().,:]/g, " ")
    .replace(/\s+/g, " ");
  if (
    new RegExp(
      `(?:^|\\s)(?:tkr|tsek|ksek|kkr|tusen kronor|tusen kr|tusental kronor|tusental kr|thousand sek|sek thousand|'000 sek)(?:\\s|$)`,
    ).test(h)
  )
    return { multiplier: 1000, header };
  if (
    new RegExp(
      `(?:^|\\s)(?:mkr|mnkr|msek|mn kr|milj kr|miljoner kronor|miljoner kr|million sek|sek million|sek m)(?:\\s|$)`,
    ).test(h)
  )
    return { multiplier: 1_000_000, header };
  return null;
}

/** Kronor without the noise of binary fractions (1,2 × 1 000 000 is 1 200 000). */
const roundKronor = (n: number): number => Math.round(n * 100) / 100;

/**
 * The number part of an amount: readNumber's forms, and "50,000" (or a saving, "-50,000")
 * as fifty thousand when no unit multiplies it (kronor are not written with three decimals).
 */
function amountNumber(body: string, multiplier: number): number | null {
  if (/^[+-]?\d{1,3}(?:,\d{3})+$/.test(body)) return multiplier === 1 ? Number(body.replace(/,/g, "")) : null;
  const n = readNumber(body);
  return n.ok ? n.value : null;
}

/**
 * An amount in kronor from text, or null when the text is not one amount.
 * The unit may stand before ("SEK 50 000", "MSEK 1,2") or after ("50 tkr").
 */
function textAmount(raw: string, headerMultiplier: number): { kronor: number; scaled: boolean } | null {
  // A full stop ends the sentence ("120 tkr.", "50,000 ."), with or without a space before it.
  let s = normaliseText(raw)
    .replace(/\u2212/g, "-")
    .replace(/\s*\.$/, "");
  s = s.replace(/\b(milj|mnkr|tkr|mkr|kr|sek)\./g, "$1");
  s = s.replace(ABOUT, "");
  // "SEK 1.2 million", "kr 50 tusen": the currency in front of a multiplied amount.
  s = s.replace(new RegExp(`^(?:sek|kr)\\s*(?=\\d[\\d\\s.,]*\\s*(?:${THOUSANDS}|${MILLIONS})$)`), "");
  let unit = "";
  const after = new RegExp(`^(.*?\\d)\\s*(${THOUSANDS}|${MILLIONS}|${KRONOR})$`).exec(s);
  const before = new RegExp(`^(${THOUSANDS}|${MILLIONS}|${KRONOR})\\s*(\\d.*)$`).exec(s);
  let body = s;
  if (after?.[1] && after[2]) [body, unit] = [after[1], after[2]];
  else if (before?.[1] && before[2]) [unit, body] = [before[1], before[2]];
  // "50 tusen kronor", "2 miljoner kr": a multiplier word then the currency.
  const two = new RegExp(`^(.*?\\d)\\s*(${THOUSANDS}|${MILLIONS})\\s+(?:${KRONOR})$`).exec(s);
  if (two?.[1] && two[2]) [body, unit] = [two[1], two[2]];
  if (!/^[+-]?\d[\d\s.,]*$/.test(body)) return null;
  const unitMultiplier = unit === "" ? headerMultiplier : multiplierOf(unit);
  const n = amountNumber(body, unitMultiplier);
  if (n === null) return null;
  return { kronor: roundKronor(n * unitMultiplier), scaled: unitMultiplier !== 1 };
}

/**
 * How a budget value reads. A number is kronor (times the header's unit); text is
 * read with its own unit, which wins over the header's.
 * @example readAmount("50 tkr") → { kind: "amount", kronor: 50000, text: "50 tkr", scaled: true }
 * @example readAmount("30 000 kr/år") → { kind: "unclear", why: "perYear" }
 */
export function readAmount(value: CellValue, unit: HeaderUnit | null = null): AmountReading {
  const multiplier = unit?.multiplier ?? 1;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "unclear", text: String(value), why: "unclear" };
    return {
      kind: "amount",
      kronor: roundKronor(value * multiplier),
      text: String(value),
      scaled: multiplier !== 1,
    };
  }
  const text = readText(value);
  if (text === null) return { kind: "blank" };
  if (typeof value !== "string") return { kind: "unclear", text, why: "unclear" };
  if (text.length > 80)
    return /\d/.test(text) ? { kind: "unclear", text, why: "unclear" } : { kind: "words", text };
  const norm = normaliseText(text);
  if (PER_PERIOD.test(norm) && /\d/.test(norm)) return { kind: "unclear", text, why: "perYear" };
  const amount = textAmount(text, multiplier);
  if (amount) return { kind: "amount", kronor: amount.kronor, text, scaled: amount.scaled };
  return /\d/.test(text) ? { kind: "unclear", text, why: "unclear" } : { kind: "words", text };
}

/**
 * A resources text that is wholly an amount with a unit ("50 tkr", "200 000 kr"),
 * read as kronor; null otherwise. "2 tjänster" and bare numbers stay resources.
 */
export function resourcesAmount(value: CellValue): { kronor: number; text: string; scaled: boolean } | null {
  if (typeof value !== "string") return null;
  const norm = normaliseText(value);
  if (
    !new RegExp(`(?:\\d|\\s)(?:${THOUSANDS}|${MILLIONS}|${KRONOR})\\.?$|^(?:sek|msek|ksek)\\s*\\d`).test(norm)
  )
    return null;
  const r = readAmount(value);
  return r.kind === "amount" ? { kronor: r.kronor, text: r.text, scaled: r.scaled } : null;
}

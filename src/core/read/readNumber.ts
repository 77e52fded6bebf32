/**
 * Reading a number cell as a person means it (docs/workbook.md, "Reading rules"): numbers,
 * or text with Swedish or English grouping, a decimal comma, either minus sign and a
 * currency or percent sign. Text that could mean two different numbers is unreadable.
 */
import type { CellValue } from "../cells";
import { normaliseText, unreadable, type ReadResult } from "./readText";

/**
 * Units a person writes after (or, for SEK, before) an amount. "tkr" and "mkr" are
 * deliberately absent: "500 tkr" would have to be multiplied, and a cell is read as
 * the number written, so such a cell is reported for the user to write in full.
 */
const SUFFIX = /\s*(?:kr\.?|kronor|sek|:-|%)$/;
const PREFIX = /^(?:sek)\s*/;
/** Digits with optional groups and one decimal part; separators resolved below. */
const NUMBER_BODY = /^[0-9][0-9 .,]*$|^[.,][0-9]+$/;
const EXPONENT = /^(.*?)e([+-]?\d{1,3})$/;

/** Groups of exactly three digits after the first group of one to three. */
function isGrouped(parts: readonly string[]): boolean {
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
}

/** The plain digits-and-point form of a written number, or null when it is unclear. */
function canonical(body: string): string | null {
  const spaced = body.split(" ");
  if (spaced.length > 1) {
    // Space grouping: "1 234 567,50"; the decimal part hangs on the last group.
    // Stryker disable next-line StringLiteral: for the type only: a split in two or more parts has a last one
    const last = spaced[spaced.length - 1] ?? "";
    // Stryker disable next-line StringLiteral: for the type only: a split always gives a first part
    const lastGroup = last.split(/[.,]/)[0] ?? "";
    // The groups before the last are bare digits, so a decimal mark can only hang on the last.
    if (!isGrouped([...spaced.slice(0, -1), lastGroup])) return null;
    body = spaced.join("");
  }
  const commas = body.split(",").length - 1;
  const points = body.split(".").length - 1;
  // Stryker disable next-line ConditionalExpression: bare digits read the same through the lone-mark path below, as "1234." is 1234
  if (commas === 0 && points === 0) return body;
  if (commas > 0 && points > 0) {
    // Both: the later one is the decimal mark, the other groups thousands ("1.234,50", "1,234.50").
    // Stryker disable next-line EqualityOperator: a comma and a point are never at the same place
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    // Stryker disable next-line StringLiteral: for the type only: the body holds the decimal mark, so the split has two parts or more
    const [whole = "", frac = "", ...rest] = body.split(decimal);
    if (rest.length > 0 || !isGrouped(whole.split(group))) return null;
    return `${whole.split(group).join("")}.${frac}`;
  }
  const mark = commas > 0 ? "," : ".";
  const parts = body.split(mark);
  if (parts.length > 2) return isGrouped(parts) ? parts.join("") : null; // "1.234.567"
  // Stryker disable next-line StringLiteral: for the type only: the body holds the mark once, so the split has two parts
  const [whole = "", frac = ""] = parts;
  // A decimal comma is the Swedish way. A lone point is a decimal point unless it
  // could be grouping ("1.234": one thousand or one point two?); that is refused.
  if (mark === "." && frac.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return null;
  return `${whole}.${frac}`;
}

function numberFromText(raw: string): number | null {
  let text = normaliseText(raw).replace(/\u2212/g, "-");
  // normaliseText trims, and the unit patterns take the spaces beside them.
  text = text.replace(SUFFIX, "").replace(PREFIX, "");
  let sign = 1;
  if (text.startsWith("-") || text.startsWith("+")) {
    sign = text.startsWith("-") ? -1 : 1;
    text = text.slice(1).trim();
  }
  let exponent = 0;
  const e = EXPONENT.exec(text);
  if (e) {
    // Stryker disable next-line StringLiteral: for the type only: the group (.*?) always takes part in a match
    text = e[1] ?? "";
    exponent = Number(e[2]);
  }
  if (!NUMBER_BODY.test(text)) return null;
  const plain = canonical(text);
  // Stryker disable next-line ConditionalExpression: without it "nulle0" is NaN, refused below alike
  if (plain === null) return null;
  // Via the exponent form so that "1,1E-1" is exactly 0.11, not a product's rounding.
  const n = sign * Number(`${plain}e${exponent}`);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

/**
 * A number cell as a number: value null when empty, ok false when it cannot be read.
 * @example readNumber("−3 000") → { ok: true, value: -3000 }; readNumber("45 %") → value 45
 */
export function readNumber(v: CellValue): ReadResult<number> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : unreadable(v);
  if (typeof v === "string") {
    if (v.trim() === "") return { ok: true, value: null };
    const n = numberFromText(v);
    return n === null ? unreadable(v) : { ok: true, value: n };
  }
  // Booleans and dates are not amounts, whatever Excel would make of them.
  return unreadable(v);
}

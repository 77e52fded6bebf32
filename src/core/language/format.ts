/**
 * Numbers and dates in running text: sv-SE grouping with a non-breaking space, a
 * decimal comma and the minus sign "−" in Swedish; en-GB conventions in English.
 * Only for text; cells always get numbers.
 */
import { isoParts, type IsoDate } from "../dates";
import type { Lang } from "./language";

const NBSP = "\u00a0";

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A number for text, with at most `decimals` decimals (trailing zeros dropped).
 * @example formatNumber(1234500, "sv") === "1 234 500" (with non-breaking spaces)
 * @example formatNumber(-3000, "sv") === "−3 000"
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", fracRaw = ""] = fixed.split(".");
  const frac = fracRaw.replace(/0+$/, "");
  const sv = lang === "sv";
  const body = group(intPart, sv ? NBSP : ",") + (frac ? (sv ? "," : ".") + frac : "");
  if (body.replace(/[^1-9]/g, "") === "") return body;
  return (negative ? (sv ? "\u2212" : "-") : "") + body;
}

/** An amount of money: "1 234 500 kr" in Swedish, "SEK 1,234,500" in English. */
export function formatMoney(value: number, lang: Lang, currency = "SEK"): string {
  const n = formatNumber(value, lang);
  if (lang === "sv") return currency === "SEK" ? `${n}${NBSP}kr` : `${n}${NBSP}${currency}`;
  return `${currency}${NBSP}${n}`;
}

/** A share (0–1) as whole percent: "42 %" in Swedish, "42%" in English. */
export function formatPercent(share: number, lang: Lang): string {
  const n = formatNumber(Math.round(share * 100), lang);
  return lang === "sv" ? `${n}${NBSP}%` : `${n}%`;
}

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date in running text: "31 augusti 2019" / "31 August 2019". */
export function formatDateLong(date: IsoDate, lang: Lang): string {
  const { year, month, day } = isoParts(date);
  const names = lang === "sv" ? MONTHS_SV : MONTHS_EN;
  return `${day} ${names[month - 1] ?? ""} ${year}`;
}

export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = { sv: MONTHS_SV, en: MONTHS_EN };

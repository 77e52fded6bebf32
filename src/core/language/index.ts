/**
 * The two languages of the product, and numbers and dates as running text reads them in each.
 */
export { formatDateLong, formatMoney, formatNumber, formatPercent, MONTH_NAMES } from "./format";
export { type Bilingual, type Lang, langFromTag, LANGS } from "./language";

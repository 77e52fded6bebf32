/**
 * Which number formats show a number as a date or time, so the reader hands the
 * core a Date for those cells (as Excel shows them) and a number for the rest.
 */

/** Built-in formats (ECMA-376 §18.8.30 and the East Asian ones) that are dates or times; 46 ([h]:mm:ss) is a duration. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55,
  56, 57, 58,
]);

/** True when a built-in format id is a date or time format. */
export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATES.has(id);
}

/**
 * True when a format code shows a date or time: after dropping quoted text,
 * escaped and padding characters and bracketed parts ([Red], [$-41D], [>=100]),
 * the first section still holds d, m, y, h, s or e (a year), scientific notation
 * (0.0E+00) aside. Elapsed-time codes ([h],
 * [mm], [ss]) are durations, not dates.
 */
export function isDateFormatCode(code: string): boolean {
  let section = "";
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (inQuote) {
      if (c === '"') inQuote = false;
      continue;
    }
    if (c === '"') inQuote = true;
    else if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === ";") break;
    else section += c;
  }
  if (/\[(h+|m+|s+)\]/i.test(section)) return false;
  const bare = section
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/e[+-]/gi, "");
  return /[dmyhse]/i.test(bare);
}

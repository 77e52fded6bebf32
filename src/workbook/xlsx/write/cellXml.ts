/**
 * One cell as sheet XML: a number as a number, text as an inline string (so the
 * shared string table is never rewritten, and text that starts with "=" is text),
 * an empty cell as its style alone.
 */
import { columnLetters } from "../../../core/cells";
import { xmlText } from "./xmlText";

export type CellValueOut = string | number | null;

/**
 * `_xHHHH_` is how OOXML escapes characters in strings, so a literal one in the
 * user's text is itself escaped (its "_" as `_x005F_`).
 */
export function escapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
}

/** Text as a cell's <t> holds it: OOXML escapes, then XML escapes. */
export function ooxmlString(text: string): string {
  return xmlText(escapeOoxml(text));
}

/** A number as the XML of a cell value (non-finite numbers have none). */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return Object.is(n, -0) ? "0" : String(n);
}

/** Column letters by index, computed once (a report writes tens of thousands of cells). */
const LETTERS: string[] = [];
const lettersOf = (col: number): string => (LETTERS[col] ??= columnLetters(col));

/** The tag names of a cell's elements with the part's prefix. */
type Tags = { c: string; v: string; is: string; t: string };
const TAGS = new Map<string, Tags>();
function tagsOf(prefix: string): Tags {
  let tags = TAGS.get(prefix);
  if (!tags) {
    const q = (local: string) => (prefix === "" ? local : `${prefix}:${local}`);
    tags = { c: q("c"), v: q("v"), is: q("is"), t: q("t") };
    TAGS.set(prefix, tags);
  }
  return tags;
}

/** The `<c>` element of a cell at a 0-based row and column, with style index `style` (0: none). */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  value: CellValueOut,
  style: number,
): string {
  const { c, v, is, t } = tagsOf(prefix);
  const s = style > 0 ? ` s="${style}"` : "";
  const r = `${lettersOf(col)}${row + 1}`;
  if (typeof value === "number") {
    const text = numberText(value);
    if (text !== null) return `<${c} r="${r}"${s}><${v}>${text}</${v}></${c}>`;
  } else if (typeof value === "string" && value !== "") {
    return `<${c} r="${r}"${s} t="inlineStr"><${is}><${t} xml:space="preserve">${ooxmlString(value)}</${t}></${is}></${c}>`;
  }
  return `<${c} r="${r}"${s}/>`;
}

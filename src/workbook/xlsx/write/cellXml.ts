/**
 * One cell as sheet XML: a number as a number, text as an inline string (so the
 * shared string table is never rewritten, and text that starts with "=" is text),
 * an empty cell as its style alone.
 */
import { a1 } from "../../../core/cells";
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

/** The `<c>` element of a cell at a 0-based row and column, with style index `style` (0: none). */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  value: CellValueOut,
  style: number,
): string {
  const c = prefix === "" ? "c" : `${prefix}:c`;
  const s = style > 0 ? ` s="${style}"` : "";
  const r = a1(row, col);
  if (typeof value === "number") {
    const text = numberText(value);
    if (text !== null) {
      const v = prefix === "" ? "v" : `${prefix}:v`;
      return `<${c} r="${r}"${s}><${v}>${text}</${v}></${c}>`;
    }
  } else if (typeof value === "string" && value !== "") {
    const is = prefix === "" ? "is" : `${prefix}:is`;
    const t = prefix === "" ? "t" : `${prefix}:t`;
    return `<${c} r="${r}"${s} t="inlineStr"><${is}><${t} xml:space="preserve">${ooxmlString(value)}</${t}></${is}></${c}>`;
  }
  return `<${c} r="${r}"${s}/>`;
}

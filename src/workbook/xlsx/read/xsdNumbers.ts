/**
 * Numbers as the file format writes them, not as JavaScript's `Number()` reads
 * text: a cell's number is an xsd:double (XML Schema Part 2, 3.2.5) and an index
 * an xsd:unsignedInt. `Number()` would also take "0x1A" (26), "Infinity", "1e",
 * " 1" with any Unicode space around it, or "" (0); none of these is a number a
 * writer of the format can produce, so none reads as one here.
 */

/** xsd:double's lexical form, without the special values (see readXsdDouble). */
const DOUBLE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** xsd:unsignedInt, without sign: decimal digits only. */
const UNSIGNED = /^\d{1,10}$/;

/** What a cell's number text is: a finite number, one of xsd's special values, or not a number. */
export type XsdDouble =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "special"; readonly text: "INF" | "-INF" | "+INF" | "NaN" }
  | { readonly kind: "invalid" };

/**
 * A cell's number text by the xsd:double grammar. The text must be exactly the
 * number: no white space around it (our writers, Excel's, LibreOffice's and
 * openpyxl's never put any there), no hexadecimal, no "Infinity", no digit
 * separators. INF, -INF (and XML Schema 1.1's +INF) and NaN are xsd:doubles that
 * no worksheet cell can hold (Excel stores an overflow as the error #NUM!), so
 * they are reported as "special" for the reader to refuse, not read as a value.
 * @example readXsdDouble("1.5E3") → { kind: "number", value: 1500 }
 * @example readXsdDouble("0x1A") → { kind: "invalid" }
 */
export function readXsdDouble(text: string): XsdDouble {
  if (text === "INF" || text === "-INF" || text === "+INF" || text === "NaN")
    return { kind: "special", text };
  if (!DOUBLE.test(text)) return { kind: "invalid" };
  const value = Number(text);
  // "1e999" fits the grammar but is beyond a double: xsd maps it to INF, which no cell holds.
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "special", text: "INF" };
}

/** An index or id written as xsd:unsignedInt, or null when the text is not one. */
export function readXsdUnsigned(text: string): number | null {
  if (!UNSIGNED.test(text)) return null;
  const n = Number(text);
  return n <= 0xffff_ffff ? n : null;
}

/**
 * XML's predefined entities and character references, decoded (for text the XML
 * scanner did not read itself); any other entity is refused, never expanded.
 */
import { PackageError } from "./packageError";

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is an error. */
export function decodeEntities(s: string, part: string | null): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new PackageError("damaged", "a bare '&' in XML", part);
    const ref = s.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref.charCodeAt(1) === 0x78 || ref.charCodeAt(1) === 0x58;
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        digits !== "" && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)
          ? parseInt(digits, hex ? 16 : 10)
          : NaN;
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        throw new PackageError("damaged", `an invalid character reference &${ref};`, part);
      decoded = String.fromCodePoint(code);
    } else {
      decoded = PREDEFINED[ref];
      if (decoded === undefined)
        throw new PackageError(
          "damaged",
          `an undeclared entity &${ref}; (entities are never expanded)`,
          part,
        );
    }
    out += s.slice(from, amp) + decoded;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

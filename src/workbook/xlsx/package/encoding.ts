/**
 * The text encoding of an XML part, as XML 1.0 (section 4.3.3 and appendix F)
 * determines it: a byte-order mark, else the first bytes of `<?xml` in UTF-16,
 * else UTF-8; then the encoding the declaration names must agree with the
 * family found. Office packages are UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4);
 * any other declared encoding is refused with one line naming it, never decoded
 * as UTF-8 into replacement characters. Decoding is fatal: invalid UTF-8 or
 * UTF-16 is refused, not repaired.
 *
 * A part we edit is written back in the encoding it came in (same byte order,
 * the byte-order mark kept or left out as it was), so its declaration stays true.
 */
import { PackageError } from "./packageError";

/** How a part's text is stored. */
export type PartEncoding = {
  readonly label: "utf-8" | "utf-16le" | "utf-16be";
  /** The part starts with a byte-order mark. */
  readonly bom: boolean;
};

export const UTF8: PartEncoding = { label: "utf-8", bom: false };

/** The declaration's `encoding="…"`, if the text starts with an XML declaration that has one. */
function declaredEncoding(head: string): string | null {
  if (!head.startsWith("<?xml")) return null;
  const end = head.indexOf("?>");
  const decl = end < 0 ? head : head.slice(0, end);
  const m = /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(decl);
  return m ? (m[1] ?? m[2] ?? "") : null;
}

/** True when a declared encoding name belongs to the family the bytes were found in. */
function agrees(declared: string, label: PartEncoding["label"]): boolean {
  const name = declared.toLowerCase();
  if (label === "utf-8") return name === "utf-8" || name === "utf8";
  return name === "utf-16" || name === label || name === "ucs-2";
}

/**
 * The encoding of a part from its first bytes (at least the declaration's worth).
 * Throws PackageError naming the part when the declaration names an encoding we
 * do not read, or one the bytes contradict.
 */
export function detectEncoding(first: Uint8Array, part: string | null): PartEncoding {
  let enc: PartEncoding;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) enc = { label: "utf-8", bom: true };
  else if (first[0] === 0xff && first[1] === 0xfe) enc = { label: "utf-16le", bom: true };
  else if (first[0] === 0xfe && first[1] === 0xff) enc = { label: "utf-16be", bom: true };
  else if (first[0] === 0x3c && first[1] === 0x00 && first[2] === 0x3f && first[3] === 0x00)
    enc = { label: "utf-16le", bom: false };
  else if (first[0] === 0x00 && first[1] === 0x3c && first[2] === 0x00 && first[3] === 0x3f)
    enc = { label: "utf-16be", bom: false };
  else enc = UTF8;
  // The declaration is ASCII, so a lenient decode of its first bytes reads it.
  const head = new TextDecoder(enc.label).decode(first.subarray(0, Math.min(first.length, 512)));
  const declared = declaredEncoding(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head);
  if (declared !== null && !agrees(declared, enc.label)) {
    const found = enc.label === "utf-8" ? "UTF-8" : "UTF-16";
    const family = /^utf-?(8|16)/i.test(declared);
    throw new PackageError(
      family ? "damaged" : "encoding",
      family
        ? `declares the encoding ${declared} but its bytes are ${found}`
        : `declares the encoding ${declared}; Office parts are UTF-8 or UTF-16 and no other encoding is read`,
      part,
    );
  }
  return enc;
}

/** A fatal decoder for the encoding (the byte-order mark, if any, is dropped). */
export function decoderFor(enc: PartEncoding): TextDecoder {
  return new TextDecoder(enc.label, { fatal: true });
}

/** The error for bytes that are not valid text in their encoding. */
export function invalidText(enc: PartEncoding, part: string | null): PackageError {
  const name = enc.label === "utf-8" ? "UTF-8" : "UTF-16";
  return new PackageError("damaged", `the text is not valid ${name}`, part);
}

/** A whole part's bytes as text, checked and decoded. */
export function decodeText(bytes: Uint8Array, part: string | null): { text: string; encoding: PartEncoding } {
  const encoding = detectEncoding(bytes, part);
  try {
    return { text: decoderFor(encoding).decode(bytes), encoding };
  } catch {
    throw invalidText(encoding, part);
  }
}

/**
 * A part's bytes as text: UTF-8, or UTF-16 in either byte order (by its byte-order
 * mark or first bytes), checked against its declaration and decoded fatally.
 * Throws PackageError naming the part for any other encoding or invalid text.
 */
export function decodePartText(bytes: Uint8Array, part: string | null = null): string {
  return decodeText(bytes, part).text;
}

/**
 * The encoding to write a part's new text in: the one its declaration names, in
 * the byte order and with the byte-order mark the part had before, when it had one.
 */
export function encodingForText(text: string, before: PartEncoding | undefined): PartEncoding {
  const declared = declaredEncoding(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.toLowerCase();
  if (declared === undefined || !/^(utf-16|utf-16le|utf-16be|ucs-2)$/.test(declared))
    return before?.label === "utf-8" ? before : UTF8;
  if (declared === "utf-16le" || declared === "utf-16be")
    return { label: declared, bom: before?.bom ?? false };
  // UTF-16 without a byte order named needs a byte-order mark (XML 1.0, 4.3.3).
  return before && before.label !== "utf-8" ? before : { label: "utf-16le", bom: true };
}

const utf8 = new TextEncoder();

/** Text as bytes in the encoding (byte-order mark written when the encoding has one). */
export function encodeText(source: string, enc: PartEncoding): Uint8Array {
  const text = enc.bom && source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (enc.label === "utf-8") {
    const body = utf8.encode(text);
    if (!enc.bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const skip = enc.bom ? 2 : 0;
  const out = new Uint8Array(skip + text.length * 2);
  const le = enc.label === "utf-16le";
  if (enc.bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const at = skip + 2 * i;
    out[at + (le ? 0 : 1)] = c & 0xff;
    out[at + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

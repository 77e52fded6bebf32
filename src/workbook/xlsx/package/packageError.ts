/**
 * Why a package (a zip of XML parts) cannot be read. Each kind is a true, specific
 * reason a user can act on; `part` names the part when one part is at fault.
 */

/**
 * - `notZip`: the bytes are not a zip archive at all.
 * - `truncated`: a zip whose end (its central directory) is missing: a cut-off file.
 * - `encrypted`: a zip entry is encrypted (zip-level encryption, not Office's).
 * - `unsupported`: an entry uses a compression method workbooks never use.
 * - `tooLarge`: a limit was reached: too many entries, a part or the whole package
 *   expanding beyond its budget, an implausible compression ratio (a zip bomb),
 *   entries sharing their bytes, or XML nested too deep.
 * - `encoding`: a part declares a text encoding other than UTF-8 and UTF-16.
 * - `damaged`: the archive or a part is malformed (bad headers, checksum, XML that
 *   is not well-formed, a DOCTYPE declaration, a missing part).
 */
export type PackageErrorKind =
  "notZip" | "truncated" | "encrypted" | "unsupported" | "tooLarge" | "encoding" | "damaged";

/** A package that cannot be read; `kind` says why and `part` names the part at fault, if any. */
export class PackageError extends Error {
  readonly kind: PackageErrorKind;
  readonly part: string | null;

  constructor(kind: PackageErrorKind, detail: string, part: string | null = null) {
    super(part ? `${kind}: ${part}: ${detail}` : `${kind}: ${detail}`);
    this.name = "PackageError";
    this.kind = kind;
    this.part = part;
  }
}

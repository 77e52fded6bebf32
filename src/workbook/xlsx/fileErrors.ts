/**
 * Why a file cannot be opened as a workbook, found from its first and last bytes
 * before the zip library sees it, so the user gets one clear line instead of a
 * library's stack trace.
 */

export type WorkbookFileReason = "empty" | "notXlsx" | "xls" | "encrypted" | "truncated" | "corrupt";

/** A file that is not a readable .xlsx workbook; `reason` says why. */
export class WorkbookFileError extends Error {
  readonly reason: WorkbookFileReason;

  constructor(reason: WorkbookFileReason, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "WorkbookFileError";
    this.reason = reason;
  }
}

/** The compound-file (OLE) signature: old .xls files and password-protected .xlsx. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0];
  outer: for (let i = Math.max(0, from); i <= bytes.length - needle.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

/**
 * The reason a file's bytes cannot be an .xlsx workbook, or null when they look
 * like one (a complete zip holding xl/workbook.xml).
 */
export function sniffWorkbookBytes(bytes: Uint8Array): WorkbookFileReason | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An encrypted .xlsx is a compound file with these streams; anything else is an old .xls.
    const encrypted =
      indexOfBytes(bytes, utf16le("EncryptedPackage")) >= 0 ||
      indexOfBytes(bytes, utf16le("EncryptionInfo")) >= 0;
    return encrypted ? "encrypted" : "xls";
  }
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return "notXlsx";
  // The end-of-directory record sits in the last 64 KiB; without it the zip was cut off.
  const tailStart = Math.max(0, bytes.length - 65_557);
  if (indexOfBytes(bytes, ZIP_END_OF_DIRECTORY, tailStart) < 0) return "truncated";
  if (indexOfBytes(bytes, ascii("xl/workbook.xml")) < 0) return "notXlsx";
  return null;
}

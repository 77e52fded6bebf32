/**
 * Why a file cannot be opened as a workbook, each reason specific and true, so
 * the user gets one clear line they can act on instead of a library's stack trace.
 * The reasons are the core's (core/failures/failures.ts FileReason), each with its words.
 */
import { FailureError, type FileReason } from "../../core/failures";

export type WorkbookFileReason = FileReason;

/** A file that is not a readable .xlsx workbook; `reason` says why, `part` where. */
export class WorkbookFileError extends FailureError {
  readonly reason: WorkbookFileReason;
  /** The package part at fault (e.g. "xl/worksheets/sheet2.xml"), when one is. */
  readonly part: string | null;

  constructor(reason: WorkbookFileReason, detail?: string, part: string | null = null) {
    super({ code: "fileUnreadable", reason, part }, detail ? `${reason}: ${detail}` : reason);
    this.name = "WorkbookFileError";
    this.reason = reason;
    this.part = part;
  }
}

/** The compound-file (OLE) signature: old .xls files and password-protected .xlsx. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

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

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

/**
 * The reason a file's first bytes rule out an .xlsx workbook, or null when they
 * start like a zip archive (the package reader takes it from there).
 */
export function sniffWorkbookBytes(bytes: Uint8Array): WorkbookFileReason | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An encrypted .xlsx is a compound file with these streams; an .xls holds a
    // "Workbook" (Excel 97 and later) or "Book" (Excel 5) stream.
    if (
      indexOfBytes(bytes, utf16le("EncryptedPackage")) >= 0 ||
      indexOfBytes(bytes, utf16le("EncryptionInfo")) >= 0
    )
      return "encrypted";
    if (indexOfBytes(bytes, utf16le("Workbook")) >= 0 || indexOfBytes(bytes, utf16le("Book")) >= 0)
      return "xls";
    return "notXlsx";
  }
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return null;
  return "notXlsx";
}

/** What the page and the reading worker (xlsxReader.worker.ts) say to each other. */
import type { Failure } from "../../core/failures";
import type { PackageRead } from "../../workbook/xlsx";

/** Page → worker: the file's bytes. */
export type ReaderRequest = { readonly bytes: Uint8Array };

/** Worker → page: progress while reading, then the result or why there is none. */
export type ReaderReply =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly read: PackageRead }
  /** `failure`: why the file cannot be used, when the reader said (a WorkbookFileError's). */
  | { readonly kind: "error"; readonly failure: Failure | null; readonly message: string };

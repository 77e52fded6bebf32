/**
 * Reads a workbook file in a Web Worker (dist/xlsxReader.js), reporting progress,
 * so the page stays responsive however long the read takes. Where the page cannot
 * start a worker (an old browser, a test's DOM), it answers null and the caller
 * reads on the page instead.
 */
import { FailureError } from "../../core/failures";
import type { PackageRead } from "../../workbook/xlsx";
import type { ReaderReply } from "./readerMessages";

/** The worker script, next to the page that loads it (webpack's xlsxReader entry). */
export const READER_SCRIPT = "xlsxReader.js";

/** A read that failed in the worker: its failure (a WorkbookFileError's, sent over) when it has one. */
function readError(reply: Extract<ReaderReply, { kind: "error" }>): Error {
  return reply.failure ? new FailureError(reply.failure, reply.message) : new Error(reply.message);
}

/**
 * The file's contents read in a worker; `onProgress` gets the fraction done
 * (0–1). Null when no worker could run. Rejects with a FailureError for a file
 * that cannot be read.
 */
export function readInWorker(
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): Promise<PackageRead | null> {
  if (typeof Worker === "undefined") return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(READER_SCRIPT);
    } catch {
      resolve(null);
      return;
    }
    worker.onmessage = (event: MessageEvent<ReaderReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") {
        onProgress?.(reply.total > 0 ? Math.min(1, reply.done / reply.total) : 0);
        return;
      }
      worker.terminate();
      if (reply.kind === "done") resolve(reply.read);
      else reject(readError(reply));
    };
    // The script failed to load or crashed: read on the page instead, which gives the real reason.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    // A copy goes to the worker: the page keeps the bytes for saving copies.
    worker.postMessage({ bytes });
  });
}

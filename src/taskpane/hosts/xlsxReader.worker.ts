/**
 * The Web Worker that reads a workbook file off the page's main thread, so a long
 * read never freezes the tab: bytes in, progress messages, then the workbook's
 * contents (or why it cannot be read) out. Built by webpack as its own entry
 * (dist/xlsxReader.js); it holds only the package reader, never exceljs.
 */
import { failureOf } from "../../core/failures";
import { readXlsxBytes } from "../../workbook/xlsx";
import type { ReaderReply, ReaderRequest } from "./readerMessages";

type WorkerScope = {
  postMessage(message: ReaderReply): void;
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  let reported = -1;
  try {
    const read = readXlsxBytes(event.data.bytes, {
      onProgress: (done, total) => {
        const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
        if (percent === reported) return;
        reported = percent;
        scope.postMessage({ kind: "progress", done, total });
      },
    });
    scope.postMessage({ kind: "done", read });
  } catch (e) {
    scope.postMessage({
      kind: "error",
      failure: failureOf(e),
      message: e instanceof Error ? e.message : String(e),
    });
  }
};

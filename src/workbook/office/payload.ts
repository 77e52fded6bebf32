/**
 * Keeping each request under Excel on the web's 5 MB payload limit: every queued
 * write is an `Op` with an estimated size; ops are packed into batches of at most
 * PAYLOAD_BUDGET bytes and each batch is one sync. Normal actions fit in one batch,
 * so the number of syncs grows only with the payload, never with a row count.
 */

import { FailureError, type ExcelLimit } from "../../core/failures";

/** Bytes per sync we allow ourselves: a margin below the 5 MB (5,242,880 bytes) limit. */
export const PAYLOAD_BUDGET = 4_000_000;

/** The most cells Excel returns from one range read. */
export const MAX_READ_CELLS = 5_000_000;

/** Rows per block of a large write, as the Excel performance guidance suggests (5k–20k). */
const ROWS_PER_BLOCK = 5_000;

/** Bytes per block, so blocks pack tightly into batches. */
const BYTES_PER_BLOCK = 1_000_000;

/**
 * Estimated request bytes of one API call besides its data: its object path, the
 * Instantiate and (inside Excel.run) _KeepReference actions Office.js adds for each
 * new range, and the action itself. Measured with the real request builder: a
 * property set on a new range costs about 590 bytes, i.e. two calls (the range, the set).
 */
export const CALL_BYTES = 300;

/**
 * Office.js sends an array of more than 1,500 cells in chunks of rows, each with
 * its own range paths: measured 0.6–0.7 bytes a cell besides the cells' JSON.
 */
export const CHUNK_BYTES_PER_CELL = 0.75;

/** Why Excel would refuse an action for its size (core/failures/failures.ts ExcelLimit). */
export class ExcelLimitError extends FailureError {
  constructor(
    readonly reason: ExcelLimit,
    readonly target: string,
    detail: string,
  ) {
    super({ code: reason, target }, `${reason}: ${target} (${detail})`);
    this.name = "ExcelLimitError";
  }
}

/** An error's code (OfficeExtension.Error and the fake's errors have one), or "". */
export function errorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

/**
 * True for the ways Excel has refused a request or response for its size: the
 * documented payload limits (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded), GeneralException (older Excel on the web answered
 * oversize requests so, also as HTTP 500: office-js #1314) and the cell limits of a
 * get (RangeExceedsLimit, OperationCellsExceedLimit). GeneralException has other
 * causes too: callers treat it as a size refusal only where size is the likely one.
 */
export function isSizeRefusal(e: unknown): boolean {
  return /PayloadSizeLimitExceeded|PayloadTooLarge|^GeneralException$|RangeExceedsLimit|OperationCellsExceedLimit/i.test(
    errorCode(e),
  );
}

/** A queued piece of work: its estimated request size and the calls it queues. */
export type Op = { readonly bytes: number; readonly queue: () => void };

/** An op of a few calls carrying `data`. */
export function op(data: unknown, queue: () => void, calls = 1): Op {
  return { bytes: calls * CALL_BYTES + estimateBytes(data), queue };
}

/** UTF-8 bytes of a value's JSON: what the request carries for it. */
export function estimateBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 ? 2 : 1;
  }
  return bytes;
}

/**
 * Splits rows [0, count) into blocks of at most ROWS_PER_BLOCK rows and about
 * BYTES_PER_BLOCK bytes, and makes one op per block. `cellsPerRow` is how many
 * cells a row writes (all its arrays together), for Office.js's chunking overhead.
 */
export function rowBlockOps(
  count: number,
  rowBytes: (row: number) => number,
  queueBlock: (start: number, rows: number) => void,
  cellsPerRow = 0,
): Op[] {
  const ops: Op[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const s = start;
    ops.push({ bytes: bytes + 2 * CALL_BYTES, queue: () => queueBlock(s, end - s) });
    start = end;
    bytes = 0;
  };
  for (let row = 0; row < count; row++) {
    const size = rowBytes(row) + cellsPerRow * CHUNK_BYTES_PER_CELL;
    if (row > start && (row - start >= ROWS_PER_BLOCK || bytes + size > BYTES_PER_BLOCK)) flush(row);
    bytes += size;
  }
  flush(count);
  return ops;
}

/** Packs ops in order into batches under the budget; refuses an op that alone exceeds it. */
export function packBatches(ops: readonly Op[], target: string, budget = PAYLOAD_BUDGET): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const o of ops) {
    if (o.bytes > budget)
      throw new ExcelLimitError("payloadTooLarge", target, `${o.bytes} bytes in one write`);
    if (current.length > 0 && bytes + o.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(o);
    bytes += o.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * A batch this large that Excel refuses with GeneralException (or HTTP 500) was,
 * as far as anyone can tell, refused for its size: older Excel on the web answered
 * oversize requests so (office-js #1314).
 */
const LARGE_BATCH = 1_000_000;

/**
 * Queues each batch and syncs it, one after the other. Recursion rather than a
 * loop: the number of syncs is bounded by the payload (see packBatches). A batch
 * Excel refuses for its size is reported as ExcelLimitError("payloadTooLarge").
 */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly (readonly Op[])[],
  target: string,
  from = 0,
): Promise<void> {
  const batch = batches[from];
  if (!batch) return;
  for (const o of batch) o.queue();
  try {
    await context.sync();
  } catch (e) {
    const bytes = batch.reduce((sum, o) => sum + o.bytes, 0);
    const code = errorCode(e);
    const refusedForSize =
      /PayloadSizeLimitExceeded/i.test(code) || (isSizeRefusal(e) && bytes >= LARGE_BATCH);
    if (refusedForSize)
      throw new ExcelLimitError("payloadTooLarge", target, `${code} for about ${bytes} bytes`);
    throw e;
  }
  await runBatches(context, batches, target, from + 1);
}

/** Calls `make` once, on first use, and returns the same proxy after that. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** Refuses a range above Excel's get limit (Excel would return null values for it). */
export function checkReadSize(range: Excel.Range, target: string): void {
  checkCells(range.rowCount * range.columnCount, target);
  if (range.values === null) checkCells(MAX_READ_CELLS + 1, target);
}

export function checkCells(cells: number, target: string): void {
  if (cells > MAX_READ_CELLS) {
    throw new ExcelLimitError(
      "tooManyCells",
      target,
      `${cells} cells, at most ${MAX_READ_CELLS} can be read`,
    );
  }
}

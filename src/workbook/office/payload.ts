/**
 * Keeping each request under Excel on the web's 5 MB payload limit: every queued
 * write is an `Op` with an estimated size; ops are packed into batches of at most
 * PAYLOAD_BUDGET bytes and each batch is one sync. Normal actions fit in one batch,
 * so the number of syncs grows only with the payload, never with a row count.
 */

/** Bytes per sync we allow ourselves: a margin below the 5 MB (5,242,880 bytes) limit. */
export const PAYLOAD_BUDGET = 4_000_000;

/** The most cells Excel returns from one range read. */
export const MAX_READ_CELLS = 5_000_000;

/** Rows per block of a large write, as the Excel performance guidance suggests (5k–20k). */
const ROWS_PER_BLOCK = 5_000;

/** Bytes per block, so blocks pack tightly into batches. */
const BYTES_PER_BLOCK = 1_000_000;

/** Estimated request bytes of one API call besides its data (object path, ids, method). */
export const CALL_BYTES = 200;

/** Why Excel would refuse an action for its size. */
export class ExcelLimitError extends Error {
  constructor(
    readonly reason: "tooManyCells" | "payloadTooLarge",
    readonly target: string,
    detail: string,
  ) {
    super(`${reason}: ${target} (${detail})`);
    this.name = "ExcelLimitError";
  }
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
 * BYTES_PER_BLOCK bytes, and makes one op per block.
 */
export function rowBlockOps(
  count: number,
  rowBytes: (row: number) => number,
  queueBlock: (start: number, rows: number) => void,
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
    const size = rowBytes(row);
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
 * Queues each batch and syncs it, one after the other. Recursion rather than a
 * loop: the number of syncs is bounded by the payload (see packBatches).
 */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly (readonly Op[])[],
  from = 0,
): Promise<void> {
  const batch = batches[from];
  if (!batch) return;
  for (const o of batch) o.queue();
  await context.sync();
  await runBatches(context, batches, from + 1);
}

/** Calls `make` once, on first use, and returns the same proxy after that. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * Reading values by size: ranges whose places are known are split into row blocks
 * of about BLOCK_BYTES, packed into syncs whose responses should stay under
 * READ_BUDGET. Text longer than the estimate can still make a response too large:
 * then that sync's blocks are halved and read again, down to single rows.
 */
import type { CellValue } from "../../core/cells";
import { isSizeRefusal } from "./payload";

/**
 * Response bytes one read sync is planned to carry, by the estimate below: a margin under
 * Excel on the web's 5 MB. The estimate runs high (the benchmark's 20,000-row plan is
 * estimated at 4.0 MB and answers 3.2 MB), and a response that is too large anyway is
 * read again in halves.
 */
export const READ_BUDGET = 4_500_000;

/** Estimated response bytes per cell (a date, an amount or a short text as JSON, with its comma). */
export const READ_CELL_BYTES = 12;

/** Estimated bytes per block, so blocks pack tightly into syncs. */
const BLOCK_BYTES = 1_000_000;

/** A range to read: its sheet and 0-based place. */
export type Place = {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
};

/** Rows [start, start + rows) of the range with index `range`. */
type Block = { readonly range: number; readonly start: number; readonly rows: number };

const blockBytes = (places: readonly Place[], b: Block): number =>
  b.rows * (places[b.range]?.cols ?? 0) * READ_CELL_BYTES;

/** The blocks of each range, in order. */
function blocksOf(places: readonly Place[]): Block[] {
  return places.flatMap((p, range) => {
    const per = Math.max(1, Math.floor(BLOCK_BYTES / (Math.max(1, p.cols) * READ_CELL_BYTES)));
    return Array.from({ length: Math.ceil(p.rows / per) }, (_, i) => ({
      range,
      start: i * per,
      rows: Math.min(per, p.rows - i * per),
    }));
  });
}

/** Blocks packed in order into syncs of at most READ_BUDGET estimated bytes. */
function packBlocks(places: readonly Place[], blocks: readonly Block[]): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const b of blocks) {
    const size = blockBytes(places, b);
    if (current.length > 0 && bytes + size > READ_BUDGET) {
      syncs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += size;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** Each block cut in two (blocks of one row stay). */
function halve(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (b.rows < 2) return [b];
    const half = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: half },
      { range: b.range, start: b.start + half, rows: b.rows - half },
    ];
  });
}

/** Loads one sync's blocks into `out`; a response too large is read again in halves. */
async function loadSync(
  context: Excel.RequestContext,
  places: readonly Place[],
  blocks: readonly Block[],
  out: CellValue[][][],
): Promise<void> {
  const loads = blocks.map((b) => {
    const p = places[b.range] as Place;
    const range = context.workbook.worksheets
      .getItem(p.sheet)
      .getRangeByIndexes(p.top + b.start, p.left, b.rows, p.cols)
      .load("values");
    return { b, range };
  });
  try {
    await context.sync();
  } catch (e) {
    const smaller = halve(blocks);
    // A read changes nothing, so reading again in halves is safe whatever Excel answered.
    if (!isSizeRefusal(e) || (smaller.length === blocks.length && blocks.length < 2)) throw e;
    const middle = Math.ceil(smaller.length / 2);
    await loadSync(context, places, smaller.slice(0, middle), out);
    await loadSync(context, places, smaller.slice(middle), out);
    return;
  }
  for (const { b, range } of loads) {
    const rows = out[b.range];
    (range.values as CellValue[][]).forEach((row, i) => {
      if (rows) rows[b.start + i] = row;
    });
  }
}

/** The values of each range, read in row blocks over as many syncs as their size needs. */
export async function readBySize(
  context: Excel.RequestContext,
  places: readonly Place[],
): Promise<CellValue[][][]> {
  const out: CellValue[][][] = places.map((p) => new Array<CellValue[]>(p.rows));
  const syncs = packBlocks(places, blocksOf(places));
  // One sync after the other: each waits for the previous response (their number follows the size).
  await syncs.reduce<Promise<void>>(
    (prev, blocks) => prev.then(() => loadSync(context, places, blocks, out)),
    Promise.resolve(),
  );
  return out;
}

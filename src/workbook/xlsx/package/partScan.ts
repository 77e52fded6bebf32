/**
 * Streaming a zipped part through the XML scanner without holding its text whole:
 * inflate, decide the encoding from the first bytes, decode and scan in chunks.
 */
import { decoderFor, detectEncoding, invalidText, type PartEncoding } from "./encoding";
import type { PackageLimits } from "./limits";
import type { XmlScanner } from "./xmlScanner";
import { inflateEntry, type InflateBudget, type ZipEntry } from "./zipRead";

/** Options of a streaming scan. */
export type ScanOptions = {
  /** Called as the part inflates: bytes so far and the size the zip declares (a guide, not a promise). */
  readonly onProgress?: (done: number, declared: number) => void;
};

/** Thrown through the inflater to stop a scan the handler ended. */
class ScanStopped extends Error {}

/** How many first bytes of a streamed part are gathered before its encoding is decided. */
const HEAD_BYTES = 512;

/** Where a part's zipped bytes are, and within which limits they inflate. */
export type ZippedPart = {
  readonly archive: Uint8Array;
  readonly entry: ZipEntry;
  readonly limits: PackageLimits;
  readonly budget: InflateBudget;
  /** The part's name, for messages. */
  readonly part: string;
};

/** What the package learns as a part streams: its encoding, and that it inflated whole (CRC-32 checked). */
export type ScanHooks = {
  readonly onEncoding: (encoding: PartEncoding) => void;
  readonly onInflated: () => void;
};

/**
 * Inflates the part into the scanner and ends the scanner, unless the handler
 * stopped the scan: nothing more is inflated then.
 */
export function scanZippedPart(
  zipped: ZippedPart,
  scanner: XmlScanner,
  hooks: ScanHooks,
  options: ScanOptions,
): void {
  const { archive, entry, limits, budget, part } = zipped;
  let encoding: PartEncoding | null = null;
  let decoder: TextDecoder | null = null;
  // The first bytes, gathered until the encoding can be decided.
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let done = 0;
  const feed = (bytes: Uint8Array, stream: boolean): void => {
    if (!decoder) {
      encoding = detectEncoding(bytes, part);
      hooks.onEncoding(encoding);
      decoder = decoderFor(encoding);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      throw invalidText(encoding ?? detectEncoding(bytes, part), part);
    }
    scanner.write(text);
  };
  const joined = (): Uint8Array => {
    const all = new Uint8Array(headBytes);
    let at = 0;
    for (const h of head) {
      all.set(h, at);
      at += h.length;
    }
    head = [];
    return all;
  };
  try {
    inflateEntry(archive, entry, limits, budget, (chunk) => {
      done += chunk.length;
      if (decoder) feed(chunk, true);
      else {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= HEAD_BYTES) feed(joined(), true);
      }
      options.onProgress?.(done, entry.size);
      if (scanner.isStopped) throw new ScanStopped();
    });
  } catch (e) {
    if (e instanceof ScanStopped) return;
    throw e;
  }
  hooks.onInflated();
  if (!decoder) feed(joined(), false);
  else feed(new Uint8Array(0), false);
  scanner.end();
}

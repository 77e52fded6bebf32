/**
 * Text gathered straight into UTF-8 bytes: a growing buffer that pieces of XML are
 * encoded into as they are made. A large new part (a report sheet of tens of
 * thousands of cells) then never exists as one long JavaScript string; its pieces
 * die young and the bytes live outside the JavaScript heap, which the garbage
 * collector does not copy. The bytes equal TextEncoder's of the joined text.
 */
const encoder = new TextEncoder();

/** Bytes gathered in chunks of this size (the last one cut to what it holds). */
const CHUNK = 256 * 1024;

export class Utf8Bytes {
  private readonly full: Uint8Array[] = [];
  private chunk: Uint8Array;
  private length = 0;

  constructor(capacity = CHUNK) {
    this.chunk = new Uint8Array(Math.max(16, capacity));
  }

  /** Starts a new chunk of at least `size` bytes, keeping what the current one holds. */
  private next(size: number): void {
    if (this.length > 0) this.full.push(this.chunk.subarray(0, this.length));
    this.chunk = new Uint8Array(Math.max(CHUNK, size));
    this.length = 0;
  }

  /** Appends text, UTF-8 encoded. */
  text(s: string): void {
    let rest = s;
    // Most XML is ASCII, a byte a character; a piece that does not fit goes on in a new chunk.
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.chunk.subarray(this.length));
      this.length += written;
      if (read >= rest.length) return;
      rest = rest.slice(read);
      this.next(rest.length * 3);
    }
  }

  /** Appends bytes as they are. */
  bytes(b: Uint8Array): void {
    if (this.length + b.length > this.chunk.length) this.next(b.length);
    this.chunk.set(b, this.length);
    this.length += b.length;
  }

  /** The bytes gathered, as chunks in order (views: append nothing more once taken). */
  chunks(): Uint8Array[] {
    return this.length > 0 ? [...this.full, this.chunk.subarray(0, this.length)] : [...this.full];
  }

  /** The bytes gathered, in one array. */
  done(): Uint8Array {
    const chunks = this.chunks();
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

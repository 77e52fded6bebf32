/** What the streaming XML scanner (xmlScanner.ts) reports, and how a scan is bounded. */

/** Attributes of a start tag: bare local names for unprefixed ones, `{uri}local` for prefixed ones. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What the scanner reports; every method is optional. */
export type XmlHandler = {
  /** A start tag (or an empty-element tag, then `selfClosing` is true and no close follows). */
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  /** An end tag. */
  close?(name: string): void;
  /** Character data inside the root element, entities decoded; one run may come in several pieces. */
  text?(text: string): void;
};

export type XmlScanOptions = {
  /** The part's name, for error messages. */
  readonly part?: string;
  /** Deepest nesting allowed (default 200). */
  readonly maxDepth?: number;
  /** Longest single token, in characters (default MAX_TOKEN). */
  readonly maxToken?: number;
};

/**
 * The longest single token (tag, text run, comment, CDATA section) in characters:
 * Excel's own cells hold at most 32,767 characters, so 16 Mi leaves room for any
 * real part and keeps what saxes accumulates for one token far below the memory bound.
 */
export const MAX_TOKEN = 16 * 1024 * 1024;

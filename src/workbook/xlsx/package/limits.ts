/**
 * The limits that keep reading a package bounded in time and memory whatever its
 * bytes claim: they are enforced on the bytes actually inflated, never taken from
 * the sizes a zip header declares.
 */

export type PackageLimits = {
  /** Most entries the central directory may list. */
  readonly maxEntries: number;
  /** Most bytes one part may inflate to. */
  readonly maxPartBytes: number;
  /** Most bytes all parts read from one package may inflate to, together. */
  readonly maxTotalBytes: number;
  /**
   * Highest ratio of inflated to compressed bytes a part may reach once it has
   * inflated more than `ratioGraceBytes` (deflate's own ceiling is about 1032).
   */
  readonly maxRatio: number;
  /** Output a part may produce before its ratio is checked (small parts compress well). */
  readonly ratioGraceBytes: number;
  /**
   * Most bytes a part read whole as a tree (workbook, relationships, content
   * types, tables) may inflate to; streamed parts (sheets, shared strings,
   * styles) are bounded by `maxPartBytes` and the XML token limit instead.
   */
  readonly maxWholePartBytes: number;
  /** Deepest element nesting an XML part may have. */
  readonly maxXmlDepth: number;
};

const MiB = 1024 * 1024;

/**
 * Defaults sized for real workbooks of up to a few tens of megabytes: a 20 MB file
 * of numbers inflates to a few hundred MB of XML at most; sheet XML compresses
 * 5–30 times, styles and repeated empty cells up to about 100 times.
 */
export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 10_000,
  maxPartBytes: 768 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 250,
  ratioGraceBytes: 4 * MiB,
  maxWholePartBytes: 32 * MiB,
  maxXmlDepth: 200,
};

/** The defaults with some limits replaced. */
export function limitsWith(overrides: Partial<PackageLimits> = {}): PackageLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

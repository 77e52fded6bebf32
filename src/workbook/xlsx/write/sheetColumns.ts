/**
 * A worksheet's <cols>: the column ranges as written (with their styles, which
 * cells without a style of their own show), and a new <cols> that sizes some
 * columns while the user's ranges keep their other columns and attributes.
 */
import { sml } from "../../ooxml";
import { findInFragment, type ElementAt } from "./xmlSplice";

/** One <col> range: 1-based min and max as written, its style and its text. */
export type ColAt = {
  readonly min: number;
  readonly max: number;
  readonly style: number;
  readonly raw: string;
};

/** The ranges of a <cols> element of `text` (none for an absent or empty one). */
export function readCols(text: string, cols: ElementAt | undefined, ns: string, part: string): ColAt[] {
  const out: ColAt[] = [];
  if (!cols || cols.selfClosing) return out;
  const fragment = text.slice(cols.openStart, cols.closeEnd);
  for (const c of findInFragment(fragment, ns, (n, d) => d === 2 && n === sml("col"), part)) {
    out.push({
      min: Number(c.attributes.min ?? 0),
      max: Number(c.attributes.max ?? 0),
      style: Number(c.attributes.style ?? 0) || 0,
      raw: fragment.slice(c.openStart, c.closeEnd),
    });
  }
  return out;
}

/**
 * The children of a new <cols>: one <col> per column sized (file units, by 0-based
 * column), taking the other attributes of the range it was in; the ranges' other
 * columns as they were. `colTag` is <col>'s name with the part's prefix.
 */
export function sizedColsXml(
  existing: readonly ColAt[],
  widths: ReadonlyMap<number, number>,
  colTag: string,
): string {
  const pieces: { min: number; xml: string }[] = [];
  const sized = new Set([...widths.keys()].map((c) => c + 1));
  for (const c of existing) {
    let start = c.min;
    for (let k = c.min; k <= c.max + 1; k++) {
      if (k <= c.max && !sized.has(k)) continue;
      if (k > start) pieces.push({ min: start, xml: withMinMax(c.raw, start, k - 1) });
      start = k + 1;
    }
  }
  for (const [col, width] of widths) {
    const old = existing.find((c) => col + 1 >= c.min && col + 1 <= c.max);
    const xml = old
      ? withWidth(withMinMax(old.raw, col + 1, col + 1), width)
      : `<${colTag} min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`;
    pieces.push({ min: col + 1, xml });
  }
  return pieces
    .sort((a, b) => a.min - b.min)
    .map((p) => p.xml)
    .join("");
}

/** A <col> element's text with other min and max. */
function withMinMax(raw: string, min: number, max: number): string {
  return raw
    .replace(/(\smin\s*=\s*["'])\d+(["'])/, `$1${min}$2`)
    .replace(/(\smax\s*=\s*["'])\d+(["'])/, `$1${max}$2`);
}

/** A <col> element's text with a set width. */
function withWidth(raw: string, width: number): string {
  let out = /\swidth\s*=/.test(raw)
    ? raw.replace(/(\swidth\s*=\s*["'])[^"']*(["'])/, `$1${width}$2`)
    : raw.replace(/(\/?>)$/, ` width="${width}"$1`);
  if (!/\scustomWidth\s*=/.test(out)) out = out.replace(/(\/?>)$/, ` customWidth="1"$1`);
  return out;
}

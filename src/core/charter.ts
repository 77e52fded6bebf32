/**
 * The CEMR Charter as data. (Skeleton: the full article list is being filled in.)
 */
import type { CharterVersion } from "./plan.types";

/** How many articles a Charter version has: 30 in the 2006 text, 39 since December 2022. */
export function articleCount(version: CharterVersion): number {
  return version === 2022 ? 39 : 30;
}

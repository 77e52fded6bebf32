/**
 * Small pieces of running text shared by both languages: lists joined with "och" /
 * "and", counts with "en"/"ett"/"one" for 1, and activities named by ID and name.
 */
import { formatNumber } from "../../format";
import type { Lang } from "../../language";

/** "a", "a och b", "a, b och c" (Swedish) or "a, b and c" (English, no serial comma). */
export function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === "sv" ? " och " : " and ";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1] ?? ""}`;
}

/** Grammatical gender of the Swedish noun a count goes with ("en aktivitet", "ett mål"). */
export type Gender = "common" | "neuter";

/** A count in running text: 1 as a word ("en", "ett", "one"), others as grouped digits. */
export function count(n: number, lang: Lang, gender: Gender = "common"): string {
  if (n === 1) return lang === "en" ? "one" : gender === "neuter" ? "ett" : "en";
  return formatNumber(n, lang);
}

/** The singular or plural form by count. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** An activity as "A3 (Utbilda chefer)", or only its ID when it has no name. */
export function activityName(a: { readonly id: string; readonly activity: string | null }): string {
  const name = a.activity?.trim();
  return name ? `${a.id} (${name})` : a.id;
}

/** How many activities are named before "och ytterligare N". */
export const NAMED_MAX = 3;

/** Activities named by ID and name, the first few, then "och ytterligare 2" / "and 2 more". */
export function nameActivities(
  list: readonly { readonly id: string; readonly activity: string | null }[],
  lang: Lang,
): string {
  const shown = list.length > NAMED_MAX + 1 ? list.slice(0, NAMED_MAX) : list;
  const names = shown.map(activityName);
  const rest = list.length - shown.length;
  if (rest > 0) names.push(lang === "sv" ? `ytterligare ${count(rest, lang)}` : `${count(rest, lang)} more`);
  return joinList(names, lang);
}

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

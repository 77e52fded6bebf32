/** The two languages of the product: Swedish first, English complete. */
export type Lang = "sv" | "en";

/** A text in both languages. */
export type Bilingual = { readonly sv: string; readonly en: string };

export const LANGS: readonly Lang[] = ["sv", "en"];

/**
 * The product language for an Office or browser language tag: Swedish for "sv*",
 * English for other known tags, Swedish when unsure (empty or missing).
 * @example langFromTag("en-GB") === "en"; langFromTag(undefined) === "sv"
 */
export function langFromTag(tag: string | null | undefined): Lang {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return "sv";
  if (t.startsWith("sv")) return "sv";
  return "en";
}

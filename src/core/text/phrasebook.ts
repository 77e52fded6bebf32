/**
 * Phrasebooks: the messages of one surface, one book per language with the same keys,
 * so that a message missing in one language fails the typecheck.
 */
import type { Lang } from "../language";
import { formatMessage, type MessageArgs } from "./message";

/** The English book must hold every key of the Swedish one, and no other. */
export type Phrasebooks<K extends string> = { readonly [L in Lang]: Readonly<Record<K, string>> };

/**
 * The function that says a message of the books in a language.
 * @example const say = speaker({ sv: { hi: "Hej {name}" }, en: { hi: "Hi {name}" } }); say("hi", "en", { name: "Ada" }) === "Hi Ada"
 */
export function speaker<K extends string>(
  books: Phrasebooks<K>,
): (key: K, lang: Lang, args?: MessageArgs) => string {
  return (key, lang, args = {}) => formatMessage(books[lang][key], args, lang);
}

/** A speaker of one surface in one language: say(key, args). */
export type Say<K extends string> = (key: K, args?: MessageArgs) => string;

/**
 * The speaker of the books in one language, for a view that says many of its messages.
 * @example const say = speakerIn({ sv: { hi: "Hej {name}" }, en: { hi: "Hi {name}" } }, "sv"); say("hi", { name: "Ada" }) === "Hej Ada"
 */
export function speakerIn<K extends string>(books: Phrasebooks<K>, lang: Lang): Say<K> {
  const book = books[lang];
  return (key, args = {}) => formatMessage(book[key], args, lang);
}

/** "a", "a och b", "a, b och c" (Swedish) or "a, b and c" (English, no serial comma). */
export function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === "sv" ? " och " : " and ";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1] ?? ""}`;
}

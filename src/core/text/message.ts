/**
 * The one message mechanism of the product: a message is a whole sentence (or clause)
 * per language with named arguments, never words glued together by code.
 *
 * - `{name}` puts in the argument as it is (a number as its plain digits, `String(n)`);
 * - `{name, number}` puts in a number formatted for the language (formatNumber);
 * - `{name, plural, one {…} other {…}}` picks a form by `Intl.PluralRules` for the
 *   language; `=0 {…}` or `=1 {…}` match an exact value first, `#` in a form is the
 *   number formatted for the language, and a form may hold `{other}` arguments;
 * - `{name, select, a {…} other {…}}` picks the form named by the argument's value.
 *
 * An argument the message names but is not given is a programmer error and throws
 * (as Fluent reports it), so a test finds it; literal braces are not supported.
 */
import { formatNumber } from "../language";
import type { Lang } from "../language";

/** The named arguments of a message. */
export type MessageArgs = Readonly<Record<string, string | number>>;

const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  sv: new Intl.PluralRules("sv"),
  en: new Intl.PluralRules("en"),
};

/** The plural category of a count ("one", "other") for the language. */
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  return RULES[lang].select(n);
}

/** The index just after the brace that closes the one opened before `from`. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`message has an unclosed brace: ${text}`);
}

function argument(name: string, args: MessageArgs, template: string): string | number {
  const value = args[name];
  if (value === undefined) throw new Error(`message needs the argument {${name}}: ${template}`);
  return value;
}

/** The forms of a plural placeholder: "one {…} other {…}" → { one: "…", other: "…" }. */
function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    const end = closing(body, open + 1);
    forms.set(key, body.slice(open + 1, end));
    i = end + 1;
  }
  return forms;
}

function other(form: string | undefined, template: string): string {
  if (form === undefined) throw new Error(`message has no "other" form: ${template}`);
  return form;
}

function plural(n: number, body: string, args: MessageArgs, lang: Lang, template: string): string {
  const forms = pluralForms(body);
  const form = other(
    forms.get(`=${n}`) ?? forms.get(pluralCategory(n, lang)) ?? forms.get("other"),
    template,
  );
  return formatMessage(form.split("#").join(formatNumber(n, lang)), args, lang);
}

function select(value: string, body: string, args: MessageArgs, lang: Lang, template: string): string {
  const forms = pluralForms(body);
  return formatMessage(other(forms.get(value) ?? forms.get("other"), template), args, lang);
}

/** A placeholder with a type: number, plural or select. */
function typed(
  type: string,
  value: string | number,
  body: string,
  args: MessageArgs,
  lang: Lang,
  template: string,
): string {
  if (type === "select") return select(String(value), body, args, lang, template);
  const n = Number(value);
  if (type === "number") return formatNumber(n, lang);
  if (type === "plural") return plural(n, body, args, lang, template);
  throw new Error(`message has an unknown placeholder type "${type}": ${template}`);
}

/**
 * The message with its arguments put in.
 * @example formatMessage("{n, plural, one {en aktivitet} other {# aktiviteter}}", { n: 2 }, "sv") === "2 aktiviteter"
 */
export function formatMessage(template: string, args: MessageArgs, lang: Lang): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = closing(template, open + 1);
    const [name = "", kind = "", ...rest] = template.slice(open + 1, end).split(",");
    const key = name.trim();
    const type = kind.trim();
    const value = argument(key, args, template);
    out += type === "" ? String(value) : typed(type, value, rest.join(","), args, lang, template);
    i = end + 1;
  }
  return out + template.slice(i);
}

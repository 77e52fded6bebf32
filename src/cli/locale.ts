/**
 * The language of the environment's locale, for a command line run without --lang:
 * the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides, as POSIX
 * orders them for messages. "sv_SE.UTF-8" is Swedish, "en_GB.UTF-8" English; anything
 * else ("C", "POSIX", "de_DE") names neither, and the command line speaks Swedish.
 */
import type { Lang } from "../core/language";

/** The variables read, as the process has them. */
export type LocaleEnv = {
  readonly LC_ALL?: string | undefined;
  readonly LC_MESSAGES?: string | undefined;
  readonly LANG?: string | undefined;
};

/** "sv" or "en" for a locale of that language, else null. */
export function langOfLocale(env: LocaleEnv): Lang | null {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  const language = locale?.split(/[_.@-]/)[0]?.toLowerCase();
  return language === "sv" || language === "en" ? language : null;
}

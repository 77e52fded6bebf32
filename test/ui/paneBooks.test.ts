/**
 * Every message of the task pane's phrasebooks can be said in both languages: its
 * placeholders close, each plural or select has its other form, and the Swedish and the
 * English message name the same arguments, so that no translation drops a value.
 */
import type { Lang } from "../../src/core/language";
import { formatMessage, type Phrasebooks } from "../../src/core/text";
import { UI_BOOKS } from "../../src/taskpane/strings";
import { PAGE_BOOKS } from "../../src/taskpane/hosts/pageStrings";
import { CHART_BOOKS } from "../../src/taskpane/views/chartStrings";
import { CHECK_BOOKS } from "../../src/taskpane/views/checkStrings";
import { COLLECT_BOOKS } from "../../src/taskpane/views/collectStrings";
import { IMPORT_BOOKS } from "../../src/taskpane/views/importStrings";
import { PLAN_BOOKS } from "../../src/taskpane/views/planStrings";
import { SUB_GOAL_BOOKS } from "../../src/taskpane/views/subGoalStrings";
import { SUMMARY_BOOKS } from "../../src/taskpane/views/summaryStrings";

const BOOKS: Record<string, Phrasebooks<string>> = {
  ui: UI_BOOKS,
  page: PAGE_BOOKS,
  chart: CHART_BOOKS,
  check: CHECK_BOOKS,
  collect: COLLECT_BOOKS,
  import: IMPORT_BOOKS,
  plan: PLAN_BOOKS,
  subGoal: SUB_GOAL_BOOKS,
  summary: SUMMARY_BOOKS,
};

/**
 * A message said with every argument it asks for set to `n`, and the names it asked for:
 * formatMessage names a missing argument, so each is added until the message is said.
 */
function sayWith(message: string, n: number, lang: Lang): { said: string; names: string[] } {
  const args: Record<string, number> = {};
  for (;;) {
    try {
      return { said: formatMessage(message, args, lang), names: Object.keys(args).sort() };
    } catch (e) {
      const name = /needs the argument \{(\w+)\}/.exec(String(e))?.[1];
      if (name === undefined || name in args) throw e;
      args[name] = n;
    }
  }
}

/** The names a message puts in, in any of its forms (counts 0, 1 and 2 reach them all). */
const argumentsOf = (message: string, lang: Lang): string[] =>
  [...new Set([0, 1, 2].flatMap((n) => sayWith(message, n, lang).names))].sort();

describe.each(Object.entries(BOOKS))("the %s phrasebooks", (_, books) => {
  it("name the same arguments in Swedish and English", () => {
    for (const key of Object.keys(books.sv))
      expect([key, argumentsOf(books.en[key] ?? "", "en")]).toEqual([
        key,
        argumentsOf(books.sv[key] ?? "", "sv"),
      ]);
  });

  it.each([0, 1, 2, 1234])("say every message with counts of %i in both languages", (n) => {
    for (const lang of ["sv", "en"] as Lang[]) {
      for (const [key, message] of Object.entries(books[lang])) {
        const { said } = sayWith(message, n, lang);
        expect([key, said.includes("{") || said.includes("}")]).toEqual([key, false]);
      }
    }
  });
});

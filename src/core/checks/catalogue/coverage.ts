/** The finding catalogue (docs/findings.md): coverage: prioritised articles, goals, activities and indicators. */
import { entry, type None } from "./entry";

export const COVERAGE = {
  COVERAGE_NO_PRIORITY: entry(
    "error",
    { sv: "Ingen artikel är prioriterad.", en: "No article is prioritised." },
    (_: None) => ({}),
  ),
  COVERAGE_ARTICLE_NO_GOAL: entry(
    "error",
    { sv: "En prioriterad artikel saknar mål.", en: "A prioritised article has no goal." },
    (a: { readonly article: string }) => ({ article: a.article }),
  ),
  COVERAGE_GOAL_NO_ACTIVITY: entry(
    "error",
    { sv: "Ett mål saknar aktiviteter.", en: "A goal has no activity." },
    (a: { readonly goal: string }) => ({ goal: a.goal }),
  ),
  COVERAGE_GOAL_NO_INDICATOR: entry(
    "warning",
    {
      sv: "Ett mål saknar indikator, eller har en indikator utan målvärde.",
      en: "A goal has no indicator, or an indicator without a target.",
    },
    (a: { readonly goal: string; readonly missing: "indicator" | "target" }) => ({ ...a }),
  ),
  COVERAGE_GOAL_NOT_PRIORITISED: entry(
    "info",
    {
      sv: "Ett mål hänvisar till en artikel som inte är markerad som prioriterad.",
      en: "A goal names an article that is not marked prioritised.",
    },
    (a: { readonly goal: string; readonly article: string; readonly listed: boolean }) => ({
      goal: a.goal,
      article: a.article,
      listed: a.listed ? "yes" : "no",
    }),
  ),
};

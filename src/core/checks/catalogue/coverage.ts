/** The finding catalogue (docs/findings.md): coverage: prioritised articles, goals, activities and indicators. */
import { entry, type None } from "./entry";

export const COVERAGE = {
  COVERAGE_NO_PRIORITY: entry(
    "error",
    { sv: "Ingen artikel är prioriterad.", en: "No article is prioritised." },
    {
      sv: (_: None) =>
        `Ingen artikel är prioriterad; markera de artiklar planen arbetar med som prioriterade (Ja).`,
      en: () => `No article is prioritised; mark the articles the plan works on as prioritised (Yes).`,
    },
  ),
  COVERAGE_ARTICLE_NO_GOAL: entry(
    "error",
    { sv: "En prioriterad artikel saknar mål.", en: "A prioritised article has no goal." },
    {
      sv: (a: { readonly article: string }) =>
        `Artikel ${a.article} är prioriterad men har inget mål; lägg till ett mål för artikeln eller ta bort prioriteringen.`,
      en: (a) =>
        `Article ${a.article} is prioritised but has no goal; add a goal for the article or remove the priority.`,
    },
  ),
  COVERAGE_GOAL_NO_ACTIVITY: entry(
    "error",
    { sv: "Ett mål saknar aktiviteter.", en: "A goal has no activity." },
    {
      sv: (a: { readonly goal: string }) =>
        `Målet ${a.goal} har inga aktiviteter; lägg till minst en aktivitet med Mål-ID ${a.goal}.`,
      en: (a) => `Goal ${a.goal} has no activities; add at least one activity with Goal ID ${a.goal}.`,
    },
  ),
  COVERAGE_GOAL_NO_INDICATOR: entry(
    "warning",
    {
      sv: "Ett mål saknar indikator, eller har en indikator utan målvärde.",
      en: "A goal has no indicator, or an indicator without a target.",
    },
    {
      sv: (a: { readonly goal: string; readonly missing: "indicator" | "target" }) =>
        a.missing === "target"
          ? `Målet ${a.goal} har en indikator men inget målvärde; fyll i målvärdet.`
          : `Målet ${a.goal} har ingen indikator; ange hur måluppfyllelsen ska mätas.`,
      en: (a) =>
        a.missing === "target"
          ? `Goal ${a.goal} has an indicator but no target; fill in the target.`
          : `Goal ${a.goal} has no indicator; state how progress towards it will be measured.`,
    },
  ),
  COVERAGE_GOAL_NOT_PRIORITISED: entry(
    "info",
    {
      sv: "Ett mål hänvisar till en artikel som inte är markerad som prioriterad.",
      en: "A goal names an article that is not marked prioritised.",
    },
    {
      sv: (a: { readonly goal: string; readonly article: string; readonly listed: boolean }) =>
        a.listed
          ? `Målet ${a.goal} hänvisar till artikel ${a.article}, som inte är markerad som prioriterad; markera artikeln som prioriterad eller kontrollera hänvisningen.`
          : `Målet ${a.goal} hänvisar till artikel ${a.article}, som saknas i artikeltabellen; lägg till artikeln och markera den som prioriterad, eller rätta hänvisningen.`,
      en: (a) =>
        a.listed
          ? `Goal ${a.goal} names article ${a.article}, which is not marked prioritised; mark the article prioritised or check the reference.`
          : `Goal ${a.goal} names article ${a.article}, which is missing from the articles table; add the article and mark it prioritised, or correct the reference.`,
    },
  ),
};

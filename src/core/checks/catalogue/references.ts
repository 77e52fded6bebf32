/** The finding catalogue (docs/findings.md): iDs, references between tables and article numbers. */
import { entry, n, where, type RowPlace, type ArticleUnknown } from "./entry";

export const REFERENCES = {
  ID_DUPLICATE: entry(
    "error",
    {
      sv: "Ett Mål-ID, Aktivitet-ID eller en period förekommer två gånger.",
      en: "A Goal ID, Activity ID or Period occurs twice.",
    },
    {
      sv: (a: { readonly id: string; readonly row: number; readonly firstRow: number }) =>
        `${a.id} på rad ${n(a.row)} finns redan på rad ${n(a.firstRow)}; ge raden ett eget ID eller ta bort dubbletten.`,
      en: (a) =>
        `${a.id} on row ${n(a.row)} already occurs on row ${n(a.firstRow)}; give the row an ID of its own or remove the duplicate.`,
    },
  ),
  REF_UNKNOWN_GOAL: entry(
    "error",
    {
      sv: "En rad hänvisar till ett Mål-ID som inte finns.",
      en: "A row names a Goal ID that does not exist.",
    },
    {
      sv: (a: RowPlace & { readonly goalId: string }) =>
        `Mål-ID ${a.goalId} på ${where(a, "sv")} finns inte bland målen; rätta ID:t eller lägg till målet.`,
      en: (a) =>
        `Goal ID ${a.goalId} on ${where(a, "en")} is not among the goals; correct the ID or add the goal.`,
    },
  ),
  REF_UNKNOWN_ACTIVITY: entry(
    "error",
    {
      sv: "En uppföljningsrad hänvisar till ett Aktivitet-ID som inte finns.",
      en: "A follow-up row names an Activity ID that does not exist.",
    },
    {
      sv: (a: { readonly activityId: string; readonly row: number }) =>
        `Aktivitet-ID ${a.activityId} på rad ${n(a.row)} finns inte bland aktiviteterna; rätta ID:t eller lägg till aktiviteten.`,
      en: (a) =>
        `Activity ID ${a.activityId} on row ${n(a.row)} is not among the activities; correct the ID or add the activity.`,
    },
  ),
  REF_UNKNOWN_PERIOD: entry(
    "error",
    {
      sv: "En rad hänvisar till en period som inte finns.",
      en: "A row names a period that does not exist.",
    },
    {
      sv: (a: { readonly period: string; readonly row: number }) =>
        `Perioden «${a.period}» på rad ${n(a.row)} finns inte bland perioderna; rätta namnet eller lägg till perioden.`,
      en: (a) =>
        `The period «${a.period}» on row ${n(a.row)} is not among the periods; correct the name or add the period.`,
    },
  ),
  ARTICLE_UNKNOWN: entry(
    "error",
    {
      sv: "En artikelhänvisning är inte en artikel i planens version av deklarationen.",
      en: "An article reference is not an article of the plan's Charter version.",
    },
    {
      sv: (a: ArticleUnknown) =>
        a.kind === "notUnderstood"
          ? `«${a.text}» på ${where(a, "sv")} kan inte läsas som en artikel; skriv artikelnummer, till exempel "11, 14".`
          : `Artikel ${a.article} på ${where(a, "sv")} finns inte i deklarationens version från ${a.version} (artikel 1–${a.max}); rätta artikelnumret.`,
      en: (a) =>
        a.kind === "notUnderstood"
          ? `«${a.text}» on ${where(a, "en")} cannot be read as an article; write article numbers, for example "11, 14".`
          : `Article ${a.article} on ${where(a, "en")} is not in the ${a.version} version of the Charter (articles 1–${a.max}); correct the article number.`,
    },
  ),
};

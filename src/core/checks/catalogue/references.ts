/** The finding catalogue (docs/findings.md): iDs, references between tables and article numbers. */
import { entry, n, place, type RowPlace, type ArticleUnknown } from "./entry";

export const REFERENCES = {
  ID_DUPLICATE: entry(
    "error",
    {
      sv: "Ett Mål-ID, Aktivitet-ID eller en period förekommer två gånger.",
      en: "A Goal ID, Activity ID or Period occurs twice.",
    },
    (a: { readonly id: string; readonly row: number; readonly firstRow: number }) => ({
      id: a.id,
      row: n(a.row),
      firstRow: n(a.firstRow),
    }),
  ),
  REF_UNKNOWN_GOAL: entry(
    "error",
    {
      sv: "En rad hänvisar till ett Mål-ID som inte finns.",
      en: "A row names a Goal ID that does not exist.",
    },
    (a: RowPlace & { readonly goalId: string }) => ({ ...place(a), goalId: a.goalId }),
  ),
  REF_UNKNOWN_ACTIVITY: entry(
    "error",
    {
      sv: "En uppföljningsrad hänvisar till ett Aktivitet-ID som inte finns.",
      en: "A follow-up row names an Activity ID that does not exist.",
    },
    (a: { readonly activityId: string; readonly row: number }) => ({
      activityId: a.activityId,
      row: n(a.row),
    }),
  ),
  REF_UNKNOWN_PERIOD: entry(
    "error",
    {
      sv: "En rad hänvisar till en period som inte finns.",
      en: "A row names a period that does not exist.",
    },
    (a: { readonly period: string; readonly row: number }) => ({ period: a.period, row: n(a.row) }),
  ),
  ARTICLE_UNKNOWN: entry(
    "error",
    {
      sv: "En artikelhänvisning är inte en artikel i planens version av deklarationen.",
      en: "An article reference is not an article of the plan's Charter version.",
    },
    (a: ArticleUnknown) =>
      a.kind === "notUnderstood"
        ? { ...place(a), kind: a.kind, text: a.text }
        : { ...place(a), kind: a.kind, article: a.article, version: a.version, max: a.max },
  ),
};

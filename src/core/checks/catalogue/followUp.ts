/** The finding catalogue (docs/findings.md): follow-up rows. */
import { entry, n } from "./entry";

export const FOLLOW_UP = {
  FOLLOWUP_MISSING: entry(
    "warning",
    {
      sv: "En påbörjad aktivitet saknar uppföljning för en period vars brytdatum har passerat.",
      en: "A started activity has no follow-up for a period whose cut-off has passed.",
    },
    {
      sv: (a: { readonly activity: string; readonly period: string; readonly sheet: string }) =>
        `Aktiviteten ${a.activity} saknar uppföljning för ${a.period}; lägg till en rad med periodens status på bladet ${a.sheet}.`,
      en: (a) =>
        `Activity ${a.activity} has no follow-up for ${a.period}; add a row with its status for that period on the sheet ${a.sheet}.`,
    },
  ),
  FOLLOWUP_DUPLICATE: entry(
    "error",
    {
      sv: "Samma aktivitet är uppföljd två gånger för samma period.",
      en: "The same activity is reported twice for the same period.",
    },
    {
      sv: (a: { readonly activity: string; readonly period: string; readonly firstRow: number }) =>
        `Aktiviteten ${a.activity} är redan uppföljd för ${a.period} på rad ${n(a.firstRow)}; slå ihop raderna eller ta bort dubbletten.`,
      en: (a) =>
        `Activity ${a.activity} is already reported for ${a.period} on row ${n(a.firstRow)}; merge the rows or remove the duplicate.`,
    },
  ),
};

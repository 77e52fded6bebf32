/** The finding catalogue (docs/findings.md): follow-up rows. */
import { entry, n } from "./entry";

export const FOLLOW_UP = {
  FOLLOWUP_MISSING: entry(
    "warning",
    {
      sv: "En påbörjad aktivitet saknar uppföljning för en period vars brytdatum har passerat.",
      en: "A started activity has no follow-up for a period whose cut-off has passed.",
    },
    (a: { readonly activity: string; readonly period: string; readonly sheet: string }) => ({ ...a }),
  ),
  FOLLOWUP_DUPLICATE: entry(
    "error",
    {
      sv: "Samma aktivitet är uppföljd två gånger för samma period.",
      en: "The same activity is reported twice for the same period.",
    },
    (a: { readonly activity: string; readonly period: string; readonly firstRow: number }) => ({
      activity: a.activity,
      period: a.period,
      firstRow: n(a.firstRow),
    }),
  ),
};

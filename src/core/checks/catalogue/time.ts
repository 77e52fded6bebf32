/** The finding catalogue (docs/findings.md): dates and timeframes. */
import type { IsoDate } from "../../dates";
import { entry } from "./entry";

export const TIME = {
  TIME_ACTIVITY_NO_DATES: entry(
    "warning",
    {
      sv: "En aktivitet saknar start- eller slutdatum.",
      en: "An activity lacks a start or end date.",
    },
    (a: { readonly activity: string; readonly missing: "start" | "end" }) => ({ ...a }),
  ),
  TIME_ACTIVITY_END_BEFORE_START: entry(
    "error",
    { sv: "En aktivitet slutar innan den börjar.", en: "An activity ends before it starts." },
    (a: { readonly activity: string; readonly start: IsoDate; readonly end: IsoDate }) => ({ ...a }),
  ),
  TIME_ACTIVITY_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En aktivitet börjar före eller slutar efter planperioden.",
      en: "An activity starts before or ends after the plan period.",
    },
    (a: {
      readonly activity: string;
      readonly side: "start" | "end";
      readonly date: IsoDate;
      readonly planDate: IsoDate;
    }) => ({ ...a }),
  ),
  TIME_ACTIVITY_OVERDUE: entry(
    "warning",
    {
      sv: "En aktivitets slutdatum har passerat och den är varken genomförd eller avbruten.",
      en: "An activity's end date has passed and it is neither done nor cancelled.",
    },
    (a: { readonly activity: string; readonly end: IsoDate }) => ({ ...a }),
  ),
  TIME_PERIOD_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En periods brytdatum ligger utanför planperioden.",
      en: "A period's cut-off lies outside the plan period.",
    },
    (a: { readonly period: string; readonly cutoff: IsoDate }) => ({ ...a }),
  ),
};

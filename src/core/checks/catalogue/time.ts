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
    {
      sv: (a: { readonly activity: string; readonly missing: "start" | "end" }) =>
        a.missing === "end"
          ? `Aktiviteten ${a.activity} saknar slutdatum; fyll i när den ska vara klar.`
          : `Aktiviteten ${a.activity} saknar startdatum; fyll i när den börjar.`,
      en: (a) =>
        a.missing === "end"
          ? `Activity ${a.activity} has no end date; fill in when it is to be finished.`
          : `Activity ${a.activity} has no start date; fill in when it starts.`,
    },
  ),
  TIME_ACTIVITY_END_BEFORE_START: entry(
    "error",
    { sv: "En aktivitet slutar innan den börjar.", en: "An activity ends before it starts." },
    {
      sv: (a: { readonly activity: string; readonly start: IsoDate; readonly end: IsoDate }) =>
        `Aktiviteten ${a.activity} slutar ${a.end} men börjar ${a.start}; rätta start- eller slutdatumet.`,
      en: (a) => `Activity ${a.activity} ends ${a.end} but starts ${a.start}; correct the start or end date.`,
    },
  ),
  TIME_ACTIVITY_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En aktivitet börjar före eller slutar efter planperioden.",
      en: "An activity starts before or ends after the plan period.",
    },
    {
      sv: (a: {
        readonly activity: string;
        readonly side: "start" | "end";
        readonly date: IsoDate;
        readonly planDate: IsoDate;
      }) =>
        a.side === "end"
          ? `Aktiviteten ${a.activity} slutar ${a.date}, efter planperiodens slut ${a.planDate}; flytta slutdatumet eller ändra planperioden.`
          : `Aktiviteten ${a.activity} börjar ${a.date}, före planperiodens start ${a.planDate}; flytta startdatumet eller ändra planperioden.`,
      en: (a) =>
        a.side === "end"
          ? `Activity ${a.activity} ends ${a.date}, after the plan period ends on ${a.planDate}; move the end date or change the plan period.`
          : `Activity ${a.activity} starts ${a.date}, before the plan period starts on ${a.planDate}; move the start date or change the plan period.`,
    },
  ),
  TIME_ACTIVITY_OVERDUE: entry(
    "warning",
    {
      sv: "En aktivitets slutdatum har passerat och den är varken genomförd eller avbruten.",
      en: "An activity's end date has passed and it is neither done nor cancelled.",
    },
    {
      sv: (a: { readonly activity: string; readonly end: IsoDate }) =>
        `Aktiviteten ${a.activity} skulle vara klar ${a.end} men är varken genomförd eller avbruten; rapportera status eller flytta slutdatumet.`,
      en: (a) =>
        `Activity ${a.activity} was due ${a.end} but is neither done nor cancelled; report its status or move the end date.`,
    },
  ),
  TIME_PERIOD_OUTSIDE_PLAN: entry(
    "warning",
    {
      sv: "En periods brytdatum ligger utanför planperioden.",
      en: "A period's cut-off lies outside the plan period.",
    },
    {
      sv: (a: { readonly period: string; readonly cutoff: IsoDate }) =>
        `Perioden ${a.period} har brytdatum ${a.cutoff}, utanför planperioden; rätta brytdatumet eller planperioden.`,
      en: (a) =>
        `Period ${a.period} has the cut-off ${a.cutoff}, outside the plan period; correct the cut-off or the plan period.`,
    },
  ),
};

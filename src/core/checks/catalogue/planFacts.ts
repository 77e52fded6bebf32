/** The finding catalogue (docs/findings.md): the plan's facts: signature, plan period, adoption. */
import type { IsoDate } from "../../dates";
import { formatMessage } from "../../text";
import { entry, type None, type PeriodInvalid } from "./entry";

export const PLAN_FACTS = {
  PLAN_SIGNED_MISSING: entry(
    "error",
    { sv: "Datum för undertecknandet saknas.", en: "The signing date is missing." },
    {
      sv: (_: None) => `Datum för undertecknandet saknas; fyll i dagen då deklarationen undertecknades.`,
      en: () => `The signing date is missing; fill in the day the Charter was signed.`,
    },
  ),
  PLAN_PERIOD_INVALID: entry(
    "error",
    {
      sv: "Planperiodens start eller slut saknas, eller slutet ligger före starten.",
      en: "The plan period's start or end is missing, or it ends before it starts.",
    },
    {
      sv: (a: PeriodInvalid) =>
        a.kind === "startMissing"
          ? `Planperiodens start saknas; fyll i planperiodens första dag.`
          : a.kind === "endMissing"
            ? `Planperiodens slut saknas; fyll i planperiodens sista dag.`
            : `Planperioden slutar ${a.end} men börjar ${a.start}; rätta start- eller slutdatumet.`,
      en: (a) =>
        a.kind === "startMissing"
          ? `The plan period's start is missing; fill in the first day of the plan period.`
          : a.kind === "endMissing"
            ? `The plan period's end is missing; fill in the last day of the plan period.`
            : `The plan period ends ${a.end} but starts ${a.start}; correct the start or end date.`,
    },
  ),
  PLAN_ADOPTION_LATE: entry(
    "warning",
    {
      sv: "Planen antogs mer än två år efter undertecknandet.",
      en: "The plan was adopted more than two years after signing.",
    },
    {
      sv: (a: { readonly signed: IsoDate; readonly adopted: IsoDate }) =>
        `Planen antogs ${a.adopted}, mer än två år efter undertecknandet ${a.signed}; kontrollera datumen och redovisa skälet till dröjsmålet.`,
      en: (a) =>
        `The plan was adopted ${a.adopted}, more than two years after signing on ${a.signed}; check the dates and record the reason for the delay.`,
    },
  ),
  PLAN_ADOPTION_OVERDUE: entry(
    "error",
    {
      sv: "Planen är inte antagen och tvåårsfristen efter undertecknandet har passerat.",
      en: "The plan is not adopted and the two-year deadline after signing has passed.",
    },
    {
      sv: (a: { readonly deadline: IsoDate }) =>
        `Planen är inte antagen och tvåårsfristen efter undertecknandet gick ut ${a.deadline}; anta planen snarast och fyll i datumet.`,
      en: (a) =>
        `The plan is not adopted and the two-year deadline after signing passed on ${a.deadline}; adopt the plan as soon as possible and fill in the date.`,
    },
  ),
  PLAN_ADOPTION_DUE_SOON: entry(
    "info",
    {
      sv: "Planen är inte antagen och tvåårsfristen går ut inom 90 dagar.",
      en: "The plan is not adopted and the two-year deadline falls within 90 days.",
    },
    {
      sv: (a: { readonly deadline: IsoDate; readonly days: number }) =>
        formatMessage(
          "Planen är inte antagen och tvåårsfristen går ut {deadline} ({days, plural, =0 {i dag} one {om {days} dag} other {om {days} dagar}}); planera beslutet om att anta planen.",
          a,
          "sv",
        ),
      en: (a) =>
        formatMessage(
          "The plan is not adopted and the two-year deadline is {deadline} ({days, plural, =0 {today} one {in {days} day} other {in {days} days}}); schedule the decision to adopt the plan.",
          a,
          "en",
        ),
    },
  ),
};

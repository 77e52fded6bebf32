/** The finding catalogue (docs/findings.md): the plan's facts: signature, plan period, adoption. */
import type { IsoDate } from "../../dates";
import { entry, type None, type PeriodInvalid } from "./entry";

export const PLAN_FACTS = {
  PLAN_SIGNED_MISSING: entry(
    "error",
    { sv: "Datum för undertecknandet saknas.", en: "The signing date is missing." },
    (_: None) => ({}),
  ),
  PLAN_PERIOD_INVALID: entry(
    "error",
    {
      sv: "Planperiodens start eller slut saknas, eller slutet ligger före starten.",
      en: "The plan period's start or end is missing, or it ends before it starts.",
    },
    (a: PeriodInvalid) => ({ ...a }),
  ),
  PLAN_ADOPTION_LATE: entry(
    "warning",
    {
      sv: "Planen antogs mer än två år efter undertecknandet.",
      en: "The plan was adopted more than two years after signing.",
    },
    (a: { readonly signed: IsoDate; readonly adopted: IsoDate }) => ({ ...a }),
  ),
  PLAN_ADOPTION_OVERDUE: entry(
    "error",
    {
      sv: "Planen är inte antagen och tvåårsfristen efter undertecknandet har passerat.",
      en: "The plan is not adopted and the two-year deadline after signing has passed.",
    },
    (a: { readonly deadline: IsoDate }) => ({ ...a }),
  ),
  PLAN_ADOPTION_DUE_SOON: entry(
    "info",
    {
      sv: "Planen är inte antagen och tvåårsfristen går ut inom 90 dagar.",
      en: "The plan is not adopted and the two-year deadline falls within 90 days.",
    },
    (a: { readonly deadline: IsoDate; readonly days: number }) => ({ ...a }),
  ),
};

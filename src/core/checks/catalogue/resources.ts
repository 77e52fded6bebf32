/** The finding catalogue (docs/findings.md): budgets and resources. */
import { formatMoney } from "../../language";
import { entry, where, type CellPlace, type OverBudget } from "./entry";

export const RESOURCES = {
  RESOURCE_ACTIVITY_NONE: entry(
    "warning",
    {
      sv: "En aktivitet saknar både budget och resurser.",
      en: "An activity has neither a budget nor resources.",
    },
    {
      sv: (a: { readonly activity: string }) =>
        `Aktiviteten ${a.activity} saknar både budget och resurser; ange en budget eller beskriv resurserna.`,
      en: (a) =>
        `Activity ${a.activity} has neither a budget nor resources; give a budget or describe the resources.`,
    },
  ),
  RESOURCE_OVER_BUDGET: entry(
    "warning",
    {
      sv: "En aktivitets prognos eller utfall överstiger budgeten.",
      en: "An activity's forecast or outcome exceeds its budget.",
    },
    {
      sv: (a: OverBudget) =>
        `${a.column === "outcome" ? "Utfallet" : "Prognosen"} för aktiviteten ${a.activity} vid ${a.period} (${formatMoney(a.amount, "sv", a.currency)}) överstiger budgeten (${formatMoney(a.budget, "sv", a.currency)}); se över budgeten eller kostnaderna.`,
      en: (a) =>
        `The ${a.column === "outcome" ? "outcome" : "forecast"} of activity ${a.activity} at ${a.period} (${formatMoney(a.amount, "en", a.currency)}) exceeds its budget (${formatMoney(a.budget, "en", a.currency)}); review the budget or the costs.`,
    },
  ),
  RESOURCE_NEGATIVE: entry(
    "error",
    {
      sv: "En budget, ett utfall eller en prognos är negativ.",
      en: "A budget, outcome or forecast is negative.",
    },
    {
      sv: (a: CellPlace & { readonly amount: number; readonly currency: string }) =>
        `Beloppet i «${a.header}» på ${where(a, "sv")} är negativt (${formatMoney(a.amount, "sv", a.currency)}); rätta beloppet.`,
      en: (a) =>
        `The amount in «${a.header}» on ${where(a, "en")} is negative (${formatMoney(a.amount, "en", a.currency)}); correct the amount.`,
    },
  ),
};

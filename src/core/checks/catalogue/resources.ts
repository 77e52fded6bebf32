/** The finding catalogue (docs/findings.md): budgets and resources. */
import { formatMoney } from "../../language";
import { entry, place, type CellPlace, type OverBudget } from "./entry";

export const RESOURCES = {
  RESOURCE_ACTIVITY_NONE: entry(
    "warning",
    {
      sv: "En aktivitet saknar både budget och resurser.",
      en: "An activity has neither a budget nor resources.",
    },
    (a: { readonly activity: string }) => ({ activity: a.activity }),
  ),
  RESOURCE_OVER_BUDGET: entry(
    "warning",
    {
      sv: "En aktivitets prognos eller utfall överstiger budgeten.",
      en: "An activity's forecast or outcome exceeds its budget.",
    },
    (a: OverBudget, lang) => ({
      column: a.column,
      activity: a.activity,
      period: a.period,
      amount: formatMoney(a.amount, lang, a.currency),
      budget: formatMoney(a.budget, lang, a.currency),
    }),
  ),
  RESOURCE_NEGATIVE: entry(
    "error",
    {
      sv: "En budget, ett utfall eller en prognos är negativ.",
      en: "A budget, outcome or forecast is negative.",
    },
    (a: CellPlace & { readonly amount: number; readonly currency: string }, lang) => ({
      ...place(a),
      header: a.header,
      amount: formatMoney(a.amount, lang, a.currency),
    }),
  ),
};

import type { Plan, TableInfo } from "./plan.types";

/** Where each of the plan's seven tables was found, in workbook (schema) order. */
export function planTables(plan: Plan): readonly TableInfo[] {
  return [
    plan.planTable,
    plan.articles.table,
    plan.goals.table,
    plan.activities.table,
    plan.periods.table,
    plan.followUp.table,
    plan.indicatorValues.table,
  ];
}

/**
 * What a unit changed in cells it was not to change (the hand-out protects them,
 * but protection without a password is easily lifted): the plan's facts, goals and
 * activities of the returned file against the master's. Listed, never applied.
 */
import type { ActivityRow, GoalRow, Plan, PlanFacts } from "../plan.types";
import { idKey } from "./answers";
import type { ProtectedChange } from "./collect.types";

type Value = string | number | null;

const FACT_KEYS = ["signed", "adopted", "periodStart", "periodEnd", "currency", "charterVersion"] as const;

function goalFields(g: GoalRow): Record<string, Value> {
  return {
    articles: g.articles.join(", "),
    goal: g.goal,
    indicator: g.indicator,
    unit: g.unit,
    baseline: g.baseline,
    target: g.target,
    direction: g.direction,
    responsible: g.responsible,
  };
}

function activityFields(a: ActivityRow): Record<string, Value> {
  return {
    goalId: a.goalId,
    activity: a.activity,
    responsible: a.responsible,
    start: a.start,
    end: a.end,
    budget: a.budget,
    resources: a.resources,
    timeframe: a.timeframe,
  };
}

const sameValue = (a: Value, b: Value): boolean =>
  typeof a === "string" && typeof b === "string"
    ? a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim()
    : a === b;

function compareRows<R extends { id: string | null }>(
  table: "Goals" | "Activities",
  master: readonly R[],
  returned: readonly R[],
  fields: (r: R) => Record<string, Value>,
): ProtectedChange[] {
  const byId = new Map<string, R>();
  for (const r of master) if (r.id && !byId.has(idKey(r.id))) byId.set(idKey(r.id), r);
  const seen = new Set<string>();
  const out: ProtectedChange[] = [];
  for (const r of returned) {
    if (!r.id || seen.has(idKey(r.id))) continue;
    seen.add(idKey(r.id));
    const m = byId.get(idKey(r.id));
    if (!m) {
      out.push({ table, id: r.id, column: null, before: null, after: r.id });
      continue;
    }
    const before = fields(m);
    const after = fields(r);
    for (const [column, value] of Object.entries(before)) {
      const changed = after[column] ?? null;
      if (!sameValue(value, changed))
        out.push({ table, id: m.id ?? r.id, column, before: value, after: changed });
    }
  }
  return out;
}

function compareFacts(master: PlanFacts, returned: PlanFacts): ProtectedChange[] {
  return FACT_KEYS.flatMap((key) =>
    sameValue(master[key], returned[key])
      ? []
      : [{ table: "Plan" as const, id: key, column: "value", before: master[key], after: returned[key] }],
  );
}

/** The protected cells a returned file changed, in table order. */
export function protectedChanges(master: Plan, returned: Plan): ProtectedChange[] {
  return [
    ...compareFacts(master.facts, returned.facts),
    ...compareRows("Goals", master.goals.rows, returned.goals.rows, goalFields),
    ...compareRows("Activities", master.activities.rows, returned.activities.rows, activityFields),
  ];
}

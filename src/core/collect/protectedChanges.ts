/**
 * What a unit changed in cells it was not to change (the hand-out protects them,
 * but protection without a password is easily lifted): the plan's facts, goals and
 * activities of the returned file against the master's. Listed, never applied.
 */
import { type ColumnKey, tableColumns } from "../schema";
import { type FieldValue, type Plan, type PlanFacts, type TableRecord } from "../plan";
import { idKey } from "./answers";
import type { ProtectedChange } from "./collect.types";

type Value = string | number | null;

const FACT_KEYS = ["signed", "adopted", "periodStart", "periodEnd", "currency", "charterVersion"] as const;

/** A value as compared and listed: article numbers as the cell writes them. */
const valueOf = (v: FieldValue | undefined): Value =>
  v === undefined || typeof v === "boolean" ? null : typeof v === "object" && v !== null ? v.join(", ") : v;

/** A row's values but its ID, by column key in schema order. */
function fieldsOf<T extends "Goals" | "Activities">(table: T, r: TableRecord<T>): [ColumnKey<T>, Value][] {
  return tableColumns(table)
    .filter((c) => c.key !== "id")
    .map((c) => [c.key, valueOf(r[c.key])]);
}

/**
 * Texts compared as a person reads them:
 * read values are trimmed already (readText), so only the spaces inside differ.
 */
const sameValue = (a: Value, b: Value): boolean =>
  typeof a === "string" && typeof b === "string"
    ? a.replace(/\s+/g, " ") === b.replace(/\s+/g, " ")
    : a === b;

function compareRows<T extends "Goals" | "Activities", R extends TableRecord<T> & { id: string | null }>(
  table: T,
  master: readonly R[],
  returned: readonly R[],
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
    const after = new Map(fieldsOf(table, r));
    for (const [column, value] of fieldsOf(table, m)) {
      const changed = after.get(column) ?? null;
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
    ...compareRows("Goals", master.goals.rows, returned.goals.rows),
    ...compareRows("Activities", master.activities.rows, returned.activities.rows),
  ];
}

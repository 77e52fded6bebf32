/** Structure and data quality: the reader's problems, each as a finding of the same code. */
import type { Finding } from "./findings.types";
import type { ReadProblem } from "../plan";
import { finding, type CheckContext } from "./context";

/** Plan keys whose emptiness checkPlanDates reports with a more precise code. */
const PLAN_DATE_KEYS = new Set<string>(["signed", "periodStart", "periodEnd"]);

function fromProblem(p: ReadProblem): Finding | null {
  if (p.code === "TABLE_MISSING")
    return finding(p.code, { sheet: null, cell: null }, [p.table], { table: p.table });
  // The reader names the column's header (a Plan key's label) in the workbook's language.
  const header = p.header ?? "";
  if (p.code === "COLUMN_MISSING")
    return finding(p.code, { sheet: p.sheet, cell: null }, [header], { header, sheet: p.sheet ?? "" });
  if (p.code === "VALUE_REQUIRED" && p.table === "Plan" && p.column !== null && PLAN_DATE_KEYS.has(p.column))
    return null;
  const at = { sheet: p.sheet, cell: p.cell };
  const refs = p.rowId === null ? [] : [p.rowId];
  // A value problem always has its cell; row 0 only stands in for the type.
  const place = { id: p.rowId, row: p.row ?? 0, header };
  const text = p.text ?? "";
  switch (p.code) {
    case "VALUE_REQUIRED":
      return finding(p.code, at, refs, place);
    case "VALUE_INVALID_DATE":
      return finding(p.code, at, refs, { ...place, text });
    case "VALUE_INVALID_NUMBER":
      return finding(p.code, at, refs, { ...place, text });
    case "VALUE_INVALID_CHOICE":
      return finding(p.code, at, refs, { ...place, text });
  }
}

/** Findings for the problems met while reading the workbook. */
export function checkStructure(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.plan.problems) {
    const f = fromProblem(p);
    if (f) out.push(f);
  }
  return out;
}

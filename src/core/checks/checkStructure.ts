/** Structure and data quality: the reader's problems, each as a finding of the same code. */
import type { Finding } from "../findings.types";
import type { ReadProblem } from "../plan.types";
import { PLAN_KEYS, tableSpec } from "../schema";
import { finding, type CheckContext } from "./context";

/** Plan keys whose emptiness checkPlanDates reports with a more precise code. */
const PLAN_DATE_KEYS = new Set<string>(["signed", "periodStart", "periodEnd"]);

function headerText(ctx: CheckContext, p: ReadProblem): string {
  if (p.header !== null) return p.header;
  if (p.column === null) return "";
  if (p.table === "Plan") {
    const key = PLAN_KEYS.find((k) => k.key === p.column);
    if (key) return key.label[ctx.plan.lang];
  }
  const col = tableSpec(p.table).columns.find((c) => c.key === p.column);
  return col ? col.header[ctx.plan.lang] : p.column;
}

function fromProblem(ctx: CheckContext, p: ReadProblem): Finding | null {
  switch (p.code) {
    case "TABLE_MISSING":
      return finding(ctx, p.code, { sheet: null, cell: null }, [p.table], {
        text: tableSpec(p.table).sheet[ctx.lang],
      });
    case "COLUMN_MISSING": {
      const header = headerText(ctx, p);
      return finding(ctx, p.code, { sheet: p.sheet, cell: null }, [header], { header, text: p.sheet ?? "" });
    }
    default: {
      if (
        p.code === "VALUE_REQUIRED" &&
        p.table === "Plan" &&
        p.column !== null &&
        PLAN_DATE_KEYS.has(p.column)
      )
        return null;
      const args = {
        id: p.rowId,
        header: headerText(ctx, p),
        text: p.text ?? "",
        ...(p.row === null ? {} : { row: p.row }),
      };
      return finding(ctx, p.code, { sheet: p.sheet, cell: p.cell }, p.rowId === null ? [] : [p.rowId], args);
    }
  }
}

/** Findings for the problems met while reading the workbook. */
export function checkStructure(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.plan.problems) {
    const f = fromProblem(ctx, p);
    if (f) out.push(f);
  }
  return out;
}

/** The plan's own dates: signing, plan period and the two-year adoption deadline. */
import { addDays, addYears, daysBetween } from "../dates";
import type { Finding } from "./findings.types";
import type { PlanKey } from "../schema";
import { finding, isUnreadable, type At, type CheckContext } from "./context";

/** How many days ahead an unadopted plan's deadline is announced. */
const DUE_SOON_DAYS = 90;

/** The last day a plan may be adopted: two years after signing (docs/findings.md "Dates"). */
export function adoptionDeadline(signed: string): string {
  return addYears(signed, 2);
}

/** PLAN_SIGNED_MISSING, PLAN_PERIOD_INVALID and the PLAN_ADOPTION_* codes. */
export function checkPlanDates(ctx: CheckContext): Finding[] {
  const { plan, refDate } = ctx;
  if (plan.planTable.found === "missing") return [];
  const facts = plan.facts;
  const at = (key: PlanKey): At => facts.cells[key] ?? { sheet: plan.planTable.sheet, cell: null };
  // An unreadable value already has a finding; it is not also "missing".
  const empty = (key: PlanKey, value: string | null): boolean =>
    value === null && !isUnreadable(ctx, facts.cells[key] ?? null);
  const out: Finding[] = [];

  if (empty("signed", facts.signed)) out.push(finding("PLAN_SIGNED_MISSING", at("signed"), [], {}));
  if (empty("periodStart", facts.periodStart)) {
    out.push(finding("PLAN_PERIOD_INVALID", at("periodStart"), [], { kind: "startMissing" }));
  }
  if (empty("periodEnd", facts.periodEnd)) {
    out.push(finding("PLAN_PERIOD_INVALID", at("periodEnd"), [], { kind: "endMissing" }));
  }
  if (facts.periodStart !== null && facts.periodEnd !== null && facts.periodEnd < facts.periodStart) {
    const args = { kind: "endBeforeStart", start: facts.periodStart, end: facts.periodEnd } as const;
    out.push(finding("PLAN_PERIOD_INVALID", at("periodEnd"), [], args));
  }

  if (facts.signed === null) return out;
  const deadline = adoptionDeadline(facts.signed);
  if (facts.adopted !== null) {
    if (facts.adopted > deadline) {
      const args = { signed: facts.signed, adopted: facts.adopted };
      out.push(finding("PLAN_ADOPTION_LATE", at("adopted"), [], args));
    }
  } else if (empty("adopted", facts.adopted)) {
    if (deadline < refDate) {
      out.push(finding("PLAN_ADOPTION_OVERDUE", at("adopted"), [], { deadline }));
    } else if (deadline <= addDays(refDate, DUE_SOON_DAYS)) {
      const days = daysBetween(refDate, deadline);
      out.push(finding("PLAN_ADOPTION_DUE_SOON", at("adopted"), [], { deadline, days }));
    }
  }
  return out;
}

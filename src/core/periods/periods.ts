/**
 * The plan's periods in one place: those with a name and a cut-off (the ones a
 * summary, a hand-out or a collect can be made for), one by name, their cut-offs,
 * and the one to offer first on a date.
 */
import type { IsoDate } from "../dates";
import type { PeriodType } from "../choices";
import type { Plan } from "../plan";

/** A period that can be reported on: named, with a cut-off; no type means interim. */
export type Period = {
  readonly name: string;
  readonly type: PeriodType;
  readonly cutoff: IsoDate;
};

/** The periods to choose from, and the one offered first (null when there is none). */
export type PeriodChoices = { periods: Period[]; preselected: string | null };

/** The plan's periods with a name (trimmed) and a cut-off, in table order; the first row of a name wins. */
export function periodsOf(plan: Plan): Period[] {
  const seen = new Set<string>();
  const out: Period[] = [];
  for (const p of plan.periods.rows) {
    const name = p.period?.trim();
    if (!name || p.cutoff === null || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, type: p.type ?? "interim", cutoff: p.cutoff });
  }
  return out;
}

/** A period by name: exactly (trimmed) first, else ignoring case. */
export function findPeriod(plan: Plan, name: string): Period | null {
  const periods = periodsOf(plan);
  const wanted = name.trim();
  return (
    periods.find((p) => p.name === wanted) ??
    periods.find((p) => p.name.toLocaleLowerCase("sv") === wanted.toLocaleLowerCase("sv")) ??
    null
  );
}

/** Each period's cut-off by its name (trimmed); the first row of a name wins. */
export function periodCutoffs(plan: Plan): ReadonlyMap<string, IsoDate> {
  const map = new Map<string, IsoDate>();
  for (const p of plan.periods.rows) {
    const name = p.period?.trim();
    if (name && p.cutoff && !map.has(name)) map.set(name, p.cutoff);
  }
  return map;
}

/** The latest period whose cut-off is on or before `date` (an annual one wins a tie), or null. */
export function defaultPeriod(plan: Plan, date: IsoDate): string | null {
  let best: { name: string; cutoff: IsoDate; annual: boolean } | null = null;
  for (const p of periodsOf(plan)) {
    if (p.cutoff > date) continue;
    const annual = p.type === "annual";
    if (best === null || p.cutoff > best.cutoff || (p.cutoff === best.cutoff && annual && !best.annual)) {
      best = { name: p.name, cutoff: p.cutoff, annual };
    }
  }
  return best?.name ?? null;
}

/** The periods to choose from on `today`: the latest passed one first offered, else the first period. */
export function periodChoices(plan: Plan, today: IsoDate): PeriodChoices {
  const periods = periodsOf(plan).map((p) => ({ name: p.name, type: p.type, cutoff: p.cutoff }));
  return { periods, preselected: defaultPeriod(plan, today) ?? periods[0]?.name ?? null };
}

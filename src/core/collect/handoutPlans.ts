/**
 * The hand-outs of a reporting round: one per responsible (Ansvarig of goals and
 * activities, grouped trimmed and case-insensitively, the first spelling kept),
 * each with the rows to fill in for the period and the last earlier report.
 */
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import { type ActivityRow, type GoalRow, type Plan } from "../plan";
import { findPeriod, periodCutoffs } from "../periods";
import { answerKey, emptyValues, followUpValues, idKey, indicatorValues, isUnanswered } from "./answers";
import type { AnswerTable, AnswerValues, Handout, HandoutRow } from "./collect.types";
import { handoutFileName } from "./fileNames";
import { responsibleKey, responsibleLabel } from "./identity";

type Listed = ActivityRow & { id: string };
type Group = { name: string | null; goals: GoalRow[]; activities: Listed[] };
type Reported = { period: string; cutoff: IsoDate; values: AnswerValues };

/** Each period's report of each ID: the master's rows by key, and by ID with their cut-off. */
function reports(
  plan: Plan,
  table: AnswerTable,
): { byKey: Map<string, AnswerValues>; byId: Map<string, Reported[]> } {
  const cutoffs = periodCutoffs(plan);
  const byKey = new Map<string, AnswerValues>();
  const byId = new Map<string, Reported[]>();
  // A follow-up row reports once it has a status (as FOLLOWUP_MISSING judges); an indicator row once anything is filled in.
  const rows =
    table === "FollowUp"
      ? plan.followUp.rows.map((r) => ({
          period: r.period,
          id: r.activityId,
          values: followUpValues(r),
          reported: r.status !== null,
        }))
      : plan.indicatorValues.rows.map((r) => {
          const values = indicatorValues(r);
          return { period: r.period, id: r.goalId, values, reported: !isUnanswered(table, values) };
        });
  for (const { period, id, values, reported } of rows) {
    if (period === null || id === null) continue;
    const key = answerKey(table, period, id);
    if (!byKey.has(key)) byKey.set(key, values);
    const cutoff = cutoffs.get(period);
    if (cutoff === undefined || !reported) continue;
    const list = byId.get(idKey(id)) ?? [];
    list.push({ period, cutoff, values });
    byId.set(idKey(id), list);
  }
  return { byKey, byId };
}

/** The latest report strictly before the cut-off (the first of a tie). */
function previousOf(list: readonly Reported[] | undefined, cutoff: IsoDate): Reported | null {
  let best: Reported | null = null;
  for (const r of list ?? []) if (r.cutoff < cutoff && (best === null || r.cutoff > best.cutoff)) best = r;
  return best;
}

/** Goals and activities by responsible, in order of first appearance; duplicated IDs once. */
function groups(plan: Plan): Group[] {
  const byKey = new Map<string, Group>();
  const group = (name: string | null): Group => {
    const key = responsibleKey(name);
    const found = byKey.get(key);
    if (found) return found;
    const made: Group = { name, goals: [], activities: [] };
    byKey.set(key, made);
    return made;
  };
  const seen = new Set<string>();
  for (const g of plan.goals.rows) {
    if (!g.id || seen.has(`g${idKey(g.id)}`)) continue;
    seen.add(`g${idKey(g.id)}`);
    group(g.responsible).goals.push(g);
  }
  for (const a of plan.activities.rows) {
    const { id } = a;
    if (!id || seen.has(`a${idKey(id)}`)) continue;
    seen.add(`a${idKey(id)}`);
    group(a.responsible).activities.push({ ...a, id });
  }
  return [...byKey.values()];
}

/**
 * The hand-outs for a period, or null when the master has no such period. An
 * activity is handed out unless it starts after the cut-off or was Done or
 * Cancelled at an earlier period (as FOLLOWUP_MISSING judges), or when the master
 * already holds its row for the period. Every goal of the unit gets an indicator
 * row. Activities and goals without a responsible form one group of their own;
 * a group with nothing to fill in gets no hand-out. `lang` defaults to the master's.
 */
export function handoutPlans(plan: Plan, periodName: string, lang: Lang = plan.lang): Handout[] | null {
  const period = findPeriod(plan, periodName);
  if (period === null) return null;
  const follow = reports(plan, "FollowUp");
  const measured = reports(plan, "IndicatorValues");
  const row = (table: AnswerTable, id: string, name: string | null, from: typeof follow): HandoutRow => {
    const previous = previousOf(from.byId.get(idKey(id)), period.cutoff);
    return {
      table,
      period: period.name,
      id,
      name,
      values: from.byKey.get(answerKey(table, period.name, id)) ?? emptyValues(table),
      previous: previous ? { period: previous.period, values: previous.values } : null,
    };
  };
  const due = (a: Listed): boolean => {
    if (follow.byKey.has(answerKey("FollowUp", period.name, a.id))) return true;
    if (a.start !== null && a.start > period.cutoff) return false;
    const status = previousOf(follow.byId.get(idKey(a.id)), period.cutoff)?.values["status"];
    return status !== "done" && status !== "cancelled";
  };
  // By name as in Swedish; the group without a responsible last.
  const ordered = groups(plan).sort((a, b) =>
    a.name === null || b.name === null
      ? Number(a.name === null) - Number(b.name === null)
      : a.name.localeCompare(b.name, "sv"),
  );
  const names = new Set<string>();
  const out: Handout[] = [];
  for (const g of ordered) {
    const activities = g.activities.filter(due);
    const followUp = activities.map((a) => row("FollowUp", a.id, a.activity, follow));
    const indicators = g.goals.flatMap((x) => (x.id ? [row("IndicatorValues", x.id, x.goal, measured)] : []));
    if (followUp.length === 0 && indicators.length === 0) continue;
    const goalIds = new Set<string>();
    for (const id of [...g.goals.map((x) => x.id), ...g.activities.map((a) => a.goalId)])
      if (id) goalIds.add(idKey(id));
    const seen = new Set<string>();
    const goals = plan.goals.rows.filter((x) => {
      if (!x.id) return false;
      const key = idKey(x.id);
      if (!goalIds.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const label = responsibleLabel(g.name, lang);
    out.push({
      identity: {
        organisation: plan.facts.organisation,
        planName: plan.facts.planName,
        period: period.name,
        responsible: g.name,
      },
      label,
      fileName: handoutFileName(period.name, label, names),
      lang,
      cutoff: period.cutoff,
      facts: plan.facts,
      articles: plan.articles.rows,
      goals,
      activities: g.activities,
      periods: plan.periods.rows,
      followUp,
      indicators,
    });
  }
  return out;
}

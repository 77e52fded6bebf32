/**
 * The preview of a collect: what each returned file would add or change in the
 * master for one period, where units disagree, what the master does not know, what
 * a unit changed that it should not have, and who has not answered. Pure: the
 * caller shows it, and nothing is written until the coordinator confirms.
 */
import { a1, type CellRef } from "../cells";
import { type Plan, type TableInfo } from "../plan";
import { findPeriod } from "../periods";
import { answerKey, followUpValues, idKey, indicatorValues, isUnanswered, sameValues } from "./answers";
import type {
  AnswerRow,
  AnswerTable,
  AnswerValues,
  CollectPreview,
  Conflict,
  FileStatus,
  HandoutIdentity,
  IgnoredRow,
  UnitPreview,
} from "./collect.types";
import { handoutPlans } from "./handoutPlans";
import { responsibleKey, responsibleLabel } from "./identity";
import { protectedChanges } from "./protectedChanges";

/** A returned workbook as read, with the identity found in it (null when none). */
export type ReturnedFile = {
  readonly file: string;
  readonly plan: Plan;
  readonly identity: HandoutIdentity | null;
};

type Line = { period: string | null; id: string | null; row: number; values: AnswerValues };

function lines(plan: Plan, table: AnswerTable): Line[] {
  return table === "FollowUp"
    ? plan.followUp.rows.map((r) => ({
        period: r.period,
        id: r.activityId,
        row: r.row,
        values: followUpValues(r),
      }))
    : plan.indicatorValues.rows.map((r) => ({
        period: r.period,
        id: r.goalId,
        row: r.row,
        values: indicatorValues(r),
      }));
}

function infoOf(plan: Plan, table: AnswerTable): TableInfo {
  return table === "FollowUp" ? plan.followUp.table : plan.indicatorValues.table;
}

function idCell(info: TableInfo, table: AnswerTable, row: number): CellRef | null {
  const col = info.columns[table === "FollowUp" ? "activityId" : "goalId"];
  return info.sheet === null || col === undefined ? null : { sheet: info.sheet, cell: a1(row, col) };
}

function statusOf(master: Plan, period: string, identity: HandoutIdentity | null): FileStatus {
  if (identity === null) return "noIdentity";
  if (idKey(identity.period) !== idKey(period)) return "otherPeriod";
  const differs = (a: string | null, b: string | null) => idKey(a ?? "") !== idKey(b ?? "");
  if (
    differs(identity.organisation, master.facts.organisation) ||
    differs(identity.planName, master.facts.planName)
  )
    return "otherPlan";
  return "ok";
}

type Collected = {
  answers: AnswerRow[];
  unanswered: IgnoredRow[];
  unknown: IgnoredRow[];
  otherPeriod: IgnoredRow[];
};

/** The answers of one file for the period, against the master's rows. */
function answersOf(master: Plan, period: string, f: ReturnedFile): Collected {
  const out: Collected = { answers: [], unanswered: [], unknown: [], otherPeriod: [] };
  for (const table of ["FollowUp", "IndicatorValues"] as const) {
    const known = new Map<string, string>();
    for (const r of table === "FollowUp" ? master.activities.rows : master.goals.rows) {
      if (r.id && !known.has(idKey(r.id))) known.set(idKey(r.id), r.id);
    }
    const masterRows = new Map<string, Line>();
    for (const l of lines(master, table)) {
      if (l.period && l.id && !masterRows.has(answerKey(table, l.period, l.id)))
        masterRows.set(answerKey(table, l.period, l.id), l);
    }
    const info = infoOf(f.plan, table);
    for (const l of lines(f.plan, table)) {
      if (l.id === null || l.period === null) continue;
      const cell = idCell(info, table, l.row);
      const answered = !isUnanswered(table, l.values);
      const ignored: IgnoredRow = { table, period: l.period, id: l.id, cell };
      if (idKey(l.period) !== idKey(period)) {
        // A copy of the master's own row of another period is no news.
        const held = masterRows.get(answerKey(table, l.period, l.id));
        if (answered && !(held && sameValues(table, held.values, l.values))) out.otherPeriod.push(ignored);
        continue;
      }
      const id = known.get(idKey(l.id));
      if (id === undefined) {
        if (answered) out.unknown.push(ignored);
        continue;
      }
      if (!answered) {
        out.unanswered.push({ ...ignored, period, id });
        continue;
      }
      const key = answerKey(table, period, id);
      const before = masterRows.get(key) ?? null;
      out.answers.push({
        key,
        table,
        period,
        id,
        file: f.file,
        cell,
        after: l.values,
        before: before?.values ?? null,
        masterRow: before?.row ?? null,
      });
    }
  }
  return out;
}

/** Keys answered differently by two files (or two rows of one file). */
function conflictsOf(answers: readonly AnswerRow[], labels: ReadonlyMap<string, string>): Conflict[] {
  const byKey = new Map<string, AnswerRow[]>();
  for (const a of answers) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
  const out: Conflict[] = [];
  for (const [key, list] of byKey) {
    const first = list[0];
    if (!first || list.every((a) => sameValues(a.table, a.after, first.after))) continue;
    out.push({
      key,
      table: first.table,
      period: first.period,
      id: first.id,
      before: first.before,
      answers: list.map((a) => ({ file: a.file, label: labels.get(a.file) ?? a.file, values: a.after })),
    });
  }
  return out;
}

/** The preview of collecting the returned files into the master for a period; null for an unknown period. */
export function collectPreview(
  master: Plan,
  periodName: string,
  returned: readonly ReturnedFile[],
): CollectPreview | null {
  const found = findPeriod(master, periodName);
  const handouts = handoutPlans(master, periodName);
  // Stryker disable next-line LogicalOperator,ConditionalExpression: handoutPlans is null exactly when findPeriod is (test/mutation/equivalent.md)
  if (found === null || handouts === null) return null;
  const period = found.name;
  const files = returned.map((f) => {
    const status = statusOf(master, period, f.identity);
    const label = f.identity ? responsibleLabel(f.identity.responsible, master.lang) : f.file;
    const taken = status === "ok" || status === "noIdentity";
    const collected: Collected = taken
      ? answersOf(master, period, f)
      : { answers: [], unanswered: [], unknown: [], otherPeriod: [] };
    return { f, status, label, collected, changes: taken ? protectedChanges(master, f.plan) : [] };
  });
  const labels = new Map(files.map((x) => [x.f.file, x.label]));
  const conflicts = conflictsOf(
    files.flatMap((x) => x.collected.answers),
    labels,
  );
  const conflicting = new Set(conflicts.map((c) => c.key));
  const units: UnitPreview[] = files.map(({ f, status, label, collected, changes }) => {
    const mine = collected.answers;
    return {
      file: f.file,
      status,
      identity: f.identity,
      label,
      added: mine.filter((a) => !conflicting.has(a.key) && a.before === null),
      changed: mine.filter(
        (a) => !conflicting.has(a.key) && a.before !== null && !sameValues(a.table, a.before, a.after),
      ),
      unchanged: mine.filter(
        (a) => !conflicting.has(a.key) && a.before !== null && sameValues(a.table, a.before, a.after),
      ),
      conflicting: mine.filter((a) => conflicting.has(a.key)),
      unanswered: collected.unanswered,
      unknown: collected.unknown,
      otherPeriod: collected.otherPeriod,
      protectedChanges: changes,
    };
  });
  const answered = new Set(
    files
      .filter((x) => x.status === "ok" && x.f.identity)
      .map((x) => responsibleKey(x.f.identity?.responsible ?? null)),
  );
  const missing = handouts
    .filter((h) => !answered.has(responsibleKey(h.identity.responsible)))
    .map((h) => h.label);
  return { period, units, conflicts, missing };
}

/**
 * The checks of docs/findings.md: one pure function from a read plan and a reference
 * date to the findings, sorted so that the same plan always gives the same list.
 */
import { columnIndex } from "../cells";
import { checkActions } from "./checkActions";
import { checkArticles } from "./checkArticles";
import { checkCoverage } from "./checkCoverage";
import { checkFollowUp } from "./checkFollowUp";
import { checkIds } from "./checkIds";
import { checkNationalGoals } from "./checkNationalGoals";
import { checkPlanDates } from "./checkPlanDates";
import { checkResources } from "./checkResources";
import { checkStructure } from "./checkStructure";
import { checkTimeframes } from "./checkTimeframes";
import type { Check, CheckContext } from "./context";
import { indexPlan } from "./planIndex";
import type { IsoDate } from "../dates";
import { FINDING_CODES } from "./findingMessage";
import type { Finding, FindingCode } from "./findings.types";
import { TABLES } from "../schema";
import { type Plan, planTables } from "../plan";

const CHECKS: readonly Check[] = [
  checkStructure,
  checkIds,
  checkArticles,
  checkPlanDates,
  checkCoverage,
  checkNationalGoals,
  checkTimeframes,
  checkFollowUp,
  checkActions,
  checkResources,
];

const UNREADABLE = new Set(["VALUE_INVALID_DATE", "VALUE_INVALID_NUMBER", "VALUE_INVALID_CHOICE"]);
const CODE_RANK = new Map<FindingCode, number>(FINDING_CODES.map((c, i) => [c, i]));

/** Sheet, row and column rank of a finding: workbook-wide first, then sheets in TABLES order. */
type SortKey = {
  readonly sheet: number;
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
  readonly code: number;
};

function sheetRanks(plan: Plan): Map<string, number> {
  const infos = planTables(plan);
  const ranks = new Map<string, number>();
  for (const info of infos) {
    const rank = TABLES.findIndex((t) => t.name === info.name);
    if (info.sheet !== null && !ranks.has(info.sheet)) ranks.set(info.sheet, rank);
  }
  return ranks;
}

function sortKey(f: Finding, ranks: ReadonlyMap<string, number>): SortKey {
  const m = f.cell === null ? null : /^([A-Z]+)(\d+)$/.exec(f.cell);
  return {
    sheet: f.sheet === null ? -1 : (ranks.get(f.sheet) ?? TABLES.length),
    sheetName: f.sheet ?? "",
    // A finding about a whole sheet (no cell) comes before its cells.
    row: m ? Number(m[2]) : -1,
    col: m && m[1] ? columnIndex(m[1]) : -1,
    code: CODE_RANK.get(f.code) ?? FINDING_CODES.length,
  };
}

function compare(a: SortKey, b: SortKey): number {
  if (a.sheet !== b.sheet) return a.sheet - b.sheet;
  if (a.sheetName !== b.sheetName) return a.sheetName < b.sheetName ? -1 : 1;
  return a.row - b.row || a.col - b.col || a.code - b.code;
}

/** Sorts findings by sheet (TABLES order), row, column and code; ties keep their order. */
export function sortFindings(plan: Plan, findings: readonly Finding[]): Finding[] {
  const ranks = sheetRanks(plan);
  return findings
    .map((f, i) => ({ f, i, k: sortKey(f, ranks) }))
    .sort((a, b) => compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.f);
}

/** Every finding of a plan as of a reference date (their words are rendered by findingMessage). */
export function checkPlan(plan: Plan, refDate: IsoDate): Finding[] {
  const unreadableCells = new Set<string>();
  for (const p of plan.problems) {
    if (UNREADABLE.has(p.code) && p.sheet !== null && p.cell !== null)
      unreadableCells.add(`${p.sheet}!${p.cell}`);
  }
  const ctx: CheckContext = { plan, refDate, index: indexPlan(plan), unreadableCells };
  return sortFindings(
    plan,
    CHECKS.flatMap((check) => check(ctx)),
  );
}

/**
 * Reading the Plan table: key / value rows, keys in either language (PLAN_KEYS),
 * each value read by its key's type.
 */
import { a1, type CellRef, type CellValue } from "../cells";
import type { IsoDate } from "../dates";
import type { Lang } from "../language";
import { headerKey, problemAt, type MatchedTable } from "./matchTable";
import { PLAN_KEYS, planKeyLabel, type PlanKey, type PlanKeySpec } from "../schema";
import { type CharterVersion, type PlanFacts, type ReadProblem } from "../plan";
import { cellText, readDate, readText } from "./readValues";

const KEY_BY_LABEL: ReadonlyMap<string, PlanKeySpec> = new Map(
  PLAN_KEYS.flatMap((k) => [[headerKey(k.label.sv), k] as const, [headerKey(k.label.en), k] as const]),
);

/** The Charter version of a cell: 2006 or 2022 as number or text; null when unreadable. */
function readVersion(v: CellValue): CharterVersion | null {
  const t = readText(v);
  if (t === "2006") return 2006;
  if (t === "2022") return 2022;
  return null;
}

/** The facts of the plan and the problems of its values (dates, version, Organisation). */
export function readPlanFacts(t: MatchedTable<"Plan">, lang: Lang, problems: ReadProblem[]): PlanFacts {
  const values: Partial<Record<PlanKey, CellValue>> = {};
  const cells: Partial<Record<PlanKey, CellRef>> = {};
  const at: Partial<Record<PlanKey, { row: number; col: number }>> = {};
  const keyCol = t.columns.key;
  const valueCol = t.columns.value;
  if (t.located && keyCol !== undefined && valueCol !== undefined) {
    const { values: grid, top, left, sheet } = t.located.range;
    for (let i = 1; i < grid.length; i++) {
      const label = readText(grid[i]?.[keyCol]);
      const spec = label === null ? undefined : KEY_BY_LABEL.get(headerKey(label));
      // The first row of a key counts; a repeated key below it is left alone.
      if (!spec || at[spec.key]) continue;
      const pos = { row: top + i, col: left + valueCol };
      at[spec.key] = pos;
      cells[spec.key] = { sheet, cell: a1(pos.row, pos.col) };
      values[spec.key] = grid[i]?.[valueCol];
    }
  }
  const found: ReadProblem[] = [];
  const label = (key: PlanKey): string => planKeyLabel(key, lang);
  const report = (key: PlanKey, code: ReadProblem["code"], text: string | null): void => {
    found.push(problemAt(t, code, at[key] ?? null, { column: key, header: label(key), text }));
  };
  const date = (key: PlanKey): IsoDate | null => {
    const r = readDate(values[key]);
    if (r.ok) return r.value;
    report(key, "VALUE_INVALID_DATE", r.text);
    return null;
  };
  const organisation = readText(values.organisation);
  // Only Organisation is VALUE_REQUIRED: the missing dates are the checks' PLAN_* findings.
  if (organisation === null && t.located && keyCol !== undefined && valueCol !== undefined)
    report("organisation", "VALUE_REQUIRED", null);
  const facts: PlanFacts = {
    organisation,
    planName: readText(values.planName),
    signed: date("signed"),
    adopted: date("adopted"),
    periodStart: date("periodStart"),
    periodEnd: date("periodEnd"),
    currency: readText(values.currency) ?? "SEK",
    charterVersion: readVersion(values.charterVersion) ?? 2006,
    cells,
  };
  if (readText(values.charterVersion) !== null && readVersion(values.charterVersion) === null) {
    report("charterVersion", "VALUE_INVALID_CHOICE", cellText(values.charterVersion));
  }
  found.sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  problems.push(...found);
  return facts;
}

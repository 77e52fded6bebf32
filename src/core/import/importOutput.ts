/** What an import result becomes: import.md's JSON, and the rows for the plan's tables. */
import { isoToSerial, type IsoDate } from "../dates";
import type { Lang } from "../language";
import type { ImportJson, ImportResult } from "./import.types";

/** A row for WorkbookPort.appendRows. */
export type ImportRow = readonly (string | number | null)[];

/** import.md's JSON (the command line's `import --json`), ready for JSON.stringify. */
export function importJson(result: ImportResult): ImportJson {
  return {
    shape: result.shape,
    headerRange: result.headerRange,
    goals: result.goals.map((g) => ({
      id: g.id,
      articles: [...g.articles],
      goal: g.goal,
      numbering: g.numbering,
      indicator: g.indicator,
      target: g.target,
      cell: g.cell,
    })),
    activities: result.activities.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      activity: a.activity,
      responsible: a.responsible,
      start: a.start,
      end: a.end,
      timeframe: a.timeframe,
      budget: a.budget,
      resources: a.resources,
      numbering: a.numbering,
      cell: a.cell,
    })),
    notUnderstood: result.notUnderstood.map((n) => ({
      sheet: n.sheet,
      cell: n.cell,
      text: n.text,
      reason: n.reason,
    })),
    ignored: result.lines
      .filter((l) => l.role === "aboveHeader" || l.role === "beforeList")
      .map((l) => ({ sheet: result.sheet, cell: l.cell, text: l.text })),
    readings: result.readings.map((r) => ({ ...r })),
  };
}

const serial = (d: IsoDate | null): number | null => (d === null ? null : isoToSerial(d));

/**
 * The rows to append to the Goals and Activities tables, in the schema's column
 * order (schema.ts). Dates are Excel serials; texts stay strings, also those that
 * begin with "=" (the adapters write them as text).
 * The language is not needed yet: no imported cell holds a choice label.
 */
export function importRows(
  result: ImportResult,
  _lang: Lang,
): { goals: ImportRow[]; activities: ImportRow[] } {
  return {
    goals: result.goals.map((g) => [
      g.id,
      g.articles.join(", "),
      g.goal,
      g.indicator,
      null, // unit
      null, // baseline
      g.target,
      null, // direction
      null, // responsible
    ]),
    activities: result.activities.map((a) => [
      a.id,
      a.goalId,
      a.activity,
      a.responsible,
      serial(a.start),
      serial(a.end),
      a.budget,
      a.resources,
      a.timeframe,
    ]),
  };
}

/**
 * What an import result becomes: docs/import.md's JSON. Its goals and activities are
 * records of the Goals and Activities tables (schemaRows.ts makes their rows).
 */
import type { ImportJson, ImportResult } from "./import.types";

/** docs/import.md's JSON (the command line's `import --json`), ready for JSON.stringify. */
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
      nationalGoals: [...g.nationalGoals],
      regionalGoal: g.regionalGoal,
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

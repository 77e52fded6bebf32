/**
 * Turning a loose list into goals and activities (docs/import.md): a table under its
 * header row, or a document-shaped list in one column, read into the same records
 * and made into goals and activities once. Every line of the input is accounted
 * for: taken as a goal, an activity or a part of one, ignored as a title above the
 * header, or listed as not understood.
 */
import { a1, columnIndex, isBlank, type RawRange } from "../cells";
import { buildPlan } from "./buildPlan";
import { documentRecords } from "./documentRecords";
import type { ImportOptions, ImportResult, ImportWarning, SourceLine } from "./import.types";
import { checkedMapping } from "./mapping";
import { IdNumbering } from "./numbering";
import type { PlanPeriod } from "./parseTimeframe";
import { recogniseColumns } from "./recogniseColumns";
import { articleHeadings, type ShapeReading } from "./sourceRecords";
import { tableRecords } from "./tableRecords";

/** The name pasted text goes by as a "sheet": none, so that places read "rad 5". */
export const PASTED_TEXT_SHEET = "";

/** Imports a loose list from a range (a sheet, the selection); never throws. */
export function importList(range: RawRange, options: ImportOptions): ImportResult {
  return importRange(range, options, "cells");
}

/**
 * Imports text pasted into the view: one line per row, a tab between cells (so a
 * table copied from Word or Excel keeps its columns). Lines are placed in column A
 * so that line 5 is "A5".
 */
export function importText(text: string, options: ImportOptions): ImportResult {
  const values = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.split("\t"));
  return importRange({ sheet: PASTED_TEXT_SHEET, top: 0, left: 0, values }, options, "text");
}

function importRange(range: RawRange, options: ImportOptions, source: "cells" | "text"): ImportResult {
  const recognised = recogniseColumns(range, { mapped: options.mapping !== undefined });
  const warnings: ImportWarning[] = [];
  const numbering = new IdNumbering(options.existingGoalIds ?? [], options.existingActivityIds ?? []);
  const plan: PlanPeriod | undefined =
    options.from && options.to ? { start: options.from, end: options.to } : undefined;
  const empty = range.values.every((row) => row.every((v) => isBlank(v)));

  let reading: ShapeReading;
  let mapping = recognised.mapping;
  let headerRange: string | null = null;
  let shape: ImportResult["shape"] = null;
  if (recognised.headerRows !== null) {
    shape = "table";
    const width = Math.max(0, ...range.values.map((r) => r.length));
    mapping = checkedMapping(options.mapping ?? recognised.mapping, width, warnings);
    if (!options.mapping) {
      for (const h of recognised.unrecognised)
        warnings.push({ code: "HEADER_NOT_RECOGNISED", cell: h.cell, text: h.text });
    }
    for (const m of ["article", "goal", "activity"] as const) {
      if (mapping[m] === undefined) warnings.push({ code: "COLUMN_NOT_FOUND", cell: null, text: m });
    }
    const { first, last } = recognised.headerRows;
    const lastCol = Math.max(0, ...recognised.headers.map((h) => h.index));
    headerRange = `${a1(range.top + first, range.left)}:${a1(range.top + last, range.left + lastCol)}`;
    reading = tableRecords(range, recognised.headerRows, mapping, recognised.headers);
  } else {
    reading = documentRecords(range);
    if (reading.records.length > 0) shape = "document";
    else warnings.push({ code: empty ? "EMPTY" : "NO_HEADER_ROW", cell: null, text: null });
  }

  const built = buildPlan(articleHeadings(reading.records), reading.lines, {
    sheet: range.sheet,
    plan,
    numbering,
    articleSource: reading.articleSource,
  });
  const unplaced = reading.unplaced.map((u) => {
    const line = reading.lines[u.line];
    return { sheet: range.sheet, cell: line?.cell ?? "", text: line?.text ?? "", reason: u.reason };
  });
  const notUnderstood = [...built.notUnderstood, ...unplaced].sort(
    (a, b) => cellOrder(a.cell) - cellOrder(b.cell),
  );
  if (numbering.continuedAfter !== null && built.goals.length > 0) {
    warnings.push({ code: "NUMBERING_CONTINUED", cell: null, text: numbering.continuedAfter });
  }
  const lines: SourceLine[] = reading.lines.map((l) => ({ ...l, ids: [...l.ids] }));
  return {
    sheet: range.sheet,
    source,
    shape,
    headerRange,
    headers: recognised.headers,
    mapping: shape === "table" ? mapping : {},
    goals: built.goals,
    activities: built.activities,
    notUnderstood,
    lines,
    readings: built.readings,
    warnings: [...warnings, ...built.warnings],
    numbering: { continuedAfter: numbering.continuedAfter, firstGoalId: built.goals[0]?.id ?? null },
  };
}

/** Sort key of a cell: its row, then its column, so listed texts come in the order of the input. */
function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? Number(m[2]) * 100_000 + columnIndex(m[1] ?? "A") : Number.MAX_SAFE_INTEGER;
}

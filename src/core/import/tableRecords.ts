/**
 * The table shape: every row below the header row is one record, its cells placed
 * by the column mapping; rows above the header are accounted for as ignored.
 */
import { a1, isBlank, type CellValue, type RawRange } from "../cells";
import { cellText } from "../read";
import { headerUnit } from "./amounts";
import { stripNumbering } from "./lineMarkers";
import { IMPORT_MEANINGS, type ColumnMapping, type HeaderColumn } from "./recogniseColumns";
import type { LineDraft, ShapeReading, SourceField, SourceRecord } from "./sourceRecords";

/** A row as one line of text: its non-empty cells joined. */
export function rowText(row: readonly CellValue[]): string {
  return row
    .filter((v) => !isBlank(v))
    .map((v) => cellText(v))
    .join(" | ");
}

/** The address of a row's first non-empty cell. */
export function firstCell(range: RawRange, r: number): string {
  const row = range.values[r] ?? [];
  const c = Math.max(
    0,
    row.findIndex((v) => !isBlank(v)),
  );
  return a1(range.top + r, range.left + c);
}

/** A goal or activity cell without the numbering a document gave it ("1.1 Kartläggning"). */
function numbered(field: SourceField | undefined): {
  field: SourceField | undefined;
  numbering: string | null;
} {
  if (!field || typeof field.value !== "string") return { field, numbering: null };
  const { text, numbering } = stripNumbering(field.value);
  return { field: { ...field, value: text }, numbering };
}

/**
 * Reads the rows of a table: above the header (ignored), the header's one or two
 * rows, then one record per non-empty row below it.
 */
export function tableRecords(
  range: RawRange,
  header: { readonly first: number; readonly last: number },
  mapping: ColumnMapping,
  headers: readonly HeaderColumn[],
): ShapeReading {
  const lines: LineDraft[] = [];
  const records: SourceRecord[] = [];
  const budgetHeader = headers.find((h) => h.index === mapping.budget)?.text;
  const unit = headerUnit(budgetHeader);
  range.values.forEach((row, r) => {
    if (row.every((v) => isBlank(v))) return;
    const line = lines.length;
    const role = r < header.first ? "aboveHeader" : r <= header.last ? "header" : "notUnderstood";
    lines.push({ cell: firstCell(range, r), text: rowText(row), role, ids: [] });
    if (r <= header.last) return;
    const fields: Partial<Record<(typeof IMPORT_MEANINGS)[number], SourceField>> = {};
    for (const m of IMPORT_MEANINGS) {
      const c = mapping[m];
      if (c === undefined || isBlank(row[c])) continue;
      fields[m] = { value: row[c] ?? null, cell: a1(range.top + r, range.left + c) };
    }
    // The budget header's unit ("Budget (tkr)") scales the amounts below it.
    if (fields.budget) fields.budget = { ...fields.budget, unit };
    const goal = numbered(fields.goal);
    const activity = numbered(fields.activity);
    if (goal.field) fields.goal = goal.field;
    if (activity.field) fields.activity = activity.field;
    records.push({
      line,
      moreLines: [],
      fields,
      goalNumbering: goal.numbering,
      activityNumbering: activity.numbering,
    });
  });
  return { lines, records, unplaced: [], articleSource: mapping.article !== undefined };
}

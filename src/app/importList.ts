/**
 * Import as a use case (docs/import.md): preview what a loose list becomes, then append
 * it to the plan's Goals and Activities tables. The source cells are never written.
 */
import type { RawRange } from "../core/cells";
import { FailureError, notATable } from "../core/failures";
import {
  importableSheets,
  importList,
  type ImportOptions,
  type ImportResult,
  importText,
  sourceRange,
} from "../core/import";
import type { Lang } from "../core/language";
import { type TableName } from "../core/schema";
import { columnsLacking, planTables, rowInTable, type TableInfo, type TableRecord } from "../core/plan";
import { readPlan } from "../core/read";
import type { ReadScope, SelectionRead, WorkbookPort } from "./ports";
import { setUpPlan } from "./setUpPlan";

/**
 * Where the loose list is: a sheet's used range (the first sheet that is no plan sheet
 * when no name is given), a given range, the user's selection (read through the port,
 * which says what it took of it), or text pasted into the view.
 */
export type ImportSource =
  | { readonly sheet?: string }
  | { readonly range: RawRange }
  | { readonly selection: true }
  | { readonly text: string };

/** What was taken of the selection, for telling the user (SelectionRead without its cells). */
export type SelectionNote = Omit<SelectionRead, "range">;

export type ImportPreview = {
  readonly result: ImportResult;
  /** Plan tables the workbook lacks; writeImport adds them first. */
  readonly missingTables: readonly TableName[];
  /** The plan period used for timeframe words: the options', else the workbook's. */
  readonly from: string | null;
  readonly to: string | null;
  /** When importing from the selection: what was taken of it. */
  readonly selection: SelectionNote | null;
};

export type PreviewOptions = Omit<ImportOptions, "existingGoalIds" | "existingActivityIds">;

/**
 * The sheets a loose list may be imported from, in workbook order: every sheet but
 * the plan's own, the lists sheet and the product's working sheets ("_cemr", "CEMR_…").
 */
export async function importSourceSheets(port: WorkbookPort): Promise<string[]> {
  return importableSheets(await port.sheetNames());
}

/** Where the Import view can take a list from: the sheets, and whether the host can read the user's selection. */
export type ImportSources = { readonly sheets: readonly string[]; readonly selection: boolean };

/** The sources a loose list may be imported from (importSourceSheets, and the selection where the port reads one). */
export async function importSources(port: WorkbookPort): Promise<ImportSources> {
  return { sheets: await importSourceSheets(port), selection: port.readSelection !== undefined };
}

/**
 * The sheets previewImport reads besides the plan: the named source sheet; every sheet a
 * list may come from when none is named (the first that holds data is taken); none for
 * a range, the selection or pasted text.
 */
async function sourceScope(port: WorkbookPort, source: ImportSource): Promise<ReadScope> {
  if ("sheet" in source && source.sheet !== undefined) return { sheets: [source.sheet] };
  if ("range" in source || "selection" in source || "text" in source) return {};
  return { sheets: await importSourceSheets(port) };
}

const ids = (rows: readonly { id: string | null }[]): string[] =>
  rows.flatMap((r) => (r.id === null ? [] : [r.id]));

/** What the loose list becomes, without writing anything; IDs continue the workbook's. */
export async function previewImport(
  port: WorkbookPort,
  source: ImportSource,
  options: PreviewOptions,
): Promise<ImportPreview> {
  const raw = await port.read(await sourceScope(port, source));
  let selection: SelectionNote | null = null;
  let range: RawRange | null = null;
  if ("selection" in source) {
    const read = port.readSelection ? await port.readSelection() : null;
    if (!read) throw new FailureError({ code: "noSelection" });
    const { range: taken, ...note } = read;
    range = taken;
    selection = note;
  } else if (!("text" in source)) {
    range = sourceRange(raw, source);
  }
  const plan = readPlan(raw);
  const from = options.from ?? plan.facts.periodStart;
  const to = options.to ?? plan.facts.periodEnd;
  const importOptions = {
    lang: options.lang,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    existingGoalIds: ids(plan.goals.rows),
    existingActivityIds: ids(plan.activities.rows),
  };
  const result = range
    ? importList(range, importOptions)
    : importText("text" in source ? source.text : "", importOptions);
  const missingTables = planTables(plan)
    .filter((t) => t.found === "missing")
    .map((t) => t.name);
  return { result, missingTables, from: from ?? null, to: to ?? null, selection };
}

export type ImportWritten = {
  readonly created: readonly TableName[];
  readonly goals: number;
  readonly activities: number;
  /** "Table.column" of imported values the workbook's tables have no column for. */
  readonly droppedColumns: readonly string[];
};

/**
 * Writes a preview: adds the missing plan tables (setUpPlan), then appends the
 * goals and activities below the existing rows. Existing rows are never changed.
 */
export async function writeImport(
  port: WorkbookPort,
  preview: ImportPreview,
  lang: Lang,
): Promise<ImportWritten> {
  let created: readonly TableName[] = [];
  if (preview.missingTables.length > 0) {
    const setUp = await setUpPlan(port, {
      lang,
      ...(preview.from ? { from: preview.from } : {}),
      ...(preview.to ? { to: preview.to } : {}),
    });
    created = setUp.created;
  }
  const plan = readPlan(await port.read());
  const { result } = preview;
  const existing = new Set(
    [...ids(plan.goals.rows), ...ids(plan.activities.rows)].map((id) => id.toUpperCase()),
  );
  const taken = [...result.goals, ...result.activities]
    .map((x) => x.id)
    .filter((id) => existing.has(id.toUpperCase()));
  if (taken.length > 0) throw new FailureError({ code: "idsTaken", ids: taken });
  for (const info of [plan.goals.table, plan.activities.table]) {
    if (info.found !== "table") throw new FailureError(notATable(info, plan.lang));
  }
  // Rows in each table's own column order, choices in the workbook's language.
  const rowsOf = <T extends TableName>(info: TableInfo<T>, records: readonly TableRecord<T>[]) =>
    records.map((r) => rowInTable(info, r, plan.lang).map((v) => v ?? null));
  const appends = [
    { table: "Goals", rows: rowsOf(plan.goals.table, result.goals) },
    { table: "Activities", rows: rowsOf(plan.activities.table, result.activities) },
  ].filter((a) => a.rows.length > 0);
  if (appends.length > 0) await port.appendRows(appends);
  return {
    created,
    goals: result.goals.length,
    activities: result.activities.length,
    droppedColumns: [
      ...columnsLacking(plan.goals.table, result.goals),
      ...columnsLacking(plan.activities.table, result.activities),
    ],
  };
}

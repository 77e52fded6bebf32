/**
 * Setting up a plan workbook (docs/workbook.md "Writing rules"): adds only the tables
 * that are missing, and to a table that exists only the columns added to the schema
 * since (at its end, into empty cells), so running it again changes nothing.
 */
import type { IsoDate } from "../core/dates";
import type { Lang } from "../core/language";
import { locateTable, readPlan } from "../core/read";
import { type TableName, TABLES } from "../core/schema";
import { type CharterVersion, type Plan, planTables } from "../core/plan";
import type { ColumnAddition } from "../core/template";
import { laterColumns, type ColumnsNotAdded } from "../core/template";
import { planTemplates } from "../core/template";
import type { ProgressReport, WorkbookPort } from "./ports";

export type SetUpOptions = {
  /** The language of new tables when the workbook has none of the plan's tables yet. */
  lang: Lang;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  version?: CharterVersion | undefined;
};

export type SetUpResult = {
  created: TableName[];
  existing: TableName[];
  /** Columns added at the end of existing tables (issue 29), by table, as their headers. */
  columnsAdded: { table: TableName; headers: readonly string[] }[];
  /** Existing tables that lack such columns but could not take them without moving or overwriting a cell. */
  columnsNotAdded: ColumnsNotAdded[];
};

/**
 * Adds the missing plan tables, and the missing later columns (LATER_COLUMNS) at the
 * end of existing tables where the cells they take are empty. When no table is
 * missing, addTables is not called at all; when no column is, addColumns is not.
 */
export async function setUpPlan(
  port: WorkbookPort,
  options: SetUpOptions,
  progress?: ProgressReport,
): Promise<SetUpResult> {
  const raw = await port.read();
  const existing: TableName[] = [];
  const missing: TableName[] = [];
  for (const spec of TABLES) (locateTable(raw, spec.name) ? existing : missing).push(spec.name);
  const plan = existing.length > 0 ? readPlan(raw) : null;
  const later = plan ? laterColumns(raw, plan) : { additions: [], notAdded: [] };
  const result: SetUpResult = {
    created: missing,
    existing,
    columnsAdded: [],
    columnsNotAdded: later.notAdded,
  };
  if (missing.length > 0) await port.addTables(templatesFor(plan, missing, options), progress);
  if (later.additions.length > 0) {
    if (port.addColumns && (await port.addColumns(later.additions)))
      result.columnsAdded = later.additions.map((a) => ({ table: a.table, headers: a.headers }));
    else result.columnsNotAdded = [...later.notAdded, ...later.additions.map(unsupported(plan))];
  }
  return result;
}

/** A table whose columns a port without addColumns cannot add. */
const unsupported =
  (plan: Plan | null) =>
  (a: ColumnAddition): ColumnsNotAdded => ({
    table: a.table,
    sheet: (plan ? planTables(plan).find((t) => t.name === a.table)?.sheet : null) ?? a.table,
    reason: "notSupported",
    headers: a.headers,
  });

/**
 * The templates of the missing tables. When some exist, new tables follow the
 * workbook's language, and the plan period and Charter version of an existing
 * Plan table win over `options` so that new periods and articles agree with it.
 */
function templatesFor(plan: Plan | null, missing: readonly TableName[], options: SetUpOptions) {
  let { lang, from, to, version } = options;
  if (plan) {
    lang = plan.lang;
    if (plan.planTable.found !== "missing") {
      const { periodStart, periodEnd } = plan.facts;
      if (periodStart && periodEnd) [from, to] = [periodStart, periodEnd];
      version = plan.facts.charterVersion;
    }
  }
  return planTemplates(lang, { from, to, version }).filter((t) => missing.includes(t.name));
}

/**
 * Setting up a plan workbook (docs/workbook.md "Writing rules"): adds only the tables
 * that are missing and never writes to a table that exists, so running it again
 * changes nothing.
 */
import type { IsoDate } from "../core/dates";
import type { Lang } from "../core/language";
import { locateTable, readPlan } from "../core/read";
import { type CharterVersion, type TableName, TABLES } from "../core/plan";
import { planTemplates } from "../core/planTemplate";
import type { ProgressReport, WorkbookPort } from "./ports";

export type SetUpOptions = {
  /** The language of new tables when the workbook has none of the plan's tables yet. */
  lang: Lang;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  version?: CharterVersion | undefined;
};

export type SetUpResult = { created: TableName[]; existing: TableName[] };

/**
 * Adds the missing plan tables. When some exist, new tables follow the
 * workbook's language, and the plan period and Charter version of an existing
 * Plan table win over `options` so that new periods and articles agree with it.
 * When nothing is missing, addTables is not called at all.
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
  if (missing.length === 0) return { created: [], existing };

  let { lang, from, to, version } = options;
  if (existing.length > 0) {
    const plan = readPlan(raw);
    lang = plan.lang;
    if (existing.includes("Plan")) {
      const { periodStart, periodEnd } = plan.facts;
      if (periodStart && periodEnd) [from, to] = [periodStart, periodEnd];
      version = plan.facts.charterVersion;
    }
  }

  const templates = planTemplates(lang, { from, to, version }).filter((t) => missing.includes(t.name));
  await port.addTables(templates, progress);
  return { created: missing, existing };
}

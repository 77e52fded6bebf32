/**
 * The Follow-up view's use cases: open it on a workbook (the periods, the one offered
 * first and its preview, from one read), preview another period, and write a period's
 * sheet. Each action prepares the summary once, from the workbook as it is then.
 */
import type { IsoDate } from "../core/dates";
import type { UnknownPeriod } from "../core/failures";
import type { Lang } from "../core/language";
import { readPlan } from "../core/read";
import {
  reportSection,
  summaryChartData,
  type ReportSection,
  type SummaryChartData,
  type SummaryJson,
} from "../core/summary";
import type { WorkbookPort } from "./ports";
import {
  preparePlanSummary,
  prepareSummary,
  writeSummary,
  type PreparedSummary,
  type WriteResult,
} from "./summariseWorkbook";
import { type Period, periodChoices } from "../core/periods";

/** What the view shows of a period's summary before it is written. */
export type SummaryPreview = {
  readonly json: SummaryJson;
  readonly text: string;
  readonly sheetName: string;
  /** The figures of the charts, the same as the sheet's chart tables. */
  readonly charts: SummaryChartData;
  /** The section for the annual or interim report (Word), in the plan's language. */
  readonly section: ReportSection;
};

export type SummaryOpened = {
  readonly periods: readonly Period[];
  /** The period offered first (the latest passed cut-off), or null when the plan has none. */
  readonly period: string | null;
  /** That period's preview (null with no period). */
  readonly preview: SummaryPreview | UnknownPeriod | null;
};

export type SummaryWritten = {
  /** The period as written (or unknown, when it left the workbook since it was previewed). */
  readonly preview: SummaryPreview | UnknownPeriod;
  /** null when the period is unknown: nothing was written. */
  readonly result: WriteResult | null;
};

function previewOf(p: PreparedSummary | UnknownPeriod): SummaryPreview | UnknownPeriod {
  if (!p.ok) return p;
  return {
    json: p.json,
    text: p.text,
    sheetName: p.sheetName,
    charts: summaryChartData(p.summary),
    section: reportSection(p.summary, p.plan.lang),
  };
}

/** Opens the Follow-up view: its periods, the one offered first on `today`, and that one's preview. */
export async function openSummary(port: WorkbookPort, lang: Lang, today: IsoDate): Promise<SummaryOpened> {
  const plan = readPlan(await port.read());
  const { periods, preselected } = periodChoices(plan, today);
  if (preselected === null) return { periods, period: null, preview: null };
  const prepared = await preparePlanSummary(port, plan, preselected, lang, today);
  return { periods, period: preselected, preview: previewOf(prepared) };
}

/** The preview of one period, read afresh. */
export async function previewSummary(
  port: WorkbookPort,
  period: string,
  lang: Lang,
  today: IsoDate,
): Promise<SummaryPreview | UnknownPeriod> {
  return previewOf(await prepareSummary(port, period, lang, today));
}

/**
 * Writes a period's sheet from the workbook as it is now (writeSummary: never over a
 * user's sheet; over the product's own only with `replace`), and gives the preview
 * of what was written.
 */
export async function writeSummarySheet(
  port: WorkbookPort,
  period: string,
  lang: Lang,
  today: IsoDate,
  options: { readonly replace: boolean },
): Promise<SummaryWritten> {
  const prepared = await prepareSummary(port, period, lang, today);
  if (!prepared.ok) return { preview: prepared, result: null };
  return { preview: previewOf(prepared), result: await writeSummary(port, prepared, options) };
}

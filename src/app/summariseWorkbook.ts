/**
 * Making a follow-up summary (docs/reports.md) from a workbook: read the plan, compute the
 * summary of one period with the findings as of its cut-off, and write it to a new
 * sheet; an existing sheet is replaced only when the product wrote it and the user
 * confirmed.
 */
import { checkPlan, type Finding } from "../core/checks";
import type { IsoDate } from "../core/dates";
import { unknownPeriod, type FailureOf, type UnknownPeriod } from "../core/failures";
import type { Lang } from "../core/language";
import { type Plan } from "../core/plan";
import { findPeriod } from "../core/periods";
import { readPlan } from "../core/read";
import type { SheetLayout } from "../core/sheetLayout";
import { sameSheetName } from "../core/cells";
import {
  summarise,
  type Summary,
  summaryJson,
  type SummaryJson,
  summaryLayout,
  summaryText,
} from "../core/summary";
import type { WorkbookPort } from "./ports";

export type PreparedSummary = {
  readonly ok: true;
  readonly plan: Plan;
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  readonly json: SummaryJson;
  readonly text: string;
  readonly layout: SheetLayout;
  readonly sheetName: string;
  /** A sheet of that name exists already. */
  readonly exists: boolean;
  /** That sheet is one the product wrote (so it may be replaced after confirmation). */
  readonly isProductSheet: boolean;
};

export type WriteResult =
  | { readonly ok: true; readonly sheet: string; readonly replaced: boolean }
  /** The user's own sheet of that name: never replaced (a failure). */
  | ({ readonly ok: false } & FailureOf<"sheetExists">)
  /** The product's sheet of that name, not yet confirmed to be replaced. */
  | { readonly ok: false; readonly code: "confirmReplace"; readonly sheet: string };

/** Reads the workbook and prepares the summary of a period, without writing anything. */
export async function prepareSummary(
  port: WorkbookPort,
  periodName: string,
  lang: Lang,
  madeOn: IsoDate,
): Promise<PreparedSummary | UnknownPeriod> {
  return preparePlanSummary(port, readPlan(await port.read()), periodName, lang, madeOn);
}

/** prepareSummary on a plan already read from the port's workbook. */
export async function preparePlanSummary(
  port: WorkbookPort,
  plan: Plan,
  periodName: string,
  lang: Lang,
  madeOn: IsoDate,
): Promise<PreparedSummary | UnknownPeriod> {
  const period = findPeriod(plan, periodName);
  const unknown = unknownPeriod(plan, periodName);
  if (period === null) return unknown;
  const findings = checkPlan(plan, period.cutoff);
  const summary = summarise(plan, period.name, findings);
  if (summary === null) return unknown;
  const layout = summaryLayout(summary, lang, madeOn);
  const [names, product] = await Promise.all([port.sheetNames(), port.productSheets()]);
  return {
    ok: true,
    plan,
    summary,
    findings,
    json: summaryJson(summary, lang),
    text: summaryText(summary, lang),
    layout,
    sheetName: layout.name,
    exists: names.some((n) => sameSheetName(n, layout.name)),
    isProductSheet: product.some((n) => sameSheetName(n, layout.name)),
  };
}

/**
 * Writes a prepared summary to its sheet. A sheet of that name that the user made is
 * never touched; one the product made is replaced only with `replace: true` (the
 * user's confirmation). Existence is checked again, as the workbook may have changed.
 */
export async function writeSummary(
  port: WorkbookPort,
  prepared: PreparedSummary,
  options: { replace?: boolean } = {},
): Promise<WriteResult> {
  const sheet = prepared.layout.name;
  const [names, product] = await Promise.all([port.sheetNames(), port.productSheets()]);
  const exists = names.some((n) => sameSheetName(n, sheet));
  if (exists && !product.some((n) => sameSheetName(n, sheet)))
    return { ok: false, code: "sheetExists", target: sheet };
  if (exists && options.replace !== true) return { ok: false, code: "confirmReplace", sheet };
  await port.writeSheet(prepared.layout, exists ? { replace: true } : {});
  return { ok: true, sheet, replaced: exists };
}

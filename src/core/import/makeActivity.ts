/**
 * One imported activity made from its record (docs/import.md "Rules"): its dates from
 * the timeframe words or dates, its budget from the amount written, and words or
 * amounts that belong in Resurser moved there.
 */
import { readText } from "../read";
import { activityDates } from "./activityDates";
import { readAmount, resourcesAmount } from "./amounts";
import type { ImportedActivity, ImportReading, NotUnderstoodReason } from "./import.types";
import type { IdNumbering } from "./numbering";
import type { PlanPeriod } from "./parseTimeframe";
import type { SourceField, SourceRecord } from "./sourceRecords";

/** An amount written plainly in kronor, as the Budget column holds it. */
const PLAIN_KRONOR =
  /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?:\s*(?:kr|kronor|:-))?\.?$|^\d+(?:,\d+)?(?:\s*(?:kr|kronor|:-))?\.?$/iu;

const text = (f: SourceField | undefined): string | null => (f ? readText(f.value) : null);

/** One activity: its dates from the timeframe words, its budget from the amount written. */
export function makeActivity(
  rec: SourceRecord,
  activityText: string,
  goalId: string,
  ctx: { readonly plan: PlanPeriod | undefined; readonly numbering: IdNumbering },
  readings: ImportReading[],
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): ImportedActivity {
  const f = rec.fields;
  const dates = activityDates(f.timeframe ?? null, f.start ?? null, f.end ?? null, ctx.plan);
  for (const p of dates.problems) list(p.cell, p.text, p.reason);
  if (f.timeframe && dates.timeframe && dates.how && dates.how !== "span") {
    readings.push({
      kind: "timeframe",
      cell: f.timeframe.cell,
      text: dates.timeframe,
      how: dates.how,
      start: dates.start,
      end: dates.end,
    });
  }
  const { budget, moreResources } = readBudget(f.budget, readings, list);
  let resources = text(f.resources);
  let finalBudget = budget;
  if (finalBudget === null && f.resources) {
    // Resources that are one amount in kronor ("Resurser: 50 tkr") are the budget.
    const amount = resourcesAmount(f.resources.value);
    if (amount) {
      finalBudget = amount.kronor;
      resources = null;
      readings.push({
        kind: "amount",
        cell: f.resources.cell,
        text: amount.text,
        kronor: amount.kronor,
        from: "resources",
        unitHeader: null,
      });
    }
  }
  const allResources = [resources, ...moreResources].filter((r): r is string => r !== null && r !== "");
  return {
    id: ctx.numbering.activityId(goalId),
    numbering: rec.activityNumbering,
    goalId,
    activity: activityText,
    responsible: text(f.responsible),
    start: dates.start,
    end: dates.end,
    budget: finalBudget,
    resources: allResources.length > 0 ? allResources.join("; ") : null,
    timeframe: dates.timeframe,
    cell: f.activity?.cell ?? "",
  };
}

/**
 * The budget in kronor, and texts that belong in Resurser: words without a number
 * ("inom befintlig ram") quietly, amounts per year and anything unclear listed.
 */
function readBudget(
  field: SourceField | undefined,
  readings: ImportReading[],
  list: (cell: string, text: string, reason: NotUnderstoodReason) => void,
): { budget: number | null; moreResources: string[] } {
  if (!field) return { budget: null, moreResources: [] };
  const r = readAmount(field.value, field.unit ?? null);
  switch (r.kind) {
    case "blank":
      return { budget: null, moreResources: [] };
    case "amount":
      // "25 000 kr" needs no explaining; "50 tkr", "SEK 50,000" and "ca 75 000 kr" do.
      if (r.scaled || (typeof field.value === "string" && !PLAIN_KRONOR.test(r.text))) {
        readings.push({
          kind: "amount",
          cell: field.cell,
          text: r.text,
          kronor: r.kronor,
          from: "budget",
          unitHeader: typeof field.value === "number" && r.scaled ? (field.unit?.header ?? null) : null,
        });
      }
      return { budget: r.kronor, moreResources: [] };
    case "words":
      readings.push({ kind: "toResources", cell: field.cell, text: r.text });
      return { budget: null, moreResources: [r.text] };
    case "unclear":
      list(field.cell, r.text, r.why === "perYear" ? "perYear" : "budget");
      return { budget: null, moreResources: [r.text] };
  }
}

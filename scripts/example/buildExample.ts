/**
 * Builds the example plan workbook with the product's own code: set up through
 * setUpPlan on the file port, then every table filled through the port's
 * appendRows, in the table's column order.
 */
import { setUpPlan } from "../../src/app/setUpPlan";
import { isoToSerial } from "../../src/core/dates";
import type { Bilingual, Lang } from "../../src/core/language";
import { choiceLabel } from "../../src/core/choices";
import { type PlanKey, type TableName, tableSpec } from "../../src/core/schema";
import { readPlan } from "../../src/core/read";
import type { RowUpdate, WorkbookPort } from "../../src/app/ports";
import { columnIndex } from "../../src/core/cells";
import { newXlsx, saveXlsx, xlsxPort, type XlsxWorkbook } from "../../src/workbook/xlsx";
import { ACTIVITIES } from "./exampleActivities";
import { FOLLOW_UP } from "./exampleFollowUp";
import { MEASURES } from "./exampleIndicators";
import { actionOf, GOAL_LINKS } from "./exampleLinks";
import { FACTS, GOALS, PRIORITIES } from "./examplePlan";
import { PERIOD_KEYS, UNITS, periodName } from "./exampleTypes";
import { pinZipDates } from "./pinZipDates";

type Cell = string | number | null;
type Row = readonly Cell[];

/** Where the example files live, relative to the repository's root. */
export const EXAMPLE_FILES: Readonly<Record<Lang, string>> = {
  sv: "assets/example/exempelplan.xlsx",
  en: "assets/example/example-plan.xlsx",
};

/** The file's creation and modification date: fixed, so a rebuild gives the same file content. */
const FILE_DATE = new Date(Date.UTC(2021, 0, 15, 12, 0, 0));

const text = (b: Bilingual | null | undefined, lang: Lang): string | null => (b ? b[lang] : null);

/** A row in the table's column order, from values by column key. */
function inColumnOrder(table: TableName, values: Readonly<Record<string, Cell>>): Row {
  return tableSpec(table).columns.map((c) => values[c.key] ?? null);
}

/** The example's rows of every table that starts empty, in the workbook's language. */
export function exampleRows(lang: Lang): { table: TableName; rows: Row[] }[] {
  const goals = GOALS.map((g) =>
    inColumnOrder("Goals", {
      id: g.id,
      articles: g.articles,
      goal: g.goal[lang],
      indicator: g.indicator[lang],
      unit: g.unit[lang],
      baseline: g.baseline,
      target: g.target,
      direction: choiceLabel("direction", g.direction, lang),
      responsible: UNITS[g.responsible][lang],
      nationalGoals: GOAL_LINKS[g.id]?.nationalGoals ?? null,
      regionalGoal: text(GOAL_LINKS[g.id]?.regionalGoal, lang),
    }),
  );
  const activities = ACTIVITIES.map((a) =>
    inColumnOrder("Activities", {
      id: a.id,
      goalId: a.goalId,
      activity: a.activity[lang],
      responsible: UNITS[a.responsible][lang],
      start: isoToSerial(a.start),
      end: isoToSerial(a.end),
      budget: a.budget,
      resources: text(a.resources, lang),
      timeframe: a.timeframe[lang],
    }),
  );
  // Follow-up and indicator rows are listed period by period, as units report them.
  const followUp = PERIOD_KEYS.flatMap((period) =>
    FOLLOW_UP.flatMap((f) =>
      f.reports
        .filter(([p]) => p === period)
        .map(([, status, outcome, forecast, comment]) =>
          inColumnOrder("FollowUp", {
            period: periodName(period, lang),
            activityId: f.activityId,
            status: choiceLabel("status", status, lang),
            outcome,
            forecast,
            comment: text(comment, lang),
            action: text(actionOf(f.activityId, period), lang),
          }),
        ),
    ),
  );
  const indicatorValues = PERIOD_KEYS.flatMap((period) =>
    MEASURES.flatMap((m) =>
      m.values
        .filter(([p]) => p === period)
        .map(([, women, men, total, comment]) =>
          inColumnOrder("IndicatorValues", {
            period: periodName(period, lang),
            goalId: m.goalId,
            women,
            men,
            total,
            comment: text(comment, lang),
            action: text(actionOf(m.goalId, period), lang),
          }),
        ),
    ),
  );
  return [
    { table: "Goals", rows: goals },
    { table: "Activities", rows: activities },
    { table: "FollowUp", rows: followUp },
    { table: "IndicatorValues", rows: indicatorValues },
  ];
}

/**
 * Fills the rows the template already wrote (the Plan facts, and Prioriterad and
 * Motivering of the prioritised articles) through the port's updateRows, at the
 * cells the product's own reader locates.
 */
async function fillTemplateRows(port: WorkbookPort, lang: Lang): Promise<void> {
  const plan = readPlan(await port.read());
  const facts: Partial<Record<PlanKey, Cell>> = {
    organisation: FACTS.organisation[lang],
    planName: FACTS.planName[lang],
    signed: isoToSerial(FACTS.signed),
    adopted: isoToSerial(FACTS.adopted),
  };
  const updates: RowUpdate[] = [];
  for (const [key, value] of Object.entries(facts) as [PlanKey, Cell][]) {
    const at = plan.facts.cells[key];
    const cell = at ? /^([A-Z]+)(\d+)$/.exec(at.cell) : null;
    if (!cell?.[1] || !cell[2]) throw new Error(`The template has no Plan row for ${key}`);
    const values: (Cell | undefined)[] = [];
    values[columnIndex(cell[1])] = value;
    updates.push({ table: "Plan", row: Number(cell[2]) - 1, values });
  }
  const { columns } = plan.articles.table;
  const prioritisedCol = columns["prioritised"];
  const rationaleCol = columns["rationale"];
  if (prioritisedCol === undefined || rationaleCol === undefined) {
    throw new Error("The template's Articles table lacks Prioriterad or Motivering");
  }
  for (const p of PRIORITIES) {
    const row = plan.articles.rows.find((r) => r.article === p.article);
    if (!row) throw new Error(`The template has no row for article ${p.article}`);
    const values: (Cell | undefined)[] = [];
    values[prioritisedCol] = choiceLabel("yesNo", "yes", lang);
    values[rationaleCol] = p.rationale[lang];
    updates.push({ table: "Articles", row: row.row, values });
  }
  await port.updateRows?.(updates);
}

/** The example plan as a workbook in the given language. */
export async function buildExample(lang: Lang): Promise<XlsxWorkbook> {
  const wb = newXlsx();
  const port = xlsxPort(wb);
  await setUpPlan(port, {
    lang,
    from: FACTS.periodStart,
    to: FACTS.periodEnd,
    version: FACTS.charterVersion,
  });
  await fillTemplateRows(port, lang);
  await port.appendRows(exampleRows(lang));
  return wb;
}

/** The example plan's .xlsx bytes in the given language: the same bytes on every run. */
export async function exampleBytes(lang: Lang): Promise<Uint8Array> {
  return pinZipDates(await saveXlsx(await buildExample(lang)), FILE_DATE);
}

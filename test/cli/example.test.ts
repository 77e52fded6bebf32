/**
 * The shipped example plan (assets/example/) of the fictional Region Vättersund:
 * it reads without problems, the check finds exactly what the story planted, the
 * annual summary for 2020 adds up from the data, and the generator reproduces the
 * checked-in files.
 */
import { execFile } from "node:child_process";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkPlan } from "../../src/core/checks/checkPlan";
import { a1 } from "../../src/core/cells/cells";
import type { Lang } from "../../src/core/language/language";
import type { Plan } from "../../src/core/plan/plan.types";
import type { ColumnIndex, ColumnKey } from "../../src/core/schema";
import { readPlan } from "../../src/core/read/readPlan";
import { summarise } from "../../src/core/summary/summarise";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { ACTIVITIES } from "../../scripts/example/exampleActivities";
import { FOLLOW_UP } from "../../scripts/example/exampleFollowUp";
import { MEASURES } from "../../scripts/example/exampleIndicators";
import { FACTS, GOALS, PRIORITIES } from "../../scripts/example/examplePlan";
import { PERIOD_KEYS, periodName, type PeriodKey } from "../../scripts/example/exampleTypes";
import { EXAMPLE_FILES, exampleBytes } from "../../scripts/example/buildExample";
import { tempFolder } from "./cliHarness";

const root = join(__dirname, "../..");
const END = "2020-12-31";

async function planOf(bytes: Uint8Array): Promise<Plan> {
  return readPlan(await xlsxPort(await openXlsx(bytes)).read());
}

async function shipped(lang: Lang): Promise<Plan> {
  return planOf(new Uint8Array(await readFile(join(root, EXAMPLE_FILES[lang]))));
}

/** The cell of a column in a row, as the reader located it. */
function cellOf(
  plan: Plan,
  table: "activities" | "followUp",
  row: number,
  column: ColumnKey<"Activities" | "FollowUp">,
): string {
  const columns: ColumnIndex<"Activities" | "FollowUp"> = plan[table].table.columns;
  const col = columns[column];
  if (col === undefined) throw new Error(`no column ${column}`);
  return a1(row, col);
}

/** Each activity's last report up to and including a period, straight from the data. */
function lastReports(upTo: PeriodKey) {
  const limit = PERIOD_KEYS.indexOf(upTo);
  return ACTIVITIES.map((a) => {
    const reports = FOLLOW_UP.find((f) => f.activityId === a.id)?.reports ?? [];
    const last = reports.filter(([p]) => PERIOD_KEYS.indexOf(p) <= limit).at(-1);
    return { activity: a, last };
  });
}

describe.each<Lang>(["sv", "en"])("the shipped example plan (%s)", (lang) => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await shipped(lang);
  });

  it("reads in its own language with no read problems", () => {
    expect(plan.problems).toEqual([]);
    expect(plan.lang).toBe(lang);
  });

  it("holds the region's facts, its five prioritised articles and every goal and activity", () => {
    expect(plan.facts).toMatchObject({
      organisation: FACTS.organisation[lang],
      planName: FACTS.planName[lang],
      signed: FACTS.signed,
      adopted: FACTS.adopted,
      periodStart: FACTS.periodStart,
      periodEnd: FACTS.periodEnd,
      charterVersion: 2006,
    });
    const prioritised = plan.articles.rows.filter((r) => r.prioritised);
    expect(prioritised.map((r) => r.article)).toEqual(PRIORITIES.map((p) => p.article));
    expect(prioritised.every((r) => (r.rationale ?? "").length > 0)).toBe(true);
    expect(plan.goals.rows.map((g) => g.id)).toEqual(GOALS.map((g) => g.id));
    expect(plan.activities.rows.map((a) => a.id)).toEqual(ACTIVITIES.map((a) => a.id));
    expect(plan.periods.rows.map((p) => p.period)).toEqual(PERIOD_KEYS.map((k) => periodName(k, lang)));
  });

  it("gives, as of the plan's last day, exactly the four warnings the story planted and no error", () => {
    const findings = checkPlan(plan, END);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const activityRow = (id: string) => plan.activities.rows.find((a) => a.id === id)!.row;
    const overBudgetRow = plan.followUp.rows.find(
      (r) => r.activityId === "A4.3" && r.period === periodName("H2020", lang),
    )!.row;
    expect(
      findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        refs: [...f.refs].sort(),
      })),
    ).toEqual([
      {
        code: "FOLLOWUP_MISSING",
        severity: "warning",
        sheet: plan.activities.table.sheet,
        cell: cellOf(plan, "activities", activityRow("A2.2"), "id"),
        refs: ["A2.2", periodName("D2020", lang)].sort(),
      },
      {
        code: "FOLLOWUP_MISSING",
        severity: "warning",
        sheet: plan.activities.table.sheet,
        cell: cellOf(plan, "activities", activityRow("A3.2"), "id"),
        refs: ["A3.2", periodName("D2019", lang)].sort(),
      },
      {
        code: "TIME_ACTIVITY_OVERDUE",
        severity: "warning",
        sheet: plan.activities.table.sheet,
        cell: cellOf(plan, "activities", activityRow("A7.2"), "end"),
        refs: ["A7.2"],
      },
      {
        code: "RESOURCE_OVER_BUDGET",
        severity: "warning",
        sheet: plan.followUp.table.sheet,
        cell: cellOf(plan, "followUp", overBudgetRow, "forecast"),
        refs: ["A4.3", periodName("H2020", lang)].sort(),
      },
    ]);
  });

  it("sums up Helår 2020 from the data: activities by status and the budget totals", () => {
    const period = periodName("H2020", lang);
    const summary = summarise(plan, period, checkPlan(plan, END));
    if (!summary) throw new Error("no summary");
    const latest = lastReports("H2020");
    const count = (status: string) => latest.filter((x) => x.last?.[1] === status).length;
    expect(summary.byStatus).toEqual({
      notStarted: count("notStarted"),
      inProgress: count("inProgress"),
      done: count("done"),
      delayed: count("delayed"),
      cancelled: count("cancelled"),
      unreported: latest.filter((x) => x.last === undefined).length,
    });
    // The story: 20 of 24 done, A6.1 still running, A3.2 and A7.2 delayed, A3.3 cancelled.
    expect([
      summary.byStatus.done,
      summary.byStatus.inProgress,
      summary.byStatus.delayed,
      summary.byStatus.cancelled,
    ]).toEqual([20, 1, 2, 1]);
    const budget = ACTIVITIES.reduce((s, a) => s + (a.budget ?? 0), 0);
    const outcome = latest.reduce((s, x) => s + (x.last?.[2] ?? 0), 0);
    const forecast = latest.reduce((s, x) => s + (x.last?.[3] ?? x.activity.budget ?? 0), 0);
    expect(summary.budget).toEqual({
      budget,
      outcome,
      forecast,
      deviation: budget - forecast,
      withoutBudget: ACTIVITIES.filter((a) => a.budget === null).length,
    });
    expect(summary.deviations.filter((d) => d.kind === "overBudget").map((d) => d.activityId)).toEqual([
      "A4.3",
    ]);
    expect(summary.byAssessment).toEqual({ met: 4, partlyMet: 5, notMet: 1, notAssessed: 0 });
    expect(summary.goals.find((g) => g.id === "M6")?.assessment).toBe("notMet");
    expect(summary.wholePlan?.notDone.map((a) => a.id)).toEqual(["A3.2", "A6.1", "A7.2"]);
  });

  it("is what the generator makes today: the same tables, read back", async () => {
    expect(await planOf(await exampleBytes(lang))).toEqual(plan);
  });
});

describe("the generator", () => {
  it("gives the same bytes on every run, so a rebuilt file shows no change in git", async () => {
    const first = await exampleBytes("sv");
    const second = await exampleBytes("sv");
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe("the example data", () => {
  it("keeps every activity inside the plan period, resourced and under a goal, and reports on each", () => {
    const goalIds = new Set(GOALS.map((g) => g.id));
    for (const a of ACTIVITIES) {
      expect(goalIds.has(a.goalId)).toBe(true);
      expect(a.start >= FACTS.periodStart && a.end <= FACTS.periodEnd && a.start <= a.end).toBe(true);
      expect(a.budget !== null || a.resources !== null).toBe(true);
    }
    // Adopted within the Charter's two years of the signing.
    expect(FACTS.adopted < "2018-03-15" && FACTS.signed < FACTS.adopted).toBe(true);
    expect(MEASURES.every((m) => goalIds.has(m.goalId))).toBe(true);
    expect(new Set(FOLLOW_UP.map((f) => f.activityId))).toEqual(new Set(ACTIVITIES.map((a) => a.id)));
  });
});

describe("npm run demo", () => {
  it("checks the example, writes the Helår 2020 summary to a copy and says where it is", async () => {
    const folder = await tempFolder();
    const run = await new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [join("scripts", "demo.mjs")],
        { cwd: root, env: { ...process.env, CEMR_DEMO_DIR: folder } },
        (error, stdout) =>
          resolve({ status: error && typeof error.code === "number" ? error.code : 0, stdout }),
      );
    });
    expect(run.status).toBe(0);
    const out = join(folder, "rapport-helar-2020.xlsx");
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain("TIME_ACTIVITY_OVERDUE");
    await expect(access(out)).resolves.toBeUndefined();
    const report = await openXlsx(new Uint8Array(await readFile(out)));
    expect(report.sheetNames().length).toBeGreaterThan(
      (await openXlsx(new Uint8Array(await readFile(join(root, EXAMPLE_FILES.sv))))).sheetNames().length,
    );
  }, 60_000);
});

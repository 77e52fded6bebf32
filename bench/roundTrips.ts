/**
 * Office.js round trips per user action: each action is one Excel.run
 * (runExcelAction) on the add-in's Office adapter, as the task pane's views run
 * them, on a fresh copy of the plan in the fake Excel behind Microsoft's own
 * Office.js, so the request sizes are those of the real request builder.
 */
import { checkWorkbook } from "../src/app/checkWorkbook";
import { previewImport, writeImport } from "../src/app/importList";
import type { WorkbookPort } from "../src/app/ports";
import { setUpPlan } from "../src/app/setUpPlan";
import { previewSummary, writeSummarySheet } from "../src/app/summaryPreview";
import type { TableName } from "../src/core/schema";
import { runExcelAction } from "../src/workbook/office";
import { installFakeExcel, type FakeExcel } from "../test/fakes/fakeExcel";
import { CHECK_DATE, SUMMARY_PERIOD, fakePlan, type BenchPlan } from "./plans";

export type ActionName =
  "setUp" | "check" | "summaryPreview" | "summaryWrite" | "importPreview" | "importWrite";

export type ActionTrips = {
  readonly action: ActionName;
  readonly syncs: number;
  /**
   * The largest request of one sync as Office.js serialised it, and the largest
   * response, in bytes (Excel on the web refuses either over 5 MB).
   */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Why the action failed in the fake (e.g. a payload over the limit), or null. */
  readonly error: string | null;
};

type Action = {
  readonly name: ActionName;
  /** Tables the workbook lacks before the action. */
  readonly leaveOut?: readonly TableName[];
  /** Changes the workbook before the action (not counted). */
  readonly prepare?: (fake: FakeExcel) => void;
  /** The user's action: one Excel.run on the installed fake. */
  readonly run: (fake: FakeExcel) => Promise<unknown>;
};

/** An action of one use case in one Excel.run. */
const inOneRun =
  <T>(useCase: (port: WorkbookPort) => Promise<T>) =>
  (): Promise<T> =>
    runExcelAction(useCase);

const IMPORT_SHEET = "Importlista";

/** A loose list as pasted from a plan document: 8 goals of 5 activities under four articles. */
function addLooseList(fake: FakeExcel): void {
  const rows: (string | null)[][] = [["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"]];
  for (let g = 0; g < 8; g++) {
    for (let a = 0; a < 5; a++) {
      rows.push([
        a === 0 ? `Artikel ${[11, 14, 22, 26][g % 4]}` : null,
        a === 0 ? `Importerat mål ${g + 1}: jämställd service i länets kommuner` : null,
        `Delaktivitet ${a + 1}: workshop om bemötande`,
        "Regionens utvecklingsenhet",
        ["2022", "Våren 2023", "HT 2023", "Löpande", "Q2 2024"][a] ?? "2022",
      ]);
    }
  }
  fake.put(IMPORT_SHEET, "A1", rows);
}

async function importPreviewOf(port: WorkbookPort) {
  return previewImport(port, { sheet: IMPORT_SHEET }, { lang: "sv" });
}

/** The measured actions, each as one Excel.run. */
export const ACTIONS: readonly Action[] = [
  // Set-up on a plan that lacks one table: read everything, add what is missing.
  { name: "setUp", leaveOut: ["IndicatorValues"], run: inOneRun((port) => setUpPlan(port, { lang: "sv" })) },
  { name: "check", run: inOneRun((port) => checkWorkbook(port, CHECK_DATE, "sv")) },
  // The Follow-up view's actions: preview a period, write its sheet (prepared afresh in the same run).
  { name: "summaryPreview", run: inOneRun((port) => previewSummary(port, SUMMARY_PERIOD, "sv", CHECK_DATE)) },
  {
    name: "summaryWrite",
    run: inOneRun(async (port) => {
      const written = await writeSummarySheet(port, SUMMARY_PERIOD, "sv", CHECK_DATE, { replace: false });
      if (written.result === null) throw new Error(`No period ${SUMMARY_PERIOD}`);
      return written.result;
    }),
  },
  { name: "importPreview", prepare: addLooseList, run: inOneRun(importPreviewOf) },
  {
    name: "importWrite",
    prepare: addLooseList,
    run: async (fake) => {
      const preview = await runExcelAction(importPreviewOf);
      // The preview is the user's earlier action, counted as importPreview.
      fake.syncs.length = 0;
      return runExcelAction((port) => writeImport(port, preview, "sv"));
    },
  },
];

/** Runs one action on a fresh fake plan and reads its syncs off the fake's log. */
async function measureAction(plan: BenchPlan, action: Action): Promise<ActionTrips> {
  const fake = await fakePlan(plan, action.leaveOut ?? []);
  action.prepare?.(fake);
  const uninstall = installFakeExcel(fake);
  let error: string | null = null;
  try {
    await action.run(fake);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  } finally {
    uninstall();
  }
  return {
    action: action.name,
    syncs: fake.syncs.length,
    maxRequestBytes: Math.max(0, ...fake.syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...fake.syncs.map((s) => s.responseBytes)),
    error,
  };
}

/** The round trips of every action on one plan. */
export async function roundTrips(plan: BenchPlan): Promise<ActionTrips[]> {
  const out: ActionTrips[] = [];
  for (const action of ACTIONS) out.push(await measureAction(plan, action));
  return out;
}

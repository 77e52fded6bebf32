/**
 * Both shapes of a plan in the contract suite (issue 29): a plan written before the
 * new columns (no Nationellt delmål, Regionalt mål or Åtgärd) gets them from set-up
 * at the end of its tables, in every port alike, without a cell moved or overwritten;
 * a user's cells right of a table keep that table as it is. The Office adapter runs on
 * an ExcelApi 1.13 host (Table.resize); on an older host set-up reports the columns as
 * not added (test/app/setUpPlan.test.ts).
 */
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { setUpPlan, type SetUpResult } from "../../../src/app/setUpPlan";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { readPlan } from "../../../src/core/read/readPlan";
import { describeWorkbook } from "../../app/renderedWorkbook";
import { planWorkbook, samplePlan } from "../../core/fixtures/planWorkbook";
import { fileHarness, memoryHarness, officeHarnessAt, type Harness } from "./harnesses";

const HARNESSES: readonly Harness[] = [memoryHarness, officeHarnessAt("1.13"), fileHarness];

type Described = ReturnType<typeof describeWorkbook>;
type SheetOut = { name: string; cells: Record<string, { v?: unknown; fmt?: string }> };
const cellsOf = (d: Described, name: string): SheetOut["cells"] =>
  (d.sheets as SheetOut[]).find((s) => s.name === name)?.cells ?? {};
const refOf = (d: Described, name: string): string | undefined =>
  (d.tables as { name: string; ref: string }[]).find((t) => t.name === name)?.ref;

/** The sample plan as written before issue 29, every table in it. */
const OLD_PLAN: RawWorkbook = planWorkbook(samplePlan());

/** The same plan with a user's note right of the Goals table (so it cannot widen). */
const WITH_NOTE: RawWorkbook = {
  ...OLD_PLAN,
  sheets: OLD_PLAN.sheets.map((s) =>
    s.sheet === "Mål" ? { ...s, values: s.values.map((r, i) => [...r, i === 2 ? "Se protokoll" : null]) } : s,
  ),
};

async function sameEverywhere(start: RawWorkbook, wrote: (d: Described, r: SetUpResult) => void) {
  const results: Record<string, Described> = {};
  for (const h of HARNESSES) {
    const opened = await h.open(start);
    const result = await setUpPlan(opened.port(), { lang: "sv" });
    const d = describeWorkbook(await opened.rendered());
    results[h.name] = d;
    wrote(d, result);
  }
  const [first, ...rest] = HARNESSES;
  const reference = results[first?.name ?? ""] as Described;
  for (const h of rest) expect({ port: h.name, ...results[h.name] }).toEqual({ port: h.name, ...reference });
}

describe("a plan written before issue 29", () => {
  it("checks exactly as before: no finding about sub-goals or actions", async () => {
    const opened = await fileHarness.open(OLD_PLAN);
    const result = await checkWorkbook(opened.port(), "2021-10-01", "sv");
    expect(result.findings.filter((f) => /NATIONAL_GOAL|DEVIATION_ACTION/.test(f.code))).toEqual([]);
  });

  it("gets the new columns at the end of its tables from set-up, in every port alike", async () => {
    await sameEverywhere(OLD_PLAN, (d, result) => {
      expect(result.created).toEqual([]);
      expect(result.columnsAdded.map((c) => [c.table, c.headers])).toEqual([
        ["Goals", ["Nationellt delmål", "Regionalt mål"]],
        ["FollowUp", ["Åtgärd"]],
        ["IndicatorValues", ["Åtgärd"]],
      ]);
      expect(refOf(d, "Goals")).toBe("A1:K6");
      expect(cellsOf(d, "Mål").J1).toMatchObject({ v: "Nationellt delmål" });
      expect(cellsOf(d, "Mål").K1).toMatchObject({ v: "Regionalt mål" });
      expect(cellsOf(d, "Mål").A2).toMatchObject({ v: "M1" });
      expect(cellsOf(d, "Uppföljning").G1).toMatchObject({ v: "Åtgärd" });
      expect(cellsOf(d, "Indikatorer").H1).toMatchObject({ v: "Åtgärd" });
    });
  });

  it("is read with the new columns after set-up, and set-up run again changes nothing", async () => {
    const opened = await fileHarness.open(OLD_PLAN);
    await setUpPlan(opened.port(), { lang: "sv" });
    const plan = readPlan(await opened.port().read());
    expect(plan.goals.table.columns.nationalGoals).toBe(9);
    expect(plan.followUp.table.columns.action).toBe(6);
    expect(plan.problems).toEqual([]);
    const again = await setUpPlan(opened.port(), { lang: "sv" });
    expect(again.columnsAdded).toEqual([]);
  });

  it("then finds each deviation without an action at its Åtgärd cell, in every port alike", async () => {
    const found: Record<string, string[]> = {};
    for (const h of [...HARNESSES, officeHarnessAt("1.9")]) {
      const opened = await h.open(OLD_PLAN);
      await setUpPlan(opened.port(), { lang: "sv" });
      const result = await checkWorkbook(opened.port(), "2021-10-01", "sv");
      found[h.name] = result.findings
        .filter((f) => f.code === "DEVIATION_ACTION_MISSING")
        .map((f) => `${f.sheet}!${f.cell}`);
    }
    const reference = found[memoryHarness.name] ?? [];
    expect(reference.length).toBeGreaterThan(0);
    // Each at the new column's cells: G on Uppföljning, H on Indikatorer.
    for (const at of reference) expect(at).toMatch(/^(Uppföljning!G|Indikatorer!H)\d+$/);
    const plan = readPlan(await (await memoryHarness.open(OLD_PLAN)).port().read());
    const delayed = plan.followUp.rows
      .filter((r) => r.status === "delayed")
      .map((r) => `Uppföljning!G${r.row + 1}`);
    expect(reference).toEqual(expect.arrayContaining(delayed));
    for (const [port, cells] of Object.entries(found))
      expect({ port, cells }).toEqual({ port, cells: reference });
  });

  it("keeps a table as it is when the cells right of it hold data, and says so", async () => {
    await sameEverywhere(WITH_NOTE, (d, result) => {
      expect(result.columnsNotAdded).toEqual([
        {
          table: "Goals",
          sheet: "Mål",
          reason: "cellsNotEmpty",
          headers: ["Nationellt delmål", "Regionalt mål"],
        },
      ]);
      expect(refOf(d, "Goals")).toBe("A1:I6");
      expect(cellsOf(d, "Mål").J3).toMatchObject({ v: "Se protokoll" });
    });
  });
});

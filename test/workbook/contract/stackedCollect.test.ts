/**
 * Collect into stacked answer tables (issue 24, item 3): the master's Follow-up and
 * Indicators tables on one sheet, the Indicators table below the Follow-up table and the
 * user's own table below both. The round of Sundsvalls kommun is collected into it through
 * every port: a changed row is replaced where it is, new rows land in their own table, and
 * the user's table keeps every cell. On an ExcelApi 1.13 host the Office adapter grows the
 * tables over the empty rows between, as the file adapter does, so the three workbooks are
 * the same. On a 1.9 host rows.add refuses (InsertDeleteConflict) when the table below is
 * wider than the one that grows, after the collect's replacements were written: open in
 * docs/real-excel.md "Not done yet". The referee is Microsoft's documentation, as the fake
 * holds it (test/fakes/documentedRules.ts, data in test/fakes/msdocs/): rows.add moves the
 * cells below a table in its columns (excel.tablerowcollection.yml), Table.resize needs
 * ExcelApi 1.13 (excel.table.yml), and a partial shift is refused (errorCodes.json).
 */
import { previewCollect, writeCollect } from "../../../src/app/collect";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { readPlan } from "../../../src/core/read/readPlan";
import { describeWorkbook } from "../../app/renderedWorkbook";
import { masterRows, ROUND } from "../../core/collect/roundFixture";
import { planWorkbook } from "../../core/fixtures/planWorkbook";
import { masterPort, returnedAnswers } from "../../ui/collectRound";
import { fileHarness, memoryHarness, officeHarnessAt, type Harness } from "./harnesses";

type Cell = string | number | boolean | null;
const MINE: Cell[][] = [
  ["Post", "Belopp"],
  ["Konsulter", 1200],
  ["Lokaler", 800],
];

/** The master with Indicators two rows below Follow-up on its sheet, and the user's table two rows below that. */
function stackedMaster(): RawWorkbook {
  const plain = planWorkbook(masterRows());
  const followUp = plain.tables.find((t) => t.name === "FollowUp");
  const indicators = plain.tables.find((t) => t.name === "IndicatorValues");
  if (!followUp || !indicators) throw new Error("The round's master changed");
  const sheet = followUp.sheet;
  const indicatorsTop = followUp.top + followUp.values.length + 2;
  const mineTop = indicatorsTop + indicators.values.length + 2;
  const grid: Cell[][] = Array.from({ length: mineTop + MINE.length }, () => []);
  const place = (top: number, rows: readonly (readonly unknown[])[]) =>
    rows.forEach((r, i) => (grid[top + i] = r.map((v) => (v === undefined ? null : (v as Cell)))));
  place(followUp.top, followUp.values);
  place(indicatorsTop, indicators.values);
  place(mineTop, MINE);
  return {
    tables: [
      ...plain.tables.filter((t) => t !== indicators),
      { ...indicators, sheet, top: indicatorsTop, left: 0 },
      { name: "Mine", sheet, top: mineTop, left: 0, values: MINE },
    ],
    sheets: [
      ...plain.sheets.filter((s) => s.sheet !== sheet && s.sheet !== indicators.sheet),
      { sheet, top: 0, left: 0, values: grid },
    ],
  };
}

async function collectedIn(h: Harness) {
  const opened = await h.open(stackedMaster());
  const p = await previewCollect(opened.port(), ROUND, await returnedAnswers(masterPort(), false));
  if (!p.ok) throw new Error("unknown period");
  const written = await writeCollect(opened.port(), p.preview, { replace: "all" });
  const raw = await opened.port().read();
  return { written, raw, described: describeWorkbook(await opened.rendered()) };
}

/** The round's rows of a table as [ID, status or assessment, outcome or women], in table order. */
function roundRows(raw: RawWorkbook) {
  const plan = readPlan(raw);
  return {
    followUp: plan.followUp.rows
      .filter((r) => r.period === ROUND)
      .map((r) => [r.activityId, r.status, r.outcome]),
    indicators: plan.indicatorValues.rows
      .filter((r) => r.period === ROUND)
      .map((r) => [r.goalId, r.assessment, r.women]),
    problems: plan.problems,
  };
}

/** The user's table as the workbook holds it now. */
const mine = (raw: RawWorkbook) => raw.tables.find((t) => t.name === "Mine")?.values;

describe("collect into stacked answer tables", () => {
  it("replaces and appends each table's rows in every port, the user's table below kept whole", async () => {
    const [reference, ...others] = [memoryHarness, officeHarnessAt("1.13"), fileHarness];
    const first = await collectedIn(reference!);
    expect(first.written.notApplied).toEqual([]);
    const rows = roundRows(first.raw);
    expect(rows.followUp).toEqual(
      expect.arrayContaining([
        ["A1", "delayed", 420000],
        ["A2", "done", 140000],
        ["A4", "inProgress", 15000],
      ]),
    );
    expect(rows.indicators).toEqual(expect.arrayContaining([["M1", "partlyMet", 66]]));
    expect(rows.problems).toEqual([]);
    expect(mine(first.raw)).toEqual(MINE);
    for (const h of others) {
      const got = await collectedIn(h);
      expect({ port: h.name, ...got.described }).toEqual({ port: h.name, ...first.described });
    }
  });
});

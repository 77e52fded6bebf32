/**
 * Collect into stacked answer tables (issue 24, item 3): the master's Follow-up and
 * Indicators tables on one sheet, the Indicators table below the Follow-up table and the
 * user's own table below both. The round of Sundsvalls kommun is collected into it through
 * every port: a changed row is replaced where it is, new rows land in their own table, and
 * the user's table keeps every cell. On an ExcelApi 1.13 host the Office adapter grows the
 * tables over the empty rows between, as the file adapter does, so the three workbooks are
 * the same. On a 1.9 host every append goes through rows.add, which Excel refuses
 * (InsertDeleteConflict) when the table below is wider than the one that grows: the
 * adapter finds that before the collect's first write (appendShifts.ts), so nothing is
 * written and the text names the table to move; a wrong adapter without that check
 * leaves the replacements written. With no empty row between, every adapter refuses before
 * the first write (the file adapter grows a table over empty rows only), and a file adapter
 * without that check leaves the replacements in the workbook. The referee is Microsoft's documentation, as the fake
 * holds it (test/fakes/documentedRules.ts, data in test/fakes/msdocs/): rows.add moves the
 * cells below a table in its columns (excel.tablerowcollection.yml), Table.resize needs
 * ExcelApi 1.13 (excel.table.yml), and a partial shift is refused (errorCodes.json).
 */
import { previewCollect, writeCollect } from "../../../src/app/collect";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { failureOf } from "../../../src/core/failures";
import { failureText } from "../../../src/core/failures/failureTexts";
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

/** The master with Indicators `gap` rows below Follow-up on its sheet, and the user's table two rows below that. */
function stackedMaster(gap = 2): RawWorkbook {
  const plain = planWorkbook(masterRows());
  const followUp = plain.tables.find((t) => t.name === "FollowUp");
  const indicators = plain.tables.find((t) => t.name === "IndicatorValues");
  if (!followUp || !indicators) throw new Error("The round's master changed");
  const sheet = followUp.sheet;
  const indicatorsTop = followUp.top + followUp.values.length + gap;
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

/** The Office adapter on `version` without the check before the first write: the deliberately wrong adapter. */
function withoutPreflight(h: Harness): Harness {
  return {
    name: `${h.name}, without the check of appends before the first write`,
    async open(start, totals) {
      const opened = await h.open(start, totals);
      return {
        port: () => {
          const port = opened.port();
          return new Proxy(port, {
            get: (target, key, receiver) =>
              key === "checkAppends" ? undefined : (Reflect.get(target, key, receiver) as unknown),
          });
        },
        rendered: opened.rendered,
      };
    },
  };
}

/** The collect's write in `h`, and the workbook before and after it. */
async function refusedIn(h: Harness, gap = 2) {
  const opened = await h.open(stackedMaster(gap));
  const p = await previewCollect(opened.port(), ROUND, await returnedAnswers(masterPort(), false));
  if (!p.ok) throw new Error("unknown period");
  const before = describeWorkbook(await opened.rendered());
  const error = await writeCollect(opened.port(), p.preview, { replace: "all" }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, before, after: describeWorkbook(await opened.rendered()), preview: p.preview };
}

describe("collect into stacked answer tables on a host below ExcelApi 1.13 (rows.add only)", () => {
  it("writes nothing and names the table to move when the table below is wider than the one that grows", async () => {
    const { error, before, after, preview } = await refusedIn(officeHarnessAt("1.9"));
    // The round replaces rows as well as appending them: a refusal after the replacements would show.
    expect(preview.units.some((u) => u.changed.length > 0)).toBe(true);
    const failure = failureOf(error);
    expect(failure).toMatchObject({
      code: "excelRefused",
      reason: "InsertDeleteConflict",
      table: "FollowUp",
      target: "IndicatorValues",
    });
    expect(after).toEqual(before);
    if (!failure) throw new Error("no failure");
    expect(failureText(failure, "sv")).toMatch(
      /Flytta "IndicatorValues" till ett annat blad eller till sidan om "FollowUp"/,
    );
    expect(failureText(failure, "sv")).toMatch(/inget har skrivits/);
    expect(failureText(failure, "en")).toMatch(
      /Move "IndicatorValues" to another sheet or beside "FollowUp"/,
    );
    expect(failureText(failure, "en")).toMatch(/nothing was written/);
  });

  it("catches an adapter without the check before the first write: the replacements are written, then Excel refuses", async () => {
    const { error, before, after } = await refusedIn(withoutPreflight(officeHarnessAt("1.9")));
    expect(failureOf(error)).toMatchObject({ code: "excelRefused", reason: "InsertDeleteConflict" });
    expect(after).not.toEqual(before);
  });
});

describe("collect into stacked answer tables with no empty row between", () => {
  const ports = [officeHarnessAt("1.9"), officeHarnessAt("1.13"), fileHarness];

  it.each(ports.map((h) => [h.name, h] as const))(
    "%s refuses before the first write, naming what is in the way",
    async (_name, h) => {
      const { error, before, after } = await refusedIn(h, 0);
      const failure = failureOf(error);
      // Excel would have to move the wider Indicators table; the file adapter never moves cells.
      expect([
        {
          code: "excelRefused",
          reason: "InsertDeleteConflict",
          excelCode: "InsertDeleteConflict",
          table: "FollowUp",
          target: "IndicatorValues",
        },
        { code: "cellsNotEmpty", target: "FollowUp" },
      ]).toContainEqual(failure);
      expect(after).toEqual(before);
    },
  );

  it("catches a file adapter without the check before the first write: the replacements stay in the workbook", async () => {
    const { error, before, after } = await refusedIn(withoutPreflight(fileHarness), 0);
    expect(failureOf(error)).toMatchObject({ code: "cellsNotEmpty", target: "FollowUp" });
    expect(after).not.toEqual(before);
  });
});

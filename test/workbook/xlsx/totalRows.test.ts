/**
 * The product's writes on files whose tables show a Total Row (issue 15): set-up
 * beside them, collect into them, and the summary of the example plan with a Total
 * Row on every one of its seven tables. Each file is saved as Excel saves it
 * (shapeFile.ts); each write goes through xlsxPort and is read back from the
 * saved bytes. Rows land above a Total Row, never in or below it, and the Total
 * Row stays the table's last row with its label and sums.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { previewCollect, writeCollect, type ReturnedWorkbook } from "../../../src/app/collect";
import { makeHandouts } from "../../../src/app/handout";
import type { WorkbookPort } from "../../../src/app/ports";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import { a1 } from "../../../src/core/cells/cells";
import { newXlsx, openXlsx, saveXlsx, xlsxPort, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { memoryPort } from "../../app/memoryPort";
import { fill, masterRows, ROUND } from "../../core/collect/roundFixture";
import { planWorkbook } from "../../core/fixtures/planWorkbook";
import { TABLE_SHAPES, type ShapeWorkbook } from "../tableShapes";
import { shapeOfRaw, shapeXlsx } from "./shapeFile";

jest.setTimeout(60_000);

const example = new Uint8Array(readFileSync(join(__dirname, "../../../assets/example/exempelplan.xlsx")));

/** The table's place in the file and what its last row holds. */
function tableAt(wb: XlsxWorkbook, name: string) {
  const t = wb.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const part = wb.sheets.find((s) => s.name === t.sheet)?.part ?? "";
  const rowXml = (row: number) =>
    new RegExp(`<row r="${row + 1}"[^>]*>.*?</row>`).exec(wb.package.text(part))?.[0] ?? "";
  return {
    ...t,
    cell: (row: number, col: number) => wb.cellValue(t.sheet, a1(row, t.box.left + col)),
    /** The Total Row's first cell and its formulas, as the sheet part holds them. */
    totalRow: () => ({
      label: wb.cellValue(t.sheet, a1(t.box.bottom, t.box.left)),
      formulas: [...rowXml(t.box.bottom).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]),
    }),
  };
}

describe("set-up beside plan tables that show a Total Row, in a file", () => {
  it("adds only the missing tables, follows the Plan's period and leaves the tables with Total Rows as they were", async () => {
    const everywhere = TABLE_SHAPES.find((s) => s.id === "total-rows-everywhere")?.workbook;
    if (!everywhere) throw new Error("no scenario");
    const kept = ["Plan", "Articles", "Goals", "Activities"];
    const start: ShapeWorkbook = {
      tables: everywhere.tables.filter((t) => kept.includes(t.name)),
      sheets: everywhere.sheets.filter((s) =>
        everywhere.tables.some((t) => t.sheet === s.name && kept.includes(t.name)),
      ),
    };
    const bytes = shapeXlsx(start);
    const wb = await openXlsx(bytes);
    const result = await setUpPlan(xlsxPort(wb), { lang: "en", from: "2030-01-01", to: "2030-12-31" });
    expect(result).toEqual({
      created: ["Periods", "FollowUp", "IndicatorValues"],
      existing: kept,
      // The old-shape Goals table gets the issue-29 columns at its end, above its Total Row.
      columnsAdded: [{ table: "Goals", headers: ["Nationellt delmål", "Regionalt mål"] }],
      columnsNotAdded: [],
    });

    const again = await openXlsx(await saveXlsx(wb));
    // The user's tables and their sheets: the same bytes.
    const before = await openXlsx(bytes);
    for (const t of before.tables) {
      const sheetPart = before.sheets.find((s) => s.name === t.sheet)?.part ?? "";
      expect(tableAt(again, t.name).totalRow().label).toBe("Summa");
      // Goals was widened (its cells are held by the nothing-lost tests); the others are the same bytes.
      if (t.name === "Goals") continue;
      expect([t.name, again.package.bytes(t.part)]).toEqual([t.name, before.package.bytes(t.part)]);
      expect([t.sheet, again.package.bytes(sheetPart)]).toEqual([t.sheet, before.package.bytes(sheetPart)]);
    }
    // New tables in the plan's language, its periods from the Plan table (2021–2023), not the options.
    const periods = tableAt(again, "Periods");
    expect(again.tables.find((t) => t.name === "Periods")?.sheet).toBe("Perioder");
    const names = Array.from({ length: periods.box.bottom - periods.box.top }, (_, i) =>
      periods.cell(periods.box.top + 1 + i, 0),
    );
    expect(names).toEqual([
      "Delår 2021",
      "Helår 2021",
      "Delår 2022",
      "Helår 2022",
      "Delår 2023",
      "Helår 2023",
    ]);

    // A follow-up row and an activity afterwards: above Activities' Total Row, into the new FollowUp.
    await xlsxPort(again).appendRows([
      {
        table: "Activities",
        rows: [["A6", "M5", "Belysning i gångtunnlar", "Samhällsbyggnad", null, null, 90_000, null, "2022"]],
      },
      { table: "FollowUp", rows: [["Helår 2021", "A6", "Pågår", 10_000, 90_000, null]] },
    ]);
    const last = await openXlsx(await saveXlsx(again));
    const activities = tableAt(last, "Activities");
    expect(activities.totalRow()).toEqual({ label: "Summa", formulas: ["SUBTOTAL(109,Activities[Budget])"] });
    expect(activities.cell(activities.box.bottom - 1, 0)).toBe("A6");
    const plan = (await checkWorkbook(xlsxPort(last), "2022-01-20", "sv")).plan;
    expect(plan.activities.rows.map((a) => a.id)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6"]);
    expect(plan.followUp.rows.map((r) => [r.period, r.activityId])).toEqual([["Helår 2021", "A6"]]);
  });
});

/** The master of the reporting round as a file whose every table shows a Total Row. */
const masterFile = () => openXlsx(shapeXlsx(shapeOfRaw(planWorkbook(masterRows()), { totals: "every" })));

/** Hands out the round from the master (as files) and fills in two units' answers. */
async function answers(master: WorkbookPort): Promise<ReturnedWorkbook[]> {
  const made = await makeHandouts(master, ROUND, () => {
    const wb = newXlsx();
    return { port: xlsxPort(wb), save: () => saveXlsx(wb) };
  });
  if (!made.ok) throw new Error("unknown period");
  const handout = async (label: string) => {
    const file = made.files.find((f) => f.label === label);
    if (!file) throw new Error(label);
    return { file: file.fileName, raw: await xlsxPort(await openXlsx(file.bytes)).read() };
  };
  const social = await handout("Socialnämnden");
  let s = fill(social.raw, "FollowUp", "A1", {
    Status: "Försenad",
    Utfall: 420000,
    Kommentar: "Rekryteringen drar ut",
  });
  s = fill(s, "FollowUp", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  s = fill(s, "IndicatorValues", "M1", { Kvinnor: 66, Män: 82, Totalt: 70, Bedömning: "Delvis uppfyllt" });
  const board = await handout("Kommunstyrelsen");
  const k = fill(board.raw, "FollowUp", "A4", { Status: "Pågår", Utfall: 15000 });
  return [
    { file: social.file, port: memoryPort(s) },
    { file: board.file, port: memoryPort(k) },
  ];
}

/** The master as the coordinator would have typed the same answers in by hand. */
function byHand(): WorkbookPort {
  const rows = masterRows();
  return memoryPort(
    planWorkbook({
      ...rows,
      FollowUp: [
        ...(rows.FollowUp ?? []).map((r) =>
          r[0] === ROUND && r[1] === "A1"
            ? [ROUND, "A1", "Försenad", 420000, 800000, "Rekryteringen drar ut"]
            : r,
        ),
        [ROUND, "A2", "Genomförd", 140000, 140000, null],
        [ROUND, "A4", "Pågår", 15000, null, null],
      ],
      IndicatorValues: [...(rows.IndicatorValues ?? []), [ROUND, "M1", 66, 82, 70, "Delvis uppfyllt", null]],
    }),
  );
}

describe("collect into a master file whose every table shows a Total Row", () => {
  it("appends above the Total Rows, replaces the confirmed row in the body, and summarises as a master filled in by hand", async () => {
    const wb = await masterFile();
    const followUpBefore = tableAt(wb, "FollowUp");
    const indicatorsBefore = tableAt(wb, "IndicatorValues");
    const preview = await previewCollect(xlsxPort(wb), ROUND, await answers(xlsxPort(wb)));
    if (!preview.ok) throw new Error("unknown period");
    const written = await writeCollect(xlsxPort(wb), preview.preview, { replace: "all" });
    expect(written.append.map((a) => a.id)).toEqual(["A2", "M1", "A4"]);
    expect(written.update.map((a) => a.id)).toEqual(["A1"]);
    expect(written.notApplied).toEqual([]);

    const again = await openXlsx(await saveXlsx(wb));
    const followUp = tableAt(again, "FollowUp");
    // Two rows more; the Total Row still last, with its label and sums, the new rows right above it.
    expect(followUp.box.bottom).toBe(followUpBefore.box.bottom + 2);
    expect(followUp.totalRow()).toEqual({
      label: "Summa",
      formulas: ["SUBTOTAL(109,FollowUp[Utfall])", "SUBTOTAL(109,FollowUp[Prognos])"],
    });
    const rowAt = (row: number) => [0, 1, 2, 3].map((c) => followUp.cell(row, c));
    expect(rowAt(followUp.box.bottom - 2)).toEqual([ROUND, "A2", "Genomförd", 140000]);
    expect(rowAt(followUp.box.bottom - 1)).toEqual([ROUND, "A4", "Pågår", 15000]);
    // A1's row replaced where it was, the last body row before the collect.
    expect(rowAt(followUpBefore.box.bottom - 1)).toEqual([ROUND, "A1", "Försenad", 420000]);
    const indicators = tableAt(again, "IndicatorValues");
    expect(indicators.box.bottom).toBe(indicatorsBefore.box.bottom + 1);
    expect(indicators.totalRow().label).toBe("Summa");
    expect(indicators.cell(indicators.box.bottom - 1, 1)).toBe("M1");

    const collected = await prepareSummary(xlsxPort(again), ROUND, "sv", "2023-01-20");
    const manual = await prepareSummary(byHand(), ROUND, "sv", "2023-01-20");
    if (!collected.ok || !manual.ok) throw new Error("no summary");
    expect(collected.json).toEqual(manual.json);
    expect(collected.text).toEqual(manual.text);
    expect(collected.json.budget.outcome).toBeGreaterThan(0);
  });
});

describe("the example plan with a Total Row on every one of its seven tables, in a file", () => {
  it("has the same findings, summary and summary sheet as the example itself", async () => {
    const original = await openXlsx(example);
    const raw = await xlsxPort(original).read();
    const totalled = await openXlsx(shapeXlsx(shapeOfRaw(raw, { totals: "every" })));
    expect(totalled.tables.map((t) => [t.name, t.totalsRowCount])).toEqual(
      raw.tables.map((t) => [t.name, 1]),
    );

    const check = async (wb: XlsxWorkbook) =>
      (await checkWorkbook(xlsxPort(wb), "2021-01-15", "sv")).findings;
    const findings = await check(original);
    expect(findings.length).toBeGreaterThan(0);
    expect(await check(totalled)).toEqual(findings);

    const summarise = async (wb: XlsxWorkbook) => {
      const prepared = await prepareSummary(xlsxPort(wb), "Helår 2020", "sv", "2021-01-15");
      if (!prepared.ok) throw new Error("no period");
      const written = await writeSummary(xlsxPort(wb), prepared);
      if (!written.ok) throw new Error(`not written: ${written.code}`);
      const sheet = (await openXlsx(await saveXlsx(wb))).raw().sheets.find((s) => s.sheet === written.sheet);
      return { json: prepared.json, text: prepared.text, sheet };
    };
    const [plain, withTotals] = [await summarise(original), await summarise(totalled)];
    // The example's own figures (docs/example-plan.md): 24 activities, 3 480 000 kr budget, 3 174 000 kr outcome.
    expect(plain.json.activities.total).toBe(24);
    expect(plain.json.budget.budget).toBe(3_480_000);
    expect(plain.json.budget.outcome).toBe(3_174_000);
    expect(withTotals.json).toEqual(plain.json);
    expect(withTotals.text).toEqual(plain.text);
    expect(withTotals.sheet).toEqual(plain.sheet);
    expect(plain.sheet?.values.length).toBeGreaterThan(10);
  });
});

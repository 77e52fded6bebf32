/**
 * Nothing lost, inside Excel (the fake Excel of test/fakes): after set-up, a check,
 * an import and a summary on a workbook holding the user's data, every cell the
 * user had holds exactly what it held; a summary only adds its sheet; text
 * beginning with "=", "+", "-" or "@" lands as text; and a run interrupted in the
 * middle of writing a summary leaves nothing the next run takes for the user's sheet.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import { TABLES } from "../../../src/core/schema";
import { a1 } from "../../../src/core/cells/cells";
import { officePort } from "../../../src/workbook/office/officePort";
import { MARKER_SHEET } from "../../../src/workbook/xlsx";
import { fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";
import {
  BUDGET_SHEET,
  FORMULA_LIKE_TEXTS,
  IMPORTED_FORMULA_LIKE,
  LOOSE_LIST,
  USER_TABLES,
  layoutTexts,
  runScenario,
  type Row,
} from "../nothingLostScenario";

type Snapshot = ReturnType<FakeExcel["snapshot"]>;

/** Puts rows as a user has them: text that starts with "=" only exists in a cell formatted as text. */
function putRows(fake: FakeExcel, sheet: string, top: number, left: number, rows: readonly Row[]): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const asText = typeof v === "string" && v.startsWith("=");
      fake.put(sheet, a1(top + r, left + c), [[v]], asText ? "@" : undefined);
    }),
  );
}

/** The unit's workbook in Excel: their tables, a budget sheet with formulas and the loose list. */
function userWorkbook(): FakeExcel {
  const fake = fakeWorkbook("Plan");
  for (const t of USER_TABLES) {
    putRows(fake, t.sheet, t.top, t.left, t.rows);
    const width = t.rows[0]?.length ?? 1;
    fake.addTable(
      t.name,
      t.sheet,
      `${a1(t.top, t.left)}:${a1(t.top + t.rows.length - 1, t.left + width - 1)}`,
    );
  }
  fake.put("Mål", "H4", [["=G4+15"]]);
  fake.put("Aktiviteter", "E2", [[USER_TABLES[2]?.rows[1]?.[4] ?? 0]], "yyyy-mm-dd");
  putRows(fake, BUDGET_SHEET.sheet, BUDGET_SHEET.top, BUDGET_SHEET.left, BUDGET_SHEET.rows);
  fake.put(BUDGET_SHEET.sheet, "D8", [["=SUMMA(D4:D6)"]]);
  fake.put(BUDGET_SHEET.sheet, "B10", [["#REF!"]]);
  putRows(fake, LOOSE_LIST.sheet, LOOSE_LIST.top, LOOSE_LIST.left, LOOSE_LIST.rows);
  return fake;
}

/** Cell keys ("row,col", 0-based) the import may add: the rows right below the Goals and Activities tables. */
function appendedKeys(name: string, count: number): { sheet: string; rows: Set<number> } {
  const t = USER_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(name);
  const first = t.top + t.rows.length;
  return { sheet: t.sheet, rows: new Set(Array.from({ length: count }, (_, i) => first + i)) };
}

describe("nothing is lost inside Excel", () => {
  it("keeps every cell of the user's tables and sheets exactly as it was through set-up, check, import and summary", async () => {
    const fake = userWorkbook();
    const before: Snapshot = fake.snapshot();
    const result = await runScenario(() => officePort(fake.context()));
    expect(result.setUp.created).toEqual(["Articles", "IndicatorValues"]);
    expect(result.imported.goals).toBe(2);
    expect(result.imported.activities).toBe(3);
    expect(result.written.ok).toBe(true);
    const after: Snapshot = fake.snapshot();

    for (const [name, cells] of Object.entries(before)) {
      for (const [key, cell] of Object.entries(cells))
        expect([name, key, after[name]?.[key]]).toEqual([name, key, cell]);
    }
    expect(after[BUDGET_SHEET.sheet]).toEqual(before[BUDGET_SHEET.sheet]);
    expect(after[LOOSE_LIST.sheet]).toEqual(before[LOOSE_LIST.sheet]);
    const allowed = [
      appendedKeys("Goals", result.imported.goals),
      appendedKeys("Activities", result.imported.activities),
    ];
    for (const t of USER_TABLES) {
      const added = Object.keys(after[t.sheet] ?? {}).filter((k) => !(k in (before[t.sheet] ?? {})));
      // Set-up's issue-29 columns come at the end of a table: right of every column it had.
      const width = Math.max(...t.rows.map((r) => r.length));
      const outside = added.filter(
        (k) =>
          !allowed.some((x) => x.sheet === t.sheet && x.rows.has(Number(k.split(",")[0]))) &&
          Number(k.split(",")[1]) < t.left + width,
      );
      expect([t.sheet, outside]).toEqual([t.sheet, []]);
    }
  });

  it("only adds the summary's sheet: every existing sheet keeps its name and place", async () => {
    const fake = userWorkbook();
    const result = await runScenario(() => officePort(fake.context()));
    const { sheetsBeforeSummary: before, sheetsAfterSummary: after } = result;
    expect(after.filter((n) => before.includes(n))).toEqual(before);
    // The summary sheet, and the first time the product's very hidden list of the sheets it wrote.
    expect(after.filter((n) => !before.includes(n)).sort()).toEqual(
      [result.prepared.sheetName, MARKER_SHEET].sort(),
    );
    expect(fake.sheet(MARKER_SHEET).visibility).toBe("VeryHidden");
    expect(await officePort(fake.context()).productSheets()).toEqual([result.prepared.sheetName]);
  });

  it("writes text beginning with =, +, - or @ as that same text, never as a formula, in imported rows and in the summary", async () => {
    const fake = userWorkbook();
    const result = await runScenario(() => officePort(fake.context()));
    const cellsOf = (name: string) => [...fake.sheet(name).cells.values()];
    const planTexts = [...cellsOf("Mål"), ...cellsOf("Aktiviteter")].map((c) => c.value);
    for (const text of IMPORTED_FORMULA_LIKE) expect(planTexts).toContain(text);

    const summary = cellsOf(result.prepared.sheetName);
    expect(summary.filter((c) => c.formula !== null)).toEqual([]);
    const texts = layoutTexts(result.prepared);
    expect(texts).toEqual(expect.arrayContaining([FORMULA_LIKE_TEXTS[0], FORMULA_LIKE_TEXTS[3]]));
    const values = summary.map((c) => c.value);
    for (const text of texts) expect([text, values.includes(text)]).toEqual([text, true]);
  });
});

describe("a summary interrupted while it is written", () => {
  /** Which sync of writeSummary writes the sheet (1-based, counted from its start), and how many commands it runs. */
  async function writeSync(): Promise<{ offset: number; commands: number }> {
    const fake = userWorkbook();
    const port = officePort(fake.context());
    const prepared = await prepareSummary(port, "Helår 2019", "sv", "2020-01-20");
    if (!prepared.ok) throw new Error("no period");
    const start = fake.syncs.length;
    expect((await writeSummary(port, prepared)).ok).toBe(true);
    const syncs = fake.syncs.slice(start);
    const commands = Math.max(...syncs.map((s) => s.commands));
    return { offset: syncs.findIndex((s) => s.commands === commands) + 1, commands };
  }

  it("leaves no sheet that the next run refuses as the user's, wherever the write stops", async () => {
    const { offset, commands } = await writeSync();
    expect(commands).toBeGreaterThan(5);
    // Every early stop (around the sheet's creation and its listing) and stops spread over the rest.
    const stops = [
      ...new Set([
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        ...Array.from({ length: 12 }, (_, i) => Math.floor(((i + 1) * commands) / 13)),
        commands - 1,
      ]),
    ];
    for (const after of stops) {
      const fake = userWorkbook();
      const port = officePort(fake.context());
      const prepared = await prepareSummary(port, "Helår 2019", "sv", "2020-01-20");
      if (!prepared.ok) throw new Error("no period");
      const userSheets = fake.snapshot();
      fake.failOnSync(fake.syncs.length + offset, "GeneralException", after);
      await expect(writeSummary(port, prepared)).rejects.toMatchObject({ code: "GeneralException" });
      fake.failure = null;

      // The next run: the product's own half-written sheet may be replaced (after confirming), never refused as the user's.
      const again = officePort(fake.context());
      const next = await prepareSummary(again, "Helår 2019", "sv", "2020-01-20");
      if (!next.ok) throw new Error("no period");
      expect([after, next.exists && !next.isProductSheet]).toEqual([after, false]);
      const written = await writeSummary(again, next, { replace: next.exists });
      expect([after, written.ok]).toEqual([after, true]);
      // Whatever the interruption left, the user's sheets are as they were.
      const now = fake.snapshot();
      for (const name of Object.keys(userSheets))
        expect([after, name, now[name]]).toEqual([after, name, userSheets[name]]);
    }
  });
});

describe("a set-up interrupted while it is written", () => {
  const options = { lang: "sv" as const, from: "2019-01-01", to: "2020-12-31" };

  it("is completed by the next set-up, every table an Excel table, wherever the write stopped", async () => {
    const probe = fakeWorkbook("Blad1");
    await setUpPlan(officePort(probe.context()), options);
    // The write sync; the last one only activates the first new sheet.
    const write = probe.syncs.length - 1;
    const commands = probe.syncs[write - 1]?.commands ?? 0;
    expect(commands).toBeGreaterThan(20);
    const incomplete: number[] = [];
    for (let after = 0; after < commands; after++) {
      const fake = fakeWorkbook("Blad1");
      fake.failOnSync(write, "GeneralException", after);
      await expect(setUpPlan(officePort(fake.context()), options)).rejects.toMatchObject({
        code: "GeneralException",
      });
      fake.failure = null;
      // A half-written sheet must not pass for the user's own plain-cell table on the next run.
      const second = await setUpPlan(officePort(fake.context()), options).then(
        () =>
          fake.model.tables
            .map((t) => t.name)
            .sort()
            .join(),
        () => "refused",
      );
      if (
        second !==
        TABLES.map((t) => t.name)
          .sort()
          .join()
      )
        incomplete.push(after);
    }
    expect(incomplete).toEqual([]);
  });
});

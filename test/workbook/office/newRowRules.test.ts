/**
 * Rows added to a table carry its validation lists and status colours because the
 * adapter sets them, not because Excel grows them: Microsoft documents no such
 * growth for TableRowCollection.add (excel.tablerowcollection.yml) or Table.resize
 * (excel.table.yml), so the fake Excel grows none (test/fakes/fakeTableGrowth.ts).
 * The adapter's appends give every added row the rules set-up wrote, once, in the
 * same batch and sync as the rows, on both paths; a deliberately wrong adapter that
 * leaves them to growth leaves the rows bare; and an Excel that does grow them
 * (the fake's growsTableRules) ends with the same rules on every cell.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { runExcelAction } from "../../../src/workbook/office/excelRun";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";
import { movedDown, rulesAt, type CellRules } from "../../fakes/fakeRules";
import { followUpRows } from "./planWorkbook";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

type Run = { run: (...args: unknown[]) => Promise<unknown> };
const excel = (): Run => (globalThis as unknown as { Excel: Run }).Excel;

/** A workbook set up in Swedish (FollowUp with its one empty row), on a host with `version`. */
async function setUp(version: string, grows = false): Promise<FakeExcel> {
  const fake = fakeWorkbook();
  fake.model.growsTableRules = grows;
  uninstall = installFakeExcel(fake, version, { platform: "web" });
  await runExcelAction((port) => setUpPlan(port, { lang: "sv", from: "2019-01-01", to: "2019-12-31" }));
  return fake;
}

/** Appends follow-up rows through the port: the first fills set-up's empty row, the rest are added. */
async function append(rows: number): Promise<void> {
  await runExcelAction((port) => port.appendRows([{ table: "FollowUp", rows: followUpRows(rows) }]));
}

/** Every cell's rules on the FollowUp sheet, rows 1 to `rows` and one column beside the table. */
function grid(fake: FakeExcel, rows: number): CellRules[][] {
  const sheet = fake.sheet("Uppföljning");
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: WIDTH + 1 }, (_, k) => rulesAt(sheet, r, k)),
  );
}

const NONE: CellRules = { list: null, colours: [] };

/** The FollowUp table's columns: Period … Kommentar, and Åtgärd (issue 29). */
const WIDTH = 7;

describe.each([
  ["rows.add", "1.9"],
  ["Table.resize", "1.13"],
])("rows added with %s (ExcelApi %s)", (_path, version) => {
  it("carry the table's lists and status colours, each once, as its first row has them", async () => {
    const fake = await setUp(version);
    await append(4);
    const sheet = fake.sheet("Uppföljning");
    const first = Array.from({ length: WIDTH }, (_, k) => rulesAt(sheet, 1, k));
    expect(first[0]?.list).toMatch(/^=INDIRECT\(.*Period.*\) Warning$/);
    expect(first[1]?.list).toMatch(/^=INDIRECT\(.*Aktivitet-ID.*\) Warning$/);
    expect(first[2]).toMatchObject({ list: "=CEMR_Status Stop" });
    expect(first.every((c) => c.colours.length === 5)).toBe(true);
    for (let row = 2; row <= 4; row++) {
      expect(Array.from({ length: WIDTH }, (_, k) => rulesAt(sheet, row, k))).toEqual(
        first.map((c) => movedDown(c, row - 1)),
      );
    }
    // Nothing beside or below the table.
    expect(rulesAt(sheet, 2, WIDTH)).toEqual(NONE);
    expect(rulesAt(sheet, 5, 2)).toEqual(NONE);
  });

  it("catch an adapter that leaves the lists and colours to Excel's growth: the added rows have none", async () => {
    const fake = await setUp(version);
    if (version === "1.13") fake.askedSets.push({ name: "ExcelApi", version: "1.13", answer: true });
    const rows = followUpRows(3);
    // Wrong: rows added (the adapter as it was), values written, the rules left to the table.
    await excel().run(async (context: Excel.RequestContext) => {
      const table = context.workbook.tables.getItem("FollowUp");
      if (version === "1.13") table.resize(table.getRange().getResizedRange(2, 0));
      else table.rows.add(undefined, [Array(WIDTH).fill(""), Array(WIDTH).fill("")]);
      context.workbook.worksheets.getItem("Uppföljning").getRangeByIndexes(1, 0, 3, 6).values = rows;
      await context.sync();
    });
    const sheet = fake.sheet("Uppföljning");
    expect(rulesAt(sheet, 1, 2)).toMatchObject({ list: "=CEMR_Status Stop" });
    expect(rulesAt(sheet, 2, 2)).toEqual(NONE);
    expect(rulesAt(sheet, 3, 0)).toEqual(NONE);
  });

  it("end with the same rules on every cell whether or not Excel grows them", async () => {
    const plain = await setUp(version);
    await append(4);
    const asDocumented = grid(plain, 7);
    uninstall();
    const growing = await setUp(version, true);
    await append(4);
    expect(grid(growing, 7)).toEqual(asDocumented);
  });

  it("cost no sync more: one read and one write, for 3 rows as for 600", async () => {
    const syncs = async (rows: number): Promise<number> => {
      const fake = await setUp(version);
      const before = fake.syncCount;
      await append(rows);
      uninstall();
      return fake.syncCount - before;
    };
    const few = await syncs(3);
    expect(few).toBe(await syncs(600));
    // The state (two syncs, no read before), the last rows, the write.
    expect(few).toBe(4);
  });
});

it("adds no list or colour to a user's table of the plan's name that carries none", async () => {
  const fake = fakeWorkbook("Uppföljning");
  fake.put("Uppföljning", "A1", [
    ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
    ["Delår 2019", "A1.1", "Pågår", 1000, 2000, ""],
  ]);
  fake.addTable("FollowUp", "Uppföljning", "A1:F2");
  uninstall = installFakeExcel(fake, "1.9", { platform: "windows" });
  await runExcelAction((port) =>
    port.appendRows([{ table: "FollowUp", rows: [["Helår 2019", "A1.1", "Klar", 3000, 3000, ""]] }]),
  );
  expect(fake.values("Uppföljning", "A3:C3")).toEqual([["Helår 2019", "A1.1", "Klar"]]);
  expect(fake.sheet("Uppföljning").validations).toEqual([]);
  expect(fake.sheet("Uppföljning").conditionalFormats).toEqual([]);
});

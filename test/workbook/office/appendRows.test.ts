import { setUpPlan } from "../../../src/app/setUpPlan";
import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
import { WorkbookWriteError } from "../../../src/workbook/floor";
import { PAYLOAD_LIMIT, fakeWorkbook, installFakeExcel } from "../../fakes/fakeExcel";
import { movedDown, rulesAt } from "../../fakes/fakeRules";
import { planWorkbook } from "./planWorkbook";

const COMMENT = "=SUM(A1:A3)";

describe.each([
  ["ExcelApi 1.9 (rows.add)", "1.9"],
  ["ExcelApi 1.13 (table.resize)", "1.13"],
])("appending rows with %s", (_label, api) => {
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    uninstall = () => undefined;
  });
  afterEach(() => uninstall());

  it("keeps a comment starting with = as text", async () => {
    const fake = planWorkbook(3);
    uninstall = installFakeExcel(fake, api);
    await officePort(fake.context()).appendRows([
      { table: "FollowUp", rows: [["Helår 2019", "A1.1", "Försenad", 120_000, 260_000, COMMENT]] },
    ]);
    const cell = fake.sheet("Uppföljning").cell(4, 5);
    expect(cell).toMatchObject({ value: COMMENT, formula: null, numberFormat: "@" });
    expect(fake.sheet("Uppföljning").cell(4, 3)).toMatchObject({ value: 120_000 });
    expect(fake.model.table("FollowUp")?.area.rows).toBe(5);
  });

  it("never overwrites a note just below the table: it moves down with the new rows", async () => {
    const fake = planWorkbook(2);
    fake.put("Uppföljning", "A5", [["Anteckning: siffrorna för A1.3 saknas"]]);
    uninstall = installFakeExcel(fake, api);
    await officePort(fake.context()).appendRows([
      {
        table: "FollowUp",
        rows: [
          ["Helår 2019", "A1.3", "Pågår", 0, 0, ""],
          ["Helår 2019", "A1.4", "Genomförd", 0, 0, ""],
        ],
      },
    ]);
    expect(fake.values("Uppföljning", "A4:B5")).toEqual([
      ["Helår 2019", "A1.3"],
      ["Helår 2019", "A1.4"],
    ]);
    expect(fake.values("Uppföljning", "A7:A7")).toEqual([["Anteckning: siffrorna för A1.3 saknas"]]);
  });

  it("fills a new table's empty row first, then grows the table, in one read and one write sync", async () => {
    const fake = fakeWorkbook();
    uninstall = installFakeExcel(fake, api);
    await setUpPlan(officePort(fake.context()), { lang: "sv" });
    const before = fake.syncCount;
    const port = officePort(fake.context());
    await port.appendRows([
      {
        table: "Goals",
        rows: [["M1", "11", "Jämn könsfördelning bland chefer", null, "%", 38, 50, "Öka", "HR-chef"]],
      },
      {
        table: "Activities",
        rows: [
          ["A1.1", "M1", "Ledarskapsprogram", "HR-chef", 43466, 43830, 250_000, null, "2019"],
          ["A1.2", "M1", "Mentorskap för kvinnliga chefer", "HR-chef", null, null, null, null, "Löpande"],
        ],
      },
    ]);
    expect(fake.syncCount - before).toBe(4); // the state (2 syncs, no read before), the last rows, the write
    expect(fake.model.table("Goals")?.area.rows).toBe(2);
    expect(fake.model.table("Activities")?.area.rows).toBe(3);
    expect(fake.values("Aktiviteter", "A2:C3")).toEqual([
      ["A1.1", "M1", "Ledarskapsprogram"],
      ["A1.2", "M1", "Mentorskap för kvinnliga chefer"],
    ]);
    expect(fake.sheet("Aktiviteter").cell(1, 4).numberFormat).toBe("yyyy-mm-dd");
    expect(fake.values("Mål", "B2:B2")).toEqual([["11"]]);
  });

  it("carries set-up's status list and colours on to the rows it appends", async () => {
    const fake = fakeWorkbook();
    uninstall = installFakeExcel(fake, api);
    await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2019-01-01", to: "2019-12-31" });
    await officePort(fake.context()).appendRows([
      {
        table: "FollowUp",
        rows: [
          ["Helår 2019", "A1.1", "Försenad", 120_000, 260_000, ""],
          ["Helår 2019", "A1.2", "Pågår", 0, 0, ""],
          ["Helår 2019", "A1.3", "Genomförd", 0, 0, ""],
        ],
      },
    ]);
    const sheet = fake.sheet("Uppföljning");
    // Set-up's empty row (sheet row 2) was filled; rows 3 and 4 were added: each cell as row 2's, once.
    const first = rulesAt(sheet, 1, 2);
    expect(first.list).toBe("=CEMR_Status Stop");
    expect(first.colours).toHaveLength(5);
    for (const row of [2, 3]) {
      expect(rulesAt(sheet, row, 2)).toEqual(movedDown(first, row - 1));
      expect(rulesAt(sheet, row, 5)).toEqual(movedDown(rulesAt(sheet, 1, 5), row - 1));
    }
    expect(rulesAt(sheet, 3, 5).list).toBeNull();
    expect(rulesAt(sheet, 4, 2)).toEqual({ list: null, colours: [] });
  });
});

describe("appending rows", () => {
  it("refuses a table that does not exist before writing anything", async () => {
    const fake = planWorkbook(2);
    const before = fake.snapshot();
    const error = await officePort(fake.context())
      .appendRows([{ table: "IndicatorValues", rows: [["Helår 2019", "M1", 44, 56, 100, null, null]] }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({ reason: "tableMissing", target: "IndicatorValues" });
    expect(fake.snapshot()).toEqual(before);
  });

  it("splits a write above the payload budget into several syncs, each under Excel's 5 MB", async () => {
    const fake = planWorkbook(1);
    const long = "Redovisning av åtgärder i förvaltningarna. ".repeat(60);
    const rows = Array.from({ length: 3_000 }, (_, i) => ["Helår 2019", `A${i}`, "Pågår", i, null, long]);
    const port = officePort(fake.context());
    await port.read();
    await port.appendRows([{ table: "FollowUp", rows }]);
    const writes = fake.syncs.slice(3);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((s) => s.requestBytes < PAYLOAD_LIMIT)).toBe(true);
    expect(fake.model.table("FollowUp")?.area.rows).toBe(3_002);
    expect(fake.values("Uppföljning", "F3002:F3002")).toEqual([[long]]);
  });

  it("refuses clearly a single row too large for any request, without sending it", async () => {
    const fake = planWorkbook(1);
    const port = officePort(fake.context());
    await port.read();
    const huge = "x".repeat(4_500_000);
    const error = await port
      .appendRows([{ table: "FollowUp", rows: [["Helår 2019", "A1.1", "Pågår", 0, 0, huge]] }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error).toMatchObject({ reason: "payloadTooLarge" });
    expect(fake.syncCount).toBe(3);
    expect(fake.syncs.every((s) => s.requestBytes < PAYLOAD_LIMIT)).toBe(true);
  });
});

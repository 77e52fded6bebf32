import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
import { READ_BUDGET } from "../../../src/workbook/office/readBlocks";
import { readWorkbook } from "../../../src/workbook/office/readWorkbook";
import { PAYLOAD_LIMIT, fakeWorkbook } from "../../fakes/fakeExcel";
import { addUserSheet, followUpRows, planWorkbook } from "./planWorkbook";

describe("reading a workbook through Office.js", () => {
  it.each([10, 5_000])("reads %i follow-up rows in two syncs", async (rows) => {
    const fake = planWorkbook(rows);
    const raw = await officePort(fake.context()).read();

    expect(fake.syncCount).toBe(2);
    const followUp = raw.tables.find((t) => t.name === "FollowUp");
    expect(followUp).toMatchObject({ sheet: "Uppföljning", top: 0, left: 0 });
    expect(followUp?.values).toHaveLength(rows + 1);
    expect(followUp?.values[0]).toEqual([
      "Period",
      "Aktivitet-ID",
      "Status",
      "Utfall",
      "Prognos",
      "Kommentar",
    ]);
    expect(followUp?.values[rows]).toEqual(followUpRows(rows)[rows - 1]);
  });

  it("returns every plan table with its sheet and the used range of a sheet it is asked for with its position", async () => {
    const fake = planWorkbook(3);
    addUserSheet(fake, "Budget 2019", 4);
    const raw = await officePort(fake.context()).read({ sheets: ["Budget 2019"] });

    expect(raw.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["Goals", "Mål"],
      ["Activities", "Aktiviteter"],
      ["FollowUp", "Uppföljning"],
    ]);
    const budget = raw.sheets.find((s) => s.sheet === "Budget 2019");
    expect(budget).toMatchObject({ top: 2, left: 1 });
    expect(budget?.values[1]).toEqual(["Förvaltning 1", 4000, 1200, 0]);
    expect(raw.sheets.map((s) => s.sheet)).toEqual(["Mål", "Aktiviteter", "Uppföljning", "Budget 2019"]);
  });

  it("keeps dates as serial numbers", async () => {
    const raw = await officePort(planWorkbook(1).context()).read();
    const activities = raw.tables.find((t) => t.name === "Activities");
    expect(activities?.values[1]?.[4]).toBe(43466);
  });

  it("leaves out sheets that hold no values", async () => {
    const fake = planWorkbook(1);
    fake.model.addSheet("Tomt blad");
    const raw = await officePort(fake.context()).read();
    expect(raw.sheets.map((s) => s.sheet)).not.toContain("Tomt blad");
  });

  it("refuses a sheet it must read above Excel's 5,000,000-cell read limit instead of returning nothing", async () => {
    const fake = planWorkbook(1);
    fake.put("Stort", "A1", [["Start"]]);
    fake.put("Stort", "CZ60000", [["Slut"]]);
    const error = await officePort(fake.context())
      .read({ sheets: ["stort"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error).toMatchObject({ reason: "tooManyCells", target: "Stort" });
  });

  it("lists sheet names in order with one sync, or none after a read", async () => {
    const fake = planWorkbook(1);
    const port = officePort(fake.context());
    expect(await port.sheetNames()).toEqual(["Mål", "Aktiviteter", "Uppföljning"]);
    expect(fake.syncCount).toBe(1);
    await port.read();
    await port.sheetNames();
    expect(fake.syncCount).toBe(3);
  });
});

describe("reading a workbook larger than one response", () => {
  it("reads 40,000 follow-up rows in row blocks over more syncs, each response under 5 MB, as one read would give", async () => {
    const reference = planWorkbook(40_000);
    const once = await readWorkbook(reference.context(), {}, Infinity);
    expect(reference.syncCount).toBe(2);
    expect(reference.syncs[1]?.responseBytes).toBeGreaterThan(READ_BUDGET);

    const fake = planWorkbook(40_000);
    const raw = await officePort(fake.context()).read();
    expect(raw).toEqual(once.raw);
    expect(fake.syncCount).toBeGreaterThan(3);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(READ_BUDGET);
    expect(raw.tables.find((t) => t.name === "FollowUp")?.values[40_000]).toEqual(
      followUpRows(40_000)[39_999],
    );
  });

  it("reads a sheet without tables it is asked for that is too large for one response again by size", async () => {
    const reference = planWorkbook(10);
    const fake = planWorkbook(10);
    addUserSheet(fake, "Budget 2019", 170_000);

    const raw = await officePort(fake.context()).read({ sheets: ["Budget 2019"] });
    // The one refused response is the attempt to read everything at once.
    const refused = fake.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT);
    expect(refused).toEqual([fake.syncs[1]]);
    const budget = raw.sheets.find((s) => s.sheet === "Budget 2019");
    expect(budget?.values).toHaveLength(170_001);
    expect(budget?.values[170_000]).toEqual(["Förvaltning 8", 4049, 1200 + 169_999, "ok"]);
    expect(raw.tables).toEqual((await officePort(reference.context()).read()).tables);
  });

  it("reads again in halves when long texts make a planned response too large", async () => {
    const long = "Uppföljningen visar att arbetet går enligt plan. ".repeat(60);
    const fake = fakeWorkbook("Uppföljning");
    const rows = Array.from({ length: 1_000 }, (_, i) => [
      "Helår 2019",
      `A${i + 1}`,
      "Pågår",
      1000 + i,
      2000,
      long,
    ]);
    fake.put("Uppföljning", "A1", [
      ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
      ...rows,
    ]);
    fake.addTable("FollowUp", "Uppföljning", "A1:F1001");

    const raw = await officePort(fake.context()).read();
    expect(raw.tables[0]?.values[1_000]).toEqual(rows[999]);
    expect(raw.sheets[0]?.values).toEqual(raw.tables[0]?.values);
    const answered = fake.syncs.filter((s) => s.responseBytes <= PAYLOAD_LIMIT);
    expect(answered.length).toBeGreaterThan(3);
  });
});

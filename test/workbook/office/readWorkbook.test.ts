import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
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

  it("returns every table with its sheet and every used range with its position", async () => {
    const fake = planWorkbook(3);
    addUserSheet(fake, "Budget 2019", 4);
    const raw = await officePort(fake.context()).read();

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

  it("refuses a sheet above Excel's 5,000,000-cell read limit instead of returning nothing", async () => {
    const fake = planWorkbook(1);
    fake.put("Stort", "A1", [["Start"]]);
    fake.put("Stort", "CZ60000", [["Slut"]]);
    const error = await officePort(fake.context())
      .read()
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

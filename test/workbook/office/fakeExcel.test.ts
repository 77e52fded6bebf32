import { PAYLOAD_LIMIT, fakeWorkbook } from "../../fakes/fakeExcel";

describe("the fake Excel API", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading too early is what this test checks */
  it("throws PropertyNotLoaded for a property read before load and sync, like Office", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["", ""]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("applies queued writes only on sync, and counts syncs", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["Härnösand"]];
    expect(fake.values("Blad1", "A1:A1")).toEqual([[""]]);
    await context.sync();
    expect(fake.values("Blad1", "A1:A1")).toEqual([["Härnösand"]]);
    expect(fake.syncCount).toBe(1);
  });

  it("turns text starting with = into a formula unless the cell is formatted as text", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1").values = [["=SUM(A1:A3)"]];
    const text = sheet.getRange("B1");
    text.numberFormat = [["@"]];
    text.values = [["=SUM(A1:A3)"]];
    sheet.getRange("C1:D1").values = [["0012", "12"]];
    await context.sync();
    expect(fake.sheet("Blad1").cell(0, 0).formula).toBe("=SUM(A1:A3)");
    expect(fake.sheet("Blad1").cell(0, 1)).toMatchObject({ value: "=SUM(A1:A3)", formula: null });
    expect(fake.values("Blad1", "C1:D1")).toEqual([[12, 12]]);
  });

  it("refuses a request above 5 MB and writes nothing of it", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1").values = [["före"]];
    sheet.getRangeByIndexes(1, 0, 1_000, 1).values = Array.from({ length: 1_000 }, () => ["å".repeat(3_000)]);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.syncs[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.values("Blad1", "A1:A2")).toEqual([[""], [""]]);
  });

  it("refuses a values array that does not match the range", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A1:C1").values = [["Mål-ID", "Mål"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses overlapping tables and renames duplicate headers as Excel does", async () => {
    const fake = fakeWorkbook();
    fake.put("Blad1", "A1", [
      ["Kommentar", "Kommentar", ""],
      ["a", "b", "c"],
    ]);
    const context = fake.context();
    const tables = context.workbook.worksheets.getItem("Blad1").tables;
    tables.add("A1:C2", true);
    await context.sync();
    expect(fake.values("Blad1", "A1:C1")).toEqual([["Kommentar", "Kommentar2", "Column3"]]);
    tables.add("B2:D4", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.model.tables).toHaveLength(1);
  });

  it("finds getItem's sheet where it stands in the batch, and fails it for a missing sheet", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    const sheets = context.workbook.worksheets;
    const old = sheets.getItem("Blad1");
    old.name = "Gammal";
    sheets.add("Blad1");
    old.getRange("A1").values = [["gammal"]];
    await context.sync();
    expect(fake.values("Gammal", "A1:A1")).toEqual([["gammal"]]);
    expect(fake.values("Blad1", "A1:A1")).toEqual([[""]]);
    sheets.getItem("Finns inte");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reports a missing item through isNullObject after a load", async () => {
    const fake = fakeWorkbook();
    const context = fake.context();
    const missing = context.workbook.worksheets.getItemOrNullObject("Listor").load("name");
    const present = context.workbook.worksheets.getItemOrNullObject("blad1").load("name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe("Blad1");
  });

  it("fails the chosen sync after running some of its commands, for interrupted-run tests", async () => {
    const fake = fakeWorkbook();
    fake.failOnSync(2, "GeneralException", 1);
    // The fake's own proxies: one command per call, as the injection counts them.
    const context = fake.fakeContext();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1").values = [["första"]];
    await context.sync();
    sheet.getRange("A2").values = [["andra"]];
    sheet.getRange("A3").values = [["tredje"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.values("Blad1", "A1:A3")).toEqual([["första"], ["andra"], [""]]);
  });
});

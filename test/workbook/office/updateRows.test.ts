import { officePort } from "../../../src/workbook/office/officePort";
import { WorkbookWriteError } from "../../../src/workbook/floor";
import { followUpRows, planWorkbook } from "./planWorkbook";

/** A follow-up row's new status, outcome and comment; the other columns left alone. */
const collected = (status: string, outcome: number | null, comment: string) =>
  [undefined, undefined, status, outcome, undefined, comment] as const;

describe("updating table rows through Office.js", () => {
  it("replaces only the given cells of a row and keeps text that starts with = as text", async () => {
    const fake = planWorkbook(4);
    await officePort(fake.context()).updateRows([
      { table: "FollowUp", row: 2, values: [...collected("Genomförd", 41_500, "=Klart enligt plan")] },
    ]);
    const before = followUpRows(4)[1] ?? [];
    expect(fake.values("Uppföljning", "A3:F3")).toEqual([
      [before[0], before[1], "Genomförd", 41_500, before[4], "=Klart enligt plan"],
    ]);
    const sheet = fake.sheet("Uppföljning");
    expect(sheet.cell(2, 5)).toMatchObject({ formula: null, numberFormat: "@" });
    expect(fake.values("Uppföljning", "A2:F2")).toEqual([followUpRows(4)[0]]);
  });

  it("empties a cell given as null and writes a number into a text cell as a number", async () => {
    const fake = planWorkbook(3);
    fake.put("Uppföljning", "D2", [["ej rapporterat"]], "@");
    await officePort(fake.context()).updateRows([
      { table: "FollowUp", row: 1, values: [undefined, undefined, undefined, 12_000, undefined, null] },
    ]);
    expect(fake.sheet("Uppföljning").cell(1, 3)).toMatchObject({ value: 12_000, numberFormat: "General" });
    expect(fake.sheet("Uppföljning").cell(1, 5).value).toBe("");
  });

  it("writes 50 consecutive rows as one block in one write sync, as few syncs as for one row", async () => {
    const one = planWorkbook(100);
    const many = planWorkbook(100);
    await officePort(one.context()).updateRows([
      { table: "FollowUp", row: 10, values: [...collected("Pågår", 1, "a")] },
    ]);
    await officePort(many.context()).updateRows(
      Array.from({ length: 50 }, (_, i) => ({
        table: "FollowUp",
        row: 59 - i,
        values: [...collected("Pågår", i, `Rad ${i}`)],
      })),
    );
    expect(many.syncCount).toBe(one.syncCount);
    expect(many.syncCount).toBe(4); // two to learn the workbook, one to find the rows, one to write
    expect(many.syncs[3]?.commands).toBe(one.syncs[3]?.commands);
    expect(many.values("Uppföljning", "C11:D11")).toEqual([["Pågår", 49]]);
    expect(many.values("Uppföljning", "F60:F60")).toEqual([["Rad 0"]]);
  });

  it("refuses a row outside its table's body, or a missing table, before writing anything", async () => {
    const fake = planWorkbook(3);
    const before = fake.snapshot();
    for (const update of [
      { table: "FollowUp", row: 0, values: ["Rubrik"] },
      { table: "FollowUp", row: 4, values: ["Delår 2020"] },
      { table: "Indikatorvärden", row: 1, values: ["x"] },
    ]) {
      const error = await officePort(fake.context())
        .updateRows([{ table: "FollowUp", row: 1, values: [...collected("Genomförd", 5, "ok")] }, update])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error).toMatchObject({ reason: "tableMissing" });
    }
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("updating rows of a table that shows a total row", () => {
  it("updates the body and refuses the total row, writing nothing", async () => {
    const fake = planWorkbook(3);
    // The user turned on the total row: it sits below the three follow-up rows.
    fake.put("Uppföljning", "A5", [["Summa", "", "", 31_500, 120_000, ""]]);
    fake.model.tables.splice(
      fake.model.tables.findIndex((t) => t.name === "FollowUp"),
      1,
    );
    fake.addTable("FollowUp", "Uppföljning", "A1:F5", { totals: true });
    await officePort(fake.context()).updateRows([
      { table: "FollowUp", row: 3, values: [...collected("Genomförd", 12_000, "Klart")] },
    ]);
    expect(fake.values("Uppföljning", "C4:D4")).toEqual([["Genomförd", 12_000]]);
    const before = fake.snapshot();
    const refused = officePort(fake.context()).updateRows([
      { table: "FollowUp", row: 4, values: [...collected("Genomförd", 1, "Summa?")] },
    ]);
    await expect(refused).rejects.toMatchObject({ reason: "tableMissing" });
    expect(fake.snapshot()).toEqual(before);
  });
});

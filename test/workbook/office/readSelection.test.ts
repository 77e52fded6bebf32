/**
 * Import from any selection inside Excel: whole columns or rows (whose values Excel
 * gives as null), several areas (getSelectedRange throws then), one cell, a
 * filtered list; what is taken is the selection's part that holds values, and the
 * user is told what it was. Always two syncs.
 */
import { previewImport } from "../../../src/app/importList";
import { officePort } from "../../../src/workbook/office/officePort";
import { fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";

/** A loose list pasted at B3:E14 of Blad1: a header and eleven rows. */
function pastedList(): FakeExcel {
  const fake = fakeWorkbook("Blad1");
  fake.put("Blad1", "B3", [
    ["Artikel", "Mål", "Aktivitet", "Ansvarig"],
    ...Array.from({ length: 11 }, (_, i) => [
      i % 4 === 0 ? `Artikel ${[11, 14, 22][i % 3]}` : null,
      i % 4 === 0 ? `Mål ${1 + i / 4}: jämställd service` : null,
      `Aktivitet ${i + 1}: utbildning i bemötande`,
      "Kvalitetsenheten",
    ]),
  ]);
  return fake;
}

/** The selection as the adapter reads it: two syncs, or one when it holds no values. */
async function read(fake: FakeExcel) {
  const before = fake.syncCount;
  const got = await officePort(fake.context()).readSelection();
  expect(fake.syncCount - before).toBe(got === null ? 1 : 2);
  return got;
}

describe("reading the selection for import inside Excel", () => {
  it("takes a selected range as it is", async () => {
    const fake = pastedList();
    fake.select("Blad1", "B3:E8");
    const got = await read(fake);
    expect(got).toMatchObject({
      taken: "Blad1!B3:E8",
      selected: "B3:E8",
      how: "asSelected",
      areas: 1,
      hiddenRows: 0,
    });
    expect(got?.range).toMatchObject({ sheet: "Blad1", top: 2, left: 1 });
    expect(got?.range.values).toHaveLength(6);
  });

  it("takes the part of whole columns that holds values (Excel gives their values as null)", async () => {
    const fake = pastedList();
    fake.select("Blad1", "A:D");
    const got = await read(fake);
    expect(got).toMatchObject({ taken: "Blad1!B3:D14", selected: "A:D", how: "usedPart" });
    expect(got?.range.values[0]).toEqual(["Artikel", "Mål", "Aktivitet"]);
    expect(got?.range.values).toHaveLength(12);
  });

  it("takes the part of whole rows that holds values", async () => {
    const fake = pastedList();
    fake.select("Blad1", "3:6");
    const got = await read(fake);
    expect(got).toMatchObject({ taken: "Blad1!B3:E6", selected: "3:6", how: "usedPart" });
    expect(got?.range.values).toHaveLength(4);
  });

  it("takes the sheet's whole list when one cell is selected", async () => {
    const fake = pastedList();
    fake.select("Blad1", "C7");
    const got = await read(fake);
    expect(got).toMatchObject({ taken: "Blad1!B3:E14", selected: "C7", how: "oneCell" });
  });

  it("takes the largest of several selected areas, which getSelectedRange would refuse", async () => {
    const fake = pastedList();
    fake.select("Blad1", "B3:C4", "D3:E14", "G1:G2");
    const context = fake.context();
    context.workbook.getSelectedRange().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    const got = await read(fake);
    expect(got).toMatchObject({
      taken: "Blad1!D3:E14",
      selected: "B3:C4, D3:E14, G1:G2",
      how: "largestArea",
      areas: 3,
    });
  });

  it("takes a filtered list whole, hidden rows too, and counts them", async () => {
    const fake = pastedList();
    for (const row of [5, 6, 9]) fake.sheet("Blad1").hiddenRows.add(row);
    fake.select("Blad1", "B3:E14");
    const got = await read(fake);
    expect(got).toMatchObject({ how: "asSelected", hiddenRows: 3 });
    expect(got?.range.values).toHaveLength(12);
  });

  it("gives nothing for a selection outside the sheet's values, or on an empty sheet", async () => {
    const fake = pastedList();
    fake.select("Blad1", "H20:K30");
    expect(await read(fake)).toBeNull();
    const empty = fakeWorkbook("Blad1");
    empty.select("Blad1", "A1");
    expect(await read(empty)).toBeNull();
  });

  it("previews an import from the selection and says what it took; an empty selection is a clear error", async () => {
    const fake = pastedList();
    fake.select("Blad1", "B:E");
    const preview = await previewImport(officePort(fake.context()), { selection: true }, { lang: "sv" });
    expect(preview.selection).toEqual({
      taken: "Blad1!B3:E14",
      selected: "B:E",
      how: "usedPart",
      areas: 1,
      hiddenRows: 0,
    });
    expect(preview.result.activities).toHaveLength(11);
    fake.select("Blad1", "Z1:Z9");
    await expect(
      previewImport(officePort(fake.context()), { selection: true }, { lang: "sv" }),
    ).rejects.toMatchObject({
      failure: { code: "noSelection" },
    });
  });
});

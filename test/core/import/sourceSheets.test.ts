import type { RawRange, RawWorkbook } from "../../../src/core/cells/cells";
import { FailureError } from "../../../src/core/failures/failures";
import { importableSheets, sourceRange } from "../../../src/core/import";

const sheet = (name: string, values: RawRange["values"]): RawRange => ({
  sheet: name,
  top: 0,
  left: 0,
  values,
});
const workbook: RawWorkbook = {
  tables: [],
  sheets: [
    sheet("Mål", [["ID", "Mål"]]),
    sheet("Listor", [["Status"]]),
    sheet("Tom", []),
    sheet("Handlingsplan 2022", [["Mål", "Aktivitet"]]),
  ],
};

describe("importableSheets", () => {
  it("keeps the user's sheets in order, not the plan's own in either language, its lists or the product's", () => {
    expect(
      importableSheets([
        "Mål",
        "Goals",
        "Blad1",
        "Lists",
        "_cemr",
        "CEMR_Sammanfattning",
        " aktiviteter ",
        "Budget 2022",
        "Plan",
      ]),
    ).toEqual(["Blad1", "Budget 2022"]);
  });
});

describe("sourceRange", () => {
  it("takes a given range, a named sheet ignoring case, else the first sheet besides the plan's that holds data", () => {
    const range = sheet("Blad9", [["x"]]);
    expect(sourceRange(workbook, { range })).toBe(range);
    expect(sourceRange(workbook, { sheet: "handlingsplan 2022" }).sheet).toBe("Handlingsplan 2022");
    expect(sourceRange(workbook, {}).sheet).toBe("Handlingsplan 2022");
  });

  it("fails with the sheet's name when it is missing, and with noSource when no sheet holds a list", () => {
    const failure = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof FailureError ? e.failure : e;
      }
      return null;
    };
    expect(failure(() => sourceRange(workbook, { sheet: "Blad2" }))).toEqual({
      code: "sheetNotFound",
      sheet: "Blad2",
    });
    expect(failure(() => sourceRange({ tables: [], sheets: workbook.sheets.slice(0, 3) }, {}))).toEqual({
      code: "noSource",
    });
  });
});

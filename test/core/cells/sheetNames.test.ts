import {
  excelNameKey,
  MAX_SHEET_NAME,
  safeSheetName,
  sameSheetName,
  sameTableName,
  sheetNameProblem,
} from "../../../src/core/cells/sheetNames";

describe("Excel's rules for sheet names", () => {
  it("compares names as Excel does: case does not count, spaces and accents do", () => {
    expect(sameSheetName("Uppföljning 2019", "UPPFÖLJNING 2019")).toBe(true);
    expect(sameSheetName("Mål", "mål")).toBe(true);
    expect(sameSheetName("Mål ", "Mål")).toBe(false);
    expect(sameSheetName("Mal", "Mål")).toBe(false);
    expect(sameTableName("Aktiviteter", "AKTIVITETER")).toBe(true);
    expect(new Set(["Mål", "MÅL", "mål"].map(excelNameKey)).size).toBe(1);
    // The rule that refuses a clash is the same one.
    expect(sheetNameProblem("MÅL", ["mål"])).toBe("taken");
    expect(sheetNameProblem("Mål ", ["Mål"])).toBeNull();
  });

  it("finds what Excel refuses: empty, over 31 characters, [ ] : * ? / \\, apostrophes at the ends, History, a clash", () => {
    expect(sheetNameProblem("Årsbokslut 2021")).toBeNull();
    expect(sheetNameProblem("  ")).toBe("empty");
    expect(sheetNameProblem("x".repeat(MAX_SHEET_NAME))).toBeNull();
    expect(sheetNameProblem("x".repeat(MAX_SHEET_NAME + 1))).toBe("tooLong");
    for (const c of ["[", "]", ":", "*", "?", "/", "\\"])
      expect(sheetNameProblem(`Delår${c}2021`)).toBe("forbiddenCharacter");
    expect(sheetNameProblem("'Plan")).toBe("apostrophe");
    expect(sheetNameProblem("Plan'")).toBe("apostrophe");
    expect(sheetNameProblem("Kommunens 'plan' 2021")).toBeNull();
    expect(sheetNameProblem("HISTORY")).toBe("reserved");
    expect(sheetNameProblem("uppföljning", ["Mål", "Uppföljning"])).toBe("taken");
  });

  it("makes a name Excel takes of a period's name, or falls back", () => {
    expect(safeSheetName("Uppföljning jan/apr [kvartal] 2019 – nämnderna", "Delår 2019")).toBe(
      "Uppföljning jan-apr -kvartal- 2",
    );
    expect(safeSheetName("History", "Delår 2019")).toBe("Delår 2019");
    expect(safeSheetName(" 'Tertial 1' ", "Delår 2019")).toBe("Tertial 1");
    expect(safeSheetName("''", "Delår 2019")).toBe("Delår 2019");
  });
});

import { MAX_SHEET_NAME, safeSheetName, sheetNameProblem } from "../../src/core/sheetNames";

describe("Excel's rules for sheet names", () => {
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

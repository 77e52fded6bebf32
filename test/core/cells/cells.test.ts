import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  a1,
  areaA1,
  columnIndex,
  columnLetters,
  intersectAreas,
  isBlank,
  sheetRef,
} from "../../../src/core/cells/cells";

describe("cell addresses", () => {
  it("names columns past Z with two letters and back", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(27)).toBe("AB");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    for (const i of [0, 5, 25, 26, 300, 16383]) expect(columnIndex(columnLetters(i))).toBe(i);
  });
  it("gives 1-based A1 addresses for 0-based positions", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(6, 5)).toBe("F7");
  });
  it("treats whitespace-only text as blank but zero and false as content", () => {
    expect(isBlank("  \u00a0")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  it("writes areas as Excel does: a cell, a range, whole columns, whole rows", () => {
    expect(areaA1({ row: 4, col: 2, rows: 1, cols: 1 })).toBe("C5");
    expect(areaA1({ row: 0, col: 0, rows: 40, cols: 4 })).toBe("A1:D40");
    expect(areaA1({ row: 0, col: 0, rows: SHEET_ROWS, cols: 4 })).toBe("A:D");
    expect(areaA1({ row: 1, col: 0, rows: 4, cols: SHEET_COLUMNS })).toBe("2:5");
  });
  it("quotes sheet names that need it, doubling apostrophes", () => {
    expect(sheetRef("Blad1")).toBe("Blad1");
    expect(sheetRef("Mål")).toBe("Mål");
    expect(sheetRef("Min lista")).toBe("'Min lista'");
    expect(sheetRef("Kommunens 'plan'")).toBe("'Kommunens ''plan'''");
  });
  it("intersects areas, or gives null when they share nothing", () => {
    const columns = { row: 0, col: 0, rows: SHEET_ROWS, cols: 4 };
    expect(intersectAreas(columns, { row: 2, col: 1, rows: 12, cols: 4 })).toEqual({
      row: 2,
      col: 1,
      rows: 12,
      cols: 3,
    });
    expect(intersectAreas(columns, { row: 0, col: 6, rows: 3, cols: 2 })).toBeNull();
  });
});

import { a1, columnIndex, columnLetters, isBlank } from "../../src/core/cells";

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
});

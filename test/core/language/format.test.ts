import { formatDateLong, formatMoney, formatNumber, formatPercent } from "../../../src/core/language/format";

const nb = (s: string) => s.replace(/ /g, "\u00a0");

describe("formatting numbers for text", () => {
  it("groups thousands with non-breaking spaces and uses the minus sign in Swedish", () => {
    expect(formatNumber(1234500, "sv")).toBe(nb("1 234 500"));
    expect(formatNumber(-3000, "sv")).toBe(nb("\u22123 000"));
    expect(formatNumber(1234.5, "sv", 2)).toBe(nb("1 234,5"));
    expect(formatNumber(1234.5, "en", 2)).toBe("1,234.5");
    expect(formatNumber(-0.001, "sv", 0)).toBe("0");
  });
  it("writes money and shares as a Swedish report would", () => {
    expect(formatMoney(1234500, "sv")).toBe(nb("1 234 500 kr"));
    expect(formatMoney(1234500, "en")).toBe(nb("SEK 1,234,500"));
    expect(formatPercent(10 / 24, "sv")).toBe(nb("42 %"));
    expect(formatPercent(10 / 24, "en")).toBe("42%");
  });
  it("writes dates in words with lower-case Swedish months", () => {
    expect(formatDateLong("2019-08-31", "sv")).toBe("31 augusti 2019");
    expect(formatDateLong("2019-08-31", "en")).toBe("31 August 2019");
  });
});

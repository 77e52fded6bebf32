import { headerUnit, readAmount, resourcesAmount } from "../../../src/core/import/amounts";

describe("readAmount", () => {
  it.each([
    ["50 tkr", 50_000, true],
    ["1,2 mnkr", 1_200_000, true],
    ["2 mkr", 2_000_000, true],
    ["200 000 kr", 200_000, false],
    ["200\u00a0000 kr", 200_000, false],
    ["200 000:-", 200_000, false],
    ["1 200 000", 1_200_000, false],
    ["0,5 tkr", 500, true],
    ["ca 75 000 kronor", 75_000, false],
    ["50 tusen kronor", 50_000, true],
    ["2 miljoner kr", 2_000_000, true],
    ["2 milj. kr", 2_000_000, true],
    ["SEK 50,000", 50_000, false],
    ["SEK 1.2 million", 1_200_000, true],
    ["1.5 MSEK", 1_500_000, true],
    ["kr 50 000", 50_000, false],
    ["120 tkr.", 120_000, true],
  ])("reads %p as %d kronor", (text, kronor, scaled) => {
    expect(readAmount(text)).toEqual({ kind: "amount", kronor, text, scaled });
  });

  it("reads a number cell as kronor, times the unit its header names", () => {
    expect(readAmount(40000)).toEqual({ kind: "amount", kronor: 40000, text: "40000", scaled: false });
    const tkr = headerUnit("Budget (tkr)");
    expect(readAmount(50, tkr)).toEqual({ kind: "amount", kronor: 50000, text: "50", scaled: true });
    // A unit written in the cell wins over the header's: never multiplied twice.
    expect(readAmount("200 000 kr", tkr)).toMatchObject({ kronor: 200000 });
    expect(readAmount("50 tkr", tkr)).toMatchObject({ kronor: 50000 });
    expect(readAmount(2.5, headerUnit("Budget (milj. kr)"))).toEqual({
      kind: "amount",
      kronor: 2_500_000,
      text: "2.5",
      scaled: true,
    });
  });

  it.each(["30 000 kr/år", "30 tkr per år", "30 tkr årligen", "SEK 30,000 per year", "10 000 kr/månad"])(
    "does not multiply %p by the plan's years: it is an amount per period",
    (text) => {
      expect(readAmount(text)).toEqual({ kind: "unclear", text, why: "perYear" });
    },
  );

  it.each(["0,5 tjänst", "50 tkr (utbildning)", "50–100 tkr", "1,250 mnkr", "20 tkr + 30 tkr", "2 tjänster"])(
    "does not guess %p",
    (text) => {
      expect(readAmount(text)).toEqual({ kind: "unclear", text, why: "unclear" });
    },
  );

  it("takes words without a number as words, and a blank cell as blank", () => {
    expect(readAmount("inom befintlig ram")).toEqual({ kind: "words", text: "inom befintlig ram" });
    expect(readAmount("within existing budget")).toEqual({ kind: "words", text: "within existing budget" });
    expect(readAmount("  ")).toEqual({ kind: "blank" });
    // A file's number too large for a double (1E+400) reads as Infinity: no amount.
    expect(readAmount(Number.POSITIVE_INFINITY)).toEqual({
      kind: "unclear",
      text: "Infinity",
      why: "unclear",
    });
    expect(readAmount(null)).toEqual({ kind: "blank" });
  });
});

describe("readAmount on the budget cells plans are written with", () => {
  const tkr = headerUnit("Budget (tkr)");

  it.each([
    // A saving written with a minus sign, the typographic one included.
    ["\u221220 tkr", -20_000, true],
    ["-20 tkr", -20_000, true],
    ["1,5 miljoner SEK", 1_500_000, true],
    ["50 tusen SEK", 50_000, true],
    ["50 000 kr .", 50_000, false],
    ["ca 75 000 kronor.", 75_000, false],
    ["SEK 50,000 .", 50_000, false],
    // A saving with grouping commas is as many kronor as without the sign, not fifty.
    ["-50,000 kr", -50_000, false],
    ["\u221250,000 kr", -50_000, false],
  ])("reads %p as %d kronor", (text, kronor, scaled) => {
    expect(readAmount(text)).toEqual({ kind: "amount", kronor, text, scaled });
  });

  it("reads a number written as text in a column counted in thousands as thousands", () => {
    expect(readAmount("1 200", tkr)).toEqual({
      kind: "amount",
      kronor: 1_200_000,
      text: "1 200",
      scaled: true,
    });
    expect(readAmount("2,5", headerUnit("Kostnad (mnkr)"))).toMatchObject({ kronor: 2_500_000 });
  });

  it("reads a comma after four digits as a decimal comma, not as grouping", () => {
    expect(readAmount("1234,567 kr")).toEqual({
      kind: "amount",
      kronor: 1234.57,
      text: "1234,567 kr",
      scaled: false,
    });
  });

  it.each([
    // A share, not kronor.
    ["50 %", null],
    // One thousand two hundred and fifty, or one and a quarter?
    ["1.250 kr", null],
    // Commas where the groups are not all of three digits: a typing error, not twelve hundred thousand.
    ["12,000,00 kr", null],
    // A number without its leading zero, multiplied by its unit: not guessed.
    [",5 mkr", null],
    // Grouping commas in a column counted in thousands: kronor or thousands?
    ["1,234,500", tkr],
  ])("does not guess %p", (text, unit) => {
    expect(readAmount(text, unit)).toEqual({ kind: "unclear", text, why: "unclear" });
  });

  it("takes resources words that say 'every year' but hold no amount as words", () => {
    expect(readAmount("Befintlig personal varje år")).toEqual({
      kind: "words",
      text: "Befintlig personal varje år",
    });
  });

  it("reads a note up to 80 characters for its amount, and keeps a longer one as written", () => {
    const note = "Utbildning av nämndernas ledamöter och ersättare i jämställdhet 30 000 kr per år";
    expect(note).toHaveLength(80);
    expect(readAmount(note)).toEqual({ kind: "unclear", text: note, why: "perYear" });
    const longer = `${note}.`;
    expect(readAmount(longer)).toEqual({ kind: "unclear", text: longer, why: "unclear" });
    const words = "Inom befintlig ram: kansliets personal och nämndernas ordinarie verksamhet och budget";
    expect(words.length).toBeGreaterThan(80);
    expect(readAmount(words)).toEqual({ kind: "words", text: words });
  });
});

describe("headerUnit", () => {
  it.each([
    ["Budget (tkr)", 1000],
    ["Kostnad, tkr", 1000],
    ["Belopp (mnkr)", 1_000_000],
    ["Cost (SEK thousand)", 1000],
    // The short forms a cell may use are a header's unit too: "2 milj. kr" is millions in either.
    ["Budget (tusen kr)", 1000],
    ["Budget (milj. kr)", 1_000_000],
    ["Kostnad, miljoner kr", 1_000_000],
    ["Belopp (mn kr)", 1_000_000],
    // Typed without a space before the bracket.
    ["Budget(tkr)", 1000],
  ])("reads the unit of %p", (header, multiplier) => {
    expect(headerUnit(header)).toEqual({ multiplier, header });
  });

  it.each(["Budget", "Budget (kr)", "Kostnad SEK", null])("finds no multiplier in %p", (header) => {
    expect(headerUnit(header)).toBeNull();
  });
});

describe("resourcesAmount", () => {
  it("reads resources that are one amount with a unit, and leaves others as resources", () => {
    expect(resourcesAmount("50 tkr")).toEqual({ kronor: 50000, text: "50 tkr", scaled: true });
    expect(resourcesAmount("200 000 kr")).toEqual({ kronor: 200000, text: "200 000 kr", scaled: false });
    expect(resourcesAmount("2 tjänster")).toBeNull();
    expect(resourcesAmount("500")).toBeNull();
    expect(resourcesAmount("30 tkr/år")).toBeNull();
  });
});

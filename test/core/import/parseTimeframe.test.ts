import fc from "fast-check";
import { parseTimeframe, readTimeframe } from "../../../src/core/import/parseTimeframe";

const plan = { start: "2018-01-01", end: "2020-12-31" };

describe("parseTimeframe: the forms of docs/import.md's table", () => {
  it.each([
    ["2019", "2019-01-01", "2019-12-31"],
    ["2018–2019", "2018-01-01", "2019-12-31"],
    ["2018-2019", "2018-01-01", "2019-12-31"],
    ["2018 – 2019", "2018-01-01", "2019-12-31"],
    ["Våren 2019", "2019-01-01", "2019-06-30"],
    ["VT 2019", "2019-01-01", "2019-06-30"],
    ["Hösten 2019", "2019-07-01", "2019-12-31"],
    ["HT 2019", "2019-07-01", "2019-12-31"],
    ["Q2 2020", "2020-04-01", "2020-06-30"],
    ["kvartal 2 2020", "2020-04-01", "2020-06-30"],
    ["T1 2020", "2020-01-01", "2020-04-30"],
    ["tertial 1 2020", "2020-01-01", "2020-04-30"],
    ["juni 2019", "2019-06-01", "2019-06-30"],
    ["jun 2019", "2019-06-01", "2019-06-30"],
    ["senast 2019-06-30", "2018-01-01", "2019-06-30"],
    ["klart juni 2019", "2018-01-01", "2019-06-30"],
    ["Löpande", "2018-01-01", "2020-12-31"],
    ["Årligen", "2018-01-01", "2020-12-31"],
    ["Under planperioden", "2018-01-01", "2020-12-31"],
    ["Hela perioden", "2018-01-01", "2020-12-31"],
    ["2019-03-15", "2019-03-15", "2019-03-15"],
    ["2019-03-01 – 2019-05-31", "2019-03-01", "2019-05-31"],
    ["2019-03-01-2019-05-31", "2019-03-01", "2019-05-31"],
  ])("reads %p as %s to %s", (text, start, end) => {
    expect(parseTimeframe(text, plan)).toEqual({ start, end });
  });
});

describe("parseTimeframe: periods people plainly mean", () => {
  it.each([
    ["jan–mars 2020", "2020-01-01", "2020-03-31"],
    ["januari-mars 2020", "2020-01-01", "2020-03-31"],
    ["Jan — Mar 2020", "2020-01-01", "2020-03-31"],
    ["december 2019", "2019-12-01", "2019-12-31"],
    ["under 2019", "2019-01-01", "2019-12-31"],
    ["spring 2019", "2019-01-01", "2019-06-30"],
    ["autumn 2019", "2019-07-01", "2019-12-31"],
    ["Fall 2019", "2019-07-01", "2019-12-31"],
    ["Q3 2019", "2019-07-01", "2019-09-30"],
    ["by June 2019", "2018-01-01", "2019-06-30"],
    ["H1 2020", "2020-01-01", "2020-06-30"],
    ["H2 2020", "2020-07-01", "2020-12-31"],
    ["ongoing", "2018-01-01", "2020-12-31"],
    ["Annually", "2018-01-01", "2020-12-31"],
    ["throughout the plan period", "2018-01-01", "2020-12-31"],
    ["  VÅREN   2019 ", "2019-01-01", "2019-06-30"],
    ["VT19", "2019-01-01", "2019-06-30"],
    ["Q1-2020", "2020-01-01", "2020-03-31"],
    ["från jan till mars 2020", "2020-01-01", "2020-03-31"],
    ["december 2019 – februari 2020", "2019-12-01", "2020-02-29"],
    ["våren–hösten 2019", "2019-01-01", "2019-12-31"],
    ["senast 30 juni 2019", "2018-01-01", "2019-06-30"],
    ["by the end of 2019", "2018-01-01", "2019-12-31"],
    ["senast i slutet av 2019", "2018-01-01", "2019-12-31"],
    ["t.o.m. augusti 2019", "2018-01-01", "2019-08-31"],
    ["löpande under 2019", "2019-01-01", "2019-12-31"],
    ["första halvåret 2020", "2020-01-01", "2020-06-30"],
    ["2020 Q4", "2020-10-01", "2020-12-31"],
    ["in the spring of 2019", "2019-01-01", "2019-06-30"],
  ])("reads %p as %s to %s", (text, start, end) => {
    expect(parseTimeframe(text, plan)).toEqual({ start, end });
  });
});

describe("parseTimeframe: what it does not guess", () => {
  it.each([
    "enligt överenskommelse",
    "snarast",
    "",
    "   ",
    "nov–feb 2020",
    "2020–2018",
    "2019-02-30",
    "Q5 2020",
    "T4 2020",
    "slutet av 2019",
    "från 2022",
    "inför budget 2021",
    "inför 2021",
    "Q1 varje år",
    "i samband med bokslutet 2019",
    "2019-06",
    "sommaren 2019",
  ])("does not understand %p", (text) => {
    expect(parseTimeframe(text, plan)).toBeNull();
  });

  it("leaves words for the whole period not understood without a plan period", () => {
    expect(parseTimeframe("Löpande")).toBeNull();
    expect(parseTimeframe("Under planperioden")).toBeNull();
    expect(parseTimeframe("ongoing")).toBeNull();
  });

  it("gives a deadline without a plan period an end but no start", () => {
    expect(parseTimeframe("senast 2019-06-30")).toEqual({ start: null, end: "2019-06-30" });
  });

  it("keeps dates outside the plan period as written", () => {
    expect(parseTimeframe("2022", plan)).toEqual({ start: "2022-01-01", end: "2022-12-31" });
  });
});

describe("readTimeframe: recurring, open-ended and deadline words", () => {
  it.each([
    ["årligen", "recurring"],
    ["Vår och höst varje år", "recurring"],
    ["varje kvartal", "recurring"],
    ["två gånger per år", "recurring"],
    ["kvartalsvis", "recurring"],
    ["every spring and autumn", "recurring"],
    ["quarterly", "recurring"],
    ["Löpande", "recurring"],
    ["Under planperioden", "wholePeriod"],
  ])("reads %p as the whole plan period, saying it is %s", (text, kind) => {
    expect(readTimeframe(text, plan)).toEqual({ start: "2018-01-01", end: "2020-12-31", kind });
  });

  it.each([
    ["från 2020", "2020-01-01", "2020-12-31"],
    ["fr.o.m. hösten 2019", "2019-07-01", "2020-12-31"],
    ["2019 och framåt", "2019-01-01", "2020-12-31"],
    ["from 2019 onwards", "2019-01-01", "2020-12-31"],
    ["2019 onwards", "2019-01-01", "2020-12-31"],
  ])("reads %p as from its start to the plan's end", (text, start, end) => {
    expect(readTimeframe(text, plan)).toEqual({ start, end, kind: "from" });
  });

  it.each([
    ["t.o.m. 2021", "2018-01-01", "2021-12-31"],
    ["till och med juni 2019", "2018-01-01", "2019-06-30"],
    ["up to and including 2019", "2018-01-01", "2019-12-31"],
  ])("reads %p as a deadline from the plan's start", (text, start, end) => {
    expect(readTimeframe(text, plan)).toEqual({ start, end, kind: "deadline" });
  });

  it("reads a range written with fr.o.m. and t.o.m. as a span", () => {
    expect(readTimeframe("fr.o.m. 2019 t.o.m. 2020", plan)).toEqual({
      start: "2019-01-01",
      end: "2020-12-31",
      kind: "span",
    });
  });

  it("without a plan period gives recurring words no dates and a start only to open-ended ones", () => {
    expect(readTimeframe("varje kvartal")).toBeNull();
    expect(readTimeframe("från 2020")).toEqual({ start: "2020-01-01", end: null, kind: "from" });
  });
});

describe("parseTimeframe: properties", () => {
  it("never throws and never gives an end before the start", () => {
    const words = fc.constantFrom(
      "vt",
      "ht",
      "q2",
      "t3",
      "jan",
      "mars",
      "-",
      "–",
      " ",
      "senast",
      "2019",
      "2020",
      "under",
      "löpande",
      "2019-06-30",
      "till",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 6 }).map((w) => w.join(" ")),
        ),
        (text) => {
          const r = parseTimeframe(text, plan);
          if (r?.start && r.end) expect(r.start <= r.end).toBe(true);
        },
      ),
    );
  });

  it("reads every quarter of every year as its three months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const r = parseTimeframe(`Q${q} ${year}`);
        expect(r?.start).toBe(`${year}-${String(q * 3 - 2).padStart(2, "0")}-01`);
        expect(r?.end?.slice(0, 7)).toBe(`${year}-${String(q * 3).padStart(2, "0")}`);
      }),
    );
  });
});

import { isoToSerial } from "../../../src/core/dates/dates";
import {
  cellText,
  readArticleRefs,
  readChoice,
  readDate,
  readNumber,
  readText,
  type ReadResult,
} from "../../../src/core/read/readValues";
import type { CellValue } from "../../../src/core/cells/cells";

const value = <T>(r: ReadResult<T>): T | null | "unreadable" => (r.ok ? r.value : "unreadable");

describe("readDate", () => {
  it("reads Excel serial numbers, dropping a time of day", () => {
    expect(value(readDate(isoToSerial("2019-08-31")))).toBe("2019-08-31");
    expect(value(readDate(isoToSerial("2019-08-31") + 0.75))).toBe("2019-08-31");
    expect(value(readDate(2958465))).toBe("9999-12-31");
  });

  it("names serial 60 as the 1900-02-29 Excel shows, a day no calendar has, instead of shifting it", () => {
    expect(readDate(60)).toEqual({ ok: false, text: "1900-02-29" });
    expect(value(readDate(59))).toBe("1900-02-28");
    expect(value(readDate(61))).toBe("1900-03-01");
  });

  it("refuses serial numbers outside the dates Excel can show", () => {
    expect(readDate(0)).toEqual({ ok: false, text: "0" });
    expect(readDate(-5).ok).toBe(false);
    expect(readDate(2958466).ok).toBe(false);
    expect(readDate(Number.NaN).ok).toBe(false);
    expect(readDate(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it("takes the UTC calendar day of a Date from a file library", () => {
    expect(value(readDate(new Date(Date.UTC(2019, 7, 31))))).toBe("2019-08-31");
    expect(value(readDate(new Date(Date.UTC(2019, 7, 31, 23, 30))))).toBe("2019-08-31");
    expect(readDate(new Date(Number.NaN))).toEqual({ ok: false, text: "Invalid Date" });
  });

  it("refuses a Date before 1900, which Excel cannot hold as a date, and reads 1900-01-01", () => {
    expect(readDate(new Date(Date.UTC(1899, 11, 31)))).toEqual({ ok: false, text: "1899-12-31" });
    expect(value(readDate(new Date(Date.UTC(1900, 0, 1))))).toBe("1900-01-01");
  });

  it("reads a date written in 1900, the first year Excel holds, and refuses one written in 1899", () => {
    expect(value(readDate("1 mars 1900"))).toBe("1900-03-01");
    expect(readDate("31 december 1899")).toEqual({ ok: false, text: "31 december 1899" });
  });

  it("reads a date padded with spaces, as a fixed-width export leaves it", () => {
    expect(value(readDate(`2024-10-01${" ".repeat(70)}`))).toBe("2024-10-01");
    expect(value(readDate(`${" ".repeat(40)}1 oktober 2024${" ".repeat(40)}`))).toBe("2024-10-01");
  });

  it("reports a long text in a date cell whole up to 500 characters, and cut with an ellipsis beyond", () => {
    const note = "Klart när upphandlingen av konsulttjänster är avslutad och avtalet är undertecknat. ";
    const text500 = `${note.repeat(10).slice(0, 499)}.`;
    const text501 = `${text500}.`;
    expect(readDate(text500)).toEqual({ ok: false, text: text500 });
    expect(readDate(text501)).toEqual({ ok: false, text: `${text500}…` });
  });

  it.each([
    ["2019-08-31", "2019-08-31"],
    ["2019-8-31", "2019-08-31"],
    ["2019-08-31T00:00:00", "2019-08-31"],
    ["2019-08-31T00:00:00.000Z", "2019-08-31"],
    ["2019-08-31 00:00", "2019-08-31"],
    [" 2021-01-01 ", "2021-01-01"],
    ["31 augusti 2019", "2019-08-31"],
    ["31 Augusti 2019", "2019-08-31"],
    ["31 aug 2019", "2019-08-31"],
    ["31 aug. 2019", "2019-08-31"],
    ["den 31 augusti 2019", "2019-08-31"],
    ["31:a augusti 2019", "2019-08-31"],
    ["1 maj 2020", "2020-05-01"],
    ["3 okt 2021", "2021-10-03"],
    ["30 sept. 2022", "2022-09-30"],
    ["31\u00a0december\u00a02023", "2023-12-31"],
    ["31 August 2019", "2019-08-31"],
    ["31st August 2019", "2019-08-31"],
    ["August 31, 2019", "2019-08-31"],
    ["August 31,2019", "2019-08-31"],
    ["August 31 ,2019", "2019-08-31"],
    ["31 augusti ,2019", "2019-08-31"],
    ["Aug. 31 2019", "2019-08-31"],
    ["1 May 2020", "2020-05-01"],
    ["31/8 2019", "2019-08-31"],
    ["29 februari 2020", "2020-02-29"],
  ])("reads the text %p as %p", (text, iso) => {
    expect(value(readDate(text))).toBe(iso);
  });

  it.each([
    "2019-02-30",
    "2019-13-01",
    "29 feb 2019",
    "31 april 2020",
    "31 ma 2019",
    "31 augusti",
    "8/31/2019",
    "31/8/2019",
    "31.8.2019",
    "43708",
    "1066-10-14",
    "snart",
    "#N/A",
    "#REF!",
    "Q3 2021",
  ])("refuses the text %p with the cell as text", (text) => {
    expect(readDate(text)).toEqual({ ok: false, text });
  });

  it("reads empty cells as no date", () => {
    for (const v of [null, undefined, "", "   ", "\u00a0"])
      expect(readDate(v)).toEqual({ ok: true, value: null });
  });

  it("refuses booleans", () => {
    expect(readDate(true)).toEqual({ ok: false, text: "TRUE" });
    expect(readDate(false)).toEqual({ ok: false, text: "FALSE" });
  });
});

describe("readNumber", () => {
  it.each<[CellValue, number]>([
    [1234.5, 1234.5],
    [-3000, -3000],
    ["1 234,50", 1234.5],
    ["1\u00a0234\u00a0567", 1234567],
    ["1\u202f234,5", 1234.5],
    ["12 500 kr", 12500],
    ["12 500 kr.", 12500],
    ["12 500:-", 12500],
    ["3 000 kronor", 3000],
    ["SEK 1,234,500", 1234500],
    ["1 200 000 SEK", 1200000],
    ["45 %", 45],
    ["45%", 45],
    ["−3 000", -3000],
    ["-3000", -3000],
    ["- 250", -250],
    ["+7", 7],
    ["2,1", 2.1],
    ["1,234", 1.234],
    ["0,5", 0.5],
    [",5", 0.5],
    ["1.5", 1.5],
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1,5E+3", 1500],
    ["1,1E-1", 0.11],
    ["-0", 0],
  ])("reads %p as %p", (cell, n) => {
    expect(value(readNumber(cell))).toBe(n);
  });

  it.each([
    "1.234",
    "12.345",
    "123.456",
    "1234 567",
    "1 2345",
    "12 3456,50",
    "1.234,56,7",
    "12.34,5",
    "1,23.5",
    "500 tkr",
    "2 mkr",
    "12 3",
    "1 23",
    "1,23,4",
    "abc",
    "ca 500",
    "#N/A",
    "#VALUE!",
    "1e400",
    "--5",
    "5-",
    "(3 000)",
  ])("refuses the text %p with the cell as text", (text) => {
    expect(readNumber(text)).toEqual({ ok: false, text });
  });

  it("refuses NaN, infinities, booleans and dates", () => {
    expect(readNumber(Number.NaN)).toEqual({ ok: false, text: "NaN" });
    expect(readNumber(Number.NEGATIVE_INFINITY).ok).toBe(false);
    expect(readNumber(true)).toEqual({ ok: false, text: "TRUE" });
    expect(readNumber(false)).toEqual({ ok: false, text: "FALSE" });
    expect(readNumber(new Date(Date.UTC(2021, 0, 1))).ok).toBe(false);
  });

  it("reads a number padded with spaces, as a fixed-width export leaves it", () => {
    expect(value(readNumber(`12 500 kr${" ".repeat(60)}`))).toBe(12500);
    expect(value(readNumber(`${" ".repeat(70)}1 234,50`))).toBe(1234.5);
  });

  it("reads empty cells as no number", () => {
    for (const v of [null, undefined, "", "  "]) expect(readNumber(v)).toEqual({ ok: true, value: null });
  });
});

describe("readChoice", () => {
  it("reads labels in either language, trimmed and case-insensitively, as the choice's value", () => {
    expect(value(readChoice("status", " pågår "))).toBe("inProgress");
    expect(value(readChoice("status", "GENOMFÖRD"))).toBe("done");
    expect(value(readChoice("status", "Not Started"))).toBe("notStarted");
    expect(value(readChoice("status", "ej  påbörjad"))).toBe("notStarted");
    expect(value(readChoice("periodType", "helår"))).toBe("annual");
    expect(value(readChoice("periodType", "Interim"))).toBe("interim");
    expect(value(readChoice("direction", "close gap"))).toBe("closeGap");
    expect(value(readChoice("assessment", "Delvis uppfyllt"))).toBe("partlyMet");
    expect(value(readChoice("yesNo", "NEJ"))).toBe("no");
  });

  it("reads Swedish labels typed without å, ä and ö", () => {
    expect(value(readChoice("status", "Pagar"))).toBe("inProgress");
    expect(value(readChoice("status", "Forsenad"))).toBe("delayed");
    expect(value(readChoice("direction", "Oka"))).toBe("increase");
  });

  it("reads booleans, initials and a cross in a yes/no column", () => {
    expect(value(readChoice("yesNo", true))).toBe("yes");
    expect(value(readChoice("yesNo", false))).toBe("no");
    expect(value(readChoice("yesNo", "J"))).toBe("yes");
    expect(value(readChoice("yesNo", "n"))).toBe("no");
    expect(value(readChoice("yesNo", "x"))).toBe("yes");
    expect(value(readChoice("yesNo", "SANT"))).toBe("yes");
    expect(value(readChoice("yesNo", "FALSKT"))).toBe("no");
  });

  it("refuses values of another list, unknown words, numbers and booleans outside yes/no", () => {
    expect(readChoice("status", "Klar")).toEqual({ ok: false, text: "Klar" });
    expect(readChoice("status", "Ja").ok).toBe(false);
    expect(readChoice("periodType", "Tertial").ok).toBe(false);
    expect(readChoice("status", "x").ok).toBe(false);
    expect(readChoice("yesNo", 1)).toEqual({ ok: false, text: "1" });
    expect(readChoice("status", true).ok).toBe(false);
    expect(readChoice("status", "#N/A").ok).toBe(false);
  });

  it("reads empty cells as no choice", () => {
    for (const v of [null, undefined, "", " "])
      expect(readChoice("status", v)).toEqual({ ok: true, value: null });
  });
});

describe("readArticleRefs", () => {
  it.each<[CellValue, number[]]>([
    ["11", [11]],
    [11, [11]],
    ["Art. 11", [11]],
    ["art 11", [11]],
    ["Art.11", [11]],
    ["Artikel 11 – Arbetsgivarrollen", [11]],
    ["Artikel 11: Arbetsgivarrollen", [11]],
    ["11 (Arbetsgivarrollen)", [11]],
    ["Artikel 12 – Upphandling av varor och tjänster", [12]],
    ["Artikel 11 – Arbetsgivarrollen och artikel 12 – Upphandling", [11, 12]],
    ["artikel 2 och 5", [2, 5]],
    ["Artiklarna 2, 3 och 5", [2, 3, 5]],
    ["art. 2 samt 5", [2, 5]],
    ["2, 3", [2, 3]],
    ["2,3", [2, 3]],
    ["2;3", [2, 3]],
    ["2 & 5", [2, 5]],
    ["2/5", [2, 5]],
    ["Article 2 and 5", [2, 5]],
    ["Articles 2 and 5", [2, 5]],
    ["2–4", [2, 3, 4]],
    ["2-4, 11", [2, 3, 4, 11]],
    ["Art. 13–15", [13, 14, 15]],
    ["Art. 20–24", [20, 21, 22, 23, 24]],
    ["Art. 5–5", [5]],
    ["11(Arbetsgivarrollen)och 12(Upphandling)", [11, 12]],
    ["11, 11", [11]],
    ["11.", [11]],
    ["2\n5", [2, 5]],
  ])("reads %p as articles %p", (cell, articles) => {
    expect(readArticleRefs(cell)).toEqual({ articles, notUnderstood: [] });
  });

  it("lists the parts that name no article beside the ones that do", () => {
    expect(readArticleRefs("Art. x")).toEqual({ articles: [], notUnderstood: ["Art. x"] });
    expect(readArticleRefs("2, jämställdhet")).toEqual({ articles: [2], notUnderstood: ["jämställdhet"] });
    expect(readArticleRefs("4–2")).toEqual({ articles: [], notUnderstood: ["4–2"] });
    expect(readArticleRefs("1-1000")).toEqual({ articles: [], notUnderstood: ["1-1000"] });
    expect(readArticleRefs("1–40")).toEqual({ articles: [], notUnderstood: ["1–40"] });
    expect(readArticleRefs("#N/A")).toEqual({ articles: [], notUnderstood: ["#N/A"] });
    expect(readArticleRefs(" #N/A")).toEqual({ articles: [], notUnderstood: ["#N/A"] });
  });

  it("reads a range over the whole 2022 Charter", () => {
    expect(readArticleRefs("1–39").articles).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });

  it("reports a pasted text over 1000 characters as one thing not understood, not as articles", () => {
    const text = "Vi arbetar med artikel 5 och artikel 6 i hela organisationen. ".repeat(20).trim();
    expect(text.length).toBeGreaterThan(1000);
    expect(readArticleRefs(text)).toEqual({ articles: [], notUnderstood: [`${text.slice(0, 500)}…`] });
  });

  it("keeps article numbers outside the Charter for the checks to judge", () => {
    expect(readArticleRefs("42").articles).toEqual([42]);
    expect(readArticleRefs(0).articles).toEqual([0]);
  });

  it("does not take a negative number for an article", () => {
    expect(readArticleRefs(-3)).toEqual({ articles: [], notUnderstood: ["-3"] });
  });

  it("does not guess articles from a decimal number, a boolean or a date", () => {
    expect(readArticleRefs(2.3)).toEqual({ articles: [], notUnderstood: ["2.3"] });
    expect(readArticleRefs(true)).toEqual({ articles: [], notUnderstood: ["TRUE"] });
    expect(readArticleRefs(new Date(Date.UTC(2021, 3, 2))).articles).toEqual([]);
  });

  it("reads an empty cell as no references", () => {
    for (const v of [null, undefined, "", "  "])
      expect(readArticleRefs(v)).toEqual({ articles: [], notUnderstood: [] });
  });
});

describe("readText", () => {
  it("trims text, writes numbers as written and keeps error values as text", () => {
    expect(readText("  M1 ")).toBe("M1");
    expect(readText(1)).toBe("1");
    expect(readText(2.5)).toBe("2.5");
    expect(readText("#N/A")).toBe("#N/A");
    expect(readText(true)).toBe("TRUE");
    expect(readText(false)).toBe("FALSE");
    expect(readText(new Date(Date.UTC(2021, 7, 31)))).toBe("2021-08-31");
  });

  it("reads empty cells as null", () => {
    for (const v of [null, undefined, "", " \u00a0 "]) expect(readText(v)).toBeNull();
  });

  it("gives an empty cell as an empty text for a report", () => {
    for (const v of [null, undefined, "", "   "]) expect(cellText(v)).toBe("");
  });
});

describe("hostile cells", () => {
  const hostile: CellValue[] = [
    null,
    undefined,
    true,
    false,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER * 10,
    1e-300,
    new Date(Number.NaN),
    new Date(8.64e15),
    "😀📅",
    "\u0000\u0001\u001f\u007f",
    "\ud800",
    "x".repeat(100_000),
    "1 ".repeat(50_000),
    "2, ".repeat(30_000),
    "Artikel 1 – ".repeat(10_000),
    "=SUMMA(A1:A3)",
  ];

  it("never throws and reads nothing from them that is not there", () => {
    for (const v of hostile) {
      expect(() => {
        readText(v);
        readDate(v);
        readNumber(v);
        readChoice("status", v);
        readChoice("yesNo", v);
        readArticleRefs(v);
      }).not.toThrow();
      const status = readChoice("status", v);
      expect(status.ok ? status.value : null).toBeNull();
    }
  });

  it("reads a 100 000-character cell quickly and reports it shortened", () => {
    const long = "9".repeat(100_000);
    const started = performance.now();
    const r = readNumber(long);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.text.length).toBeLessThan(1000);
    expect(readArticleRefs("Artikel 1 – ".repeat(10_000)).articles.length).toBeLessThanOrEqual(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

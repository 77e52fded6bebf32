import { articleTitle } from "../../../src/core/charter/charter";
import { CLEAN_DATE, codesOf, placed, seedRows, setFact } from "./checkFixture";

describe("ARTICLE_UNKNOWN", () => {
  it("flags a goal's article number beyond the 2006 Charter at the goal's Artikel cell", () => {
    const t = seedRows();
    t.Goals[2]![1] = "11, 31";
    expect(codesOf(t, CLEAN_DATE)).toEqual(["ARTICLE_UNKNOWN"]);
    expect(placed(t, CLEAN_DATE, "ARTICLE_UNKNOWN")).toEqual([
      { code: "ARTICLE_UNKNOWN", severity: "error", sheet: "Mål", cell: "B4", refs: ["M3", "31"] },
    ]);
  });

  it("accepts article 31 in a plan that signed the 2022 Charter", () => {
    const t = seedRows();
    t.Goals[2]![1] = "11, 31";
    setFact(t.Plan, "Deklarationens version", 2022);
    t.Articles.push(
      ...[31, 32, 33, 34, 35, 36, 37, 38, 39].map((n) => [
        n,
        articleTitle(n, "sv"),
        "",
        n === 31 ? "Ja" : "Nej",
        "",
      ]),
    );
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("flags the part of a goal's Artikel cell that names no article", () => {
    const t = seedRows();
    t.Goals[0]![1] = "2 och jämställd budget";
    expect(placed(t, CLEAN_DATE, "ARTICLE_UNKNOWN")).toEqual([
      { code: "ARTICLE_UNKNOWN", severity: "error", sheet: "Mål", cell: "B2", refs: ["M1"] },
    ]);
  });

  it("flags article 0 as well as numbers too high", () => {
    const t = seedRows();
    t.Goals[4]![1] = "0, 22";
    expect(placed(t, CLEAN_DATE, "ARTICLE_UNKNOWN").map((f) => f.refs)).toEqual([["M5", "0"]]);
  });

  it("flags an Articles row whose number is not in the plan's Charter version", () => {
    const t = seedRows();
    t.Articles.push([31, "Artikel 31", "", "Nej", ""]);
    expect(placed(t, CLEAN_DATE, "ARTICLE_UNKNOWN")).toEqual([
      { code: "ARTICLE_UNKNOWN", severity: "error", sheet: "Artiklar", cell: "A32", refs: ["31"] },
    ]);
  });

  it("does not flag the 30 articles of a 2006 plan", () => {
    expect(placed(seedRows(), CLEAN_DATE, "ARTICLE_UNKNOWN")).toEqual([]);
  });
});

import {
  AREAS,
  ARTICLES,
  PRINCIPLES,
  UPDATE_2022_TOPICS,
  areaOf,
  articleCount,
  articleTitle,
  articlesOf,
  isArticleOf,
} from "../../../src/core/charter/charter";

describe("the Charter's articles", () => {
  it("has 30 articles in the 2006 text and 39 since the 2022 update", () => {
    expect(articleCount(2006)).toBe(30);
    expect(articleCount(2022)).toBe(39);
    expect(articlesOf(2006).map((a) => a.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(articlesOf(2022).map((a) => a.number)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(ARTICLES).toHaveLength(39);
  });

  it("marks articles 31 to 39 as added in 2022 and the rest as from 2006", () => {
    for (const a of ARTICLES) expect(a.since).toBe(a.number > 30 ? 2022 : 2006);
  });

  it("knows which numbers belong to which version", () => {
    expect(isArticleOf(30, 2006)).toBe(true);
    expect(isArticleOf(31, 2006)).toBe(false);
    expect(isArticleOf(31, 2022)).toBe(true);
    expect(isArticleOf(39, 2022)).toBe(true);
    expect(isArticleOf(40, 2022)).toBe(false);
    expect(isArticleOf(0, 2006)).toBe(false);
    expect(isArticleOf(2.5, 2006)).toBe(false);
  });
});

describe("the areas of competence", () => {
  it("cover articles 1 to 39 in order, without gaps or overlaps", () => {
    let next = 1;
    for (const area of AREAS) {
      expect(area.first).toBe(next);
      expect(area.last).toBeGreaterThanOrEqual(area.first);
      next = area.last + 1;
    }
    expect(next).toBe(40);
  });

  it("put every article in exactly one area, the one the article names", () => {
    for (const article of ARTICLES) {
      const containing = AREAS.filter((a) => article.number >= a.first && article.number <= a.last);
      expect(containing).toHaveLength(1);
      expect(containing[0]?.id).toBe(article.area);
      expect(areaOf(article.number)?.id).toBe(article.area);
    }
  });

  it("place the articles in the areas Swedish plans use", () => {
    expect(areaOf(1)?.sv).toBe("Demokratiskt ansvar");
    expect(areaOf(11)?.sv).toBe("Arbetsgivarrollen");
    expect(areaOf(12)?.en).toBe("Public procurement and contracts");
    expect(areaOf(23)?.sv).toBe("Rollen som tjänsteleverantör");
    expect(areaOf(24)?.sv).toBe("Planering och hållbar utveckling");
    expect(areaOf(30)?.en).toBe("Twinning and international co-operation");
    expect(areaOf(35)?.id).toBe("update2022");
  });

  it("has no area for numbers outside the Charter", () => {
    expect(areaOf(0)).toBeNull();
    expect(areaOf(40)).toBeNull();
  });
});

describe("article titles", () => {
  it("gives the published Swedish and English titles where they are verified", () => {
    expect(articleTitle(9, "sv")).toBe("Jämställdhetsanalyser");
    expect(articleTitle(9, "en")).toBe("Gender assessment");
    expect(articleTitle(22, "sv")).toBe("Könsrelaterat våld");
    expect(articleTitle(23, "en")).toBe("Human trafficking");
  });

  it("gives a neutral label instead of an unverified Swedish title for articles 23 to 30", () => {
    for (let n = 23; n <= 30; n++) expect(articleTitle(n, "sv")).toBe(`Artikel ${n}`);
  });

  it("gives a neutral label in both languages for articles 31 to 39", () => {
    for (let n = 31; n <= 39; n++) {
      expect(articleTitle(n, "sv")).toBe(`Artikel ${n}`);
      expect(articleTitle(n, "en")).toBe(`Article ${n}`);
    }
  });

  it("never shows a title whose verification flag is off", () => {
    for (const a of ARTICLES) {
      for (const lang of ["sv", "en"] as const) {
        const shown = articleTitle(a.number, lang);
        if (!a.verified[lang])
          expect(shown).toBe(lang === "sv" ? `Artikel ${a.number}` : `Article ${a.number}`);
        else expect(shown).toBe(a.title[lang]);
      }
    }
  });

  it("records the unverified Swedish titles as such rather than dropping them", () => {
    const unverifiedSv = ARTICLES.filter((a) => !a.verified.sv).map((a) => a.number);
    expect(unverifiedSv).toEqual(Array.from({ length: 17 }, (_, i) => i + 23));
    const unverifiedEn = ARTICLES.filter((a) => !a.verified.en).map((a) => a.number);
    expect(unverifiedEn).toEqual(Array.from({ length: 9 }, (_, i) => i + 31));
  });

  it("labels a number that is no article neutrally", () => {
    expect(articleTitle(40, "en")).toBe("Article 40");
  });
});

describe("the principles and the 2022 topics", () => {
  it("has six principles numbered 1 to 6, each in both English wordings and Swedish", () => {
    expect(PRINCIPLES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const p of PRINCIPLES) {
      expect(p.en2006.length).toBeGreaterThan(10);
      expect(p.en2022.length).toBeGreaterThan(10);
      expect(p.sv.length).toBeGreaterThan(10);
    }
    expect(PRINCIPLES[1]?.en2022).toMatch(/intersecting/);
  });

  it("lists nine topics for the nine articles added in 2022", () => {
    expect(UPDATE_2022_TOPICS).toHaveLength(articleCount(2022) - articleCount(2006));
  });
});

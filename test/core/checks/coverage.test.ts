import { articleTitle } from "../../../src/core/charter/charter";
import { articleCoverage, coverageCounts } from "../../../src/core/checks/coverage";
import { serial } from "../fixtures/planWorkbook";
import { planOf, seedRows, setFact } from "./checkFixture";

describe("articleCoverage", () => {
  it("gives one row per article of a 2006 plan, covered where prioritised goals have activities", () => {
    const rows = articleCoverage(planOf(seedRows()));
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(rows[1]).toEqual({
      number: 2,
      title: articleTitle(2, "sv"),
      areaId: "political",
      area: "Den politiska rollen",
      prioritised: true,
      goalIds: ["M1"],
      activityIds: ["A1"],
      goalsWithoutActivity: [],
      state: "covered",
    });
    expect(rows[0]).toMatchObject({ number: 1, prioritised: false, goalIds: [], state: "notPrioritised" });
  });

  it("tells apart prioritised articles without goals, goals without activities and goals on unprioritised articles", () => {
    const t = seedRows();
    t.Articles[12]![3] = "Ja"; // article 13, no goal
    t.Goals.push([
      "M6",
      "11, 16",
      "Jämställda löner",
      "Oförklarad löneskillnad",
      "%",
      1.8,
      0,
      "Minska",
      "HR-avdelningen",
    ]);
    t.Activities.push([
      "A6",
      "M3",
      "Schemaläggning för heltid",
      "Socialchef",
      serial("2023-09-01"),
      serial("2024-12-31"),
      80000,
      "",
      "",
    ]);
    const byNumber = new Map(articleCoverage(planOf(t)).map((r) => [r.number, r]));
    expect(byNumber.get(13)?.state).toBe("noGoal");
    expect(byNumber.get(11)).toMatchObject({
      state: "goalWithoutActivity",
      goalIds: ["M3", "M6"],
      activityIds: ["A3", "A6"],
      goalsWithoutActivity: ["M6"],
    });
    expect(byNumber.get(16)).toMatchObject({
      prioritised: false,
      goalIds: ["M6"],
      state: "notPrioritisedWithGoals",
    });
  });

  it("covers the 39 articles of a 2022 plan and gives titles in the requested language", () => {
    const t = seedRows();
    setFact(t.Plan, "Deklarationens version", 2022);
    const rows = articleCoverage(planOf(t), "en");
    expect(rows).toHaveLength(39);
    expect(rows[10]?.title).toBe(articleTitle(11, "en"));
    expect(rows[38]).toMatchObject({ number: 39, areaId: "update2022", state: "notPrioritised" });
  });
});

describe("coverageCounts", () => {
  it("counts articles by state, with totals", () => {
    expect(coverageCounts(articleCoverage(planOf(seedRows())))).toEqual({
      articles: 30,
      prioritised: 5,
      covered: 5,
      noGoal: 0,
      goalWithoutActivity: 0,
      notPrioritisedWithGoals: 0,
      notPrioritised: 25,
    });
  });
});

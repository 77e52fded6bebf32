import {
  ARTICLE_PROPOSALS,
  NATIONAL_GOALS,
  OLD_NATIONAL_GOALS,
  nationalGoalName,
  proposeNationalGoals,
  readNationalGoalRefs,
} from "../../../src/core/nationalGoals";

describe("the national sub-goals as data", () => {
  it("holds the six sub-goals since 2017 in order, named in both languages", () => {
    expect(NATIONAL_GOALS.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(nationalGoalName(5, "sv")).toBe("Jämställd hälsa");
    expect(nationalGoalName(6, "en")).toBe("Men's violence against women must stop");
    expect(nationalGoalName(4, "sv")).toBe("Jämn fördelning av det obetalda hem- och omsorgsarbetet");
  });

  it("maps the old four-goal numbering: old 3 is 4 today and old 4 is 6", () => {
    expect(OLD_NATIONAL_GOALS.map((o) => [o.written, o.now])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 6],
    ]);
  });
});

describe("proposeNationalGoals (our proposal, not a source)", () => {
  it("proposes from the region plan's articles 2, 5, 11, 14 and 22, sorted and once each", () => {
    expect(proposeNationalGoals([22, 2, 14, 5, 11, 22])).toEqual([1, 2, 5, 6]);
  });

  it("proposes nothing for articles without a plain link", () => {
    expect(proposeNationalGoals([1, 5, 8, 9, 30, 39])).toEqual([]);
  });

  it("links only articles 1–30, and each to a sub-goal 1–6", () => {
    for (const [article, goal] of Object.entries(ARTICLE_PROPOSALS)) {
      expect(Number(article)).toBeGreaterThanOrEqual(1);
      expect(Number(article)).toBeLessThanOrEqual(30);
      expect(goal).toBeGreaterThanOrEqual(1);
      expect(goal).toBeLessThanOrEqual(6);
    }
    expect(proposeNationalGoals([13, 15, 16, 17, 21, 23, 27, 3])).toEqual([1, 2, 3, 4, 6]);
  });
});

describe("readNationalGoalRefs", () => {
  const goals = (cell: string | number | null) => readNationalGoalRefs(cell).goals;

  it.each([
    ["1, 5", [1, 5]],
    ["5", [5]],
    ["delmål 5", [5]],
    ["Nationellt delmål 5", [5]],
    ["jämställdhetspolitiskt delmål 2 och 3", [2, 3]],
    ["Jämställd hälsa", [5]],
    ["5. Jämställd hälsa", [5]],
    ["5 – Jämställd hälsa", [5]],
    ["5 (Jämställd hälsa)", [5]],
    ["  JÄMSTÄLLD   HÄLSA ", [5]],
    ["Equal health; economic equality", [2, 5]],
    ["6 Men’s violence against women must stop", [6]],
    ["En jämn fördelning av makt och inflytande, 5", [1, 5]],
    ["Jämn fördelning av det obetalda hem- och omsorgsarbetet", [4]],
    ["Sub-goal 3", [3]],
    ["5, 1, 5", [1, 5]],
  ])("reads %j as %j", (cell, expected) => {
    const r = readNationalGoalRefs(cell);
    expect(r.goals).toEqual(expected);
    expect(r.notUnderstood).toEqual([]);
    expect(r.oldNumbering).toEqual([]);
  });

  it("reads a number cell, and nothing from an empty one", () => {
    expect(goals(4)).toEqual([4]);
    expect(readNationalGoalRefs(null)).toEqual({ goals: [], notUnderstood: [], oldNumbering: [] });
    expect(readNationalGoalRefs("  ")).toEqual({ goals: [], notUnderstood: [], oldNumbering: [] });
  });

  it("does not understand numbers outside 1–6, keeping what it understood", () => {
    expect(readNationalGoalRefs("0, 7")).toEqual({ goals: [], notUnderstood: ["0", "7"], oldNumbering: [] });
    expect(readNationalGoalRefs(2.5).notUnderstood).toEqual(["2.5"]);
    expect(readNationalGoalRefs("2, jämställd lön")).toEqual({
      goals: [2],
      notUnderstood: ["jämställd lön"],
      oldNumbering: [],
    });
  });

  it("reads the old four-goal numbering by the name and reports it", () => {
    expect(readNationalGoalRefs("4 Mäns våld mot kvinnor ska upphöra")).toEqual({
      goals: [6],
      notUnderstood: [],
      oldNumbering: [{ written: 4, read: 6 }],
    });
    expect(readNationalGoalRefs("3. En jämn fördelning av det obetalda hem- och omsorgsarbetet")).toEqual({
      goals: [4],
      notUnderstood: [],
      oldNumbering: [{ written: 3, read: 4 }],
    });
  });

  it("does not understand a number with another sub-goal's name, and says it as written", () => {
    expect(readNationalGoalRefs("3 Jämställd hälsa")).toEqual({
      goals: [],
      notUnderstood: ["3 Jämställd hälsa"],
      oldNumbering: [],
    });
    expect(readNationalGoalRefs("4 Equal health, 1").notUnderstood).toEqual(["4 Equal health"]);
  });
});

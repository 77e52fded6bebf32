import { checkPlan } from "../../../src/core/checks/checkPlan";
import { serial } from "../fixtures/planWorkbook";
import { CLEAN_DATE, codesOf, messagesOf, placed, planOf, seedRows } from "./checkFixture";

/** Sets an article's Prioriterad cell (the Articles rows are in number order). */
const prioritise = (t: ReturnType<typeof seedRows>, article: number, value: string): void => {
  t.Articles[article - 1]![3] = value;
};

describe("COVERAGE_NO_PRIORITY", () => {
  it("reports on the Articles sheet, without a cell, when no article is prioritised", () => {
    const t = seedRows();
    for (const n of [2, 5, 11, 14, 22]) prioritise(t, n, "Nej");
    expect(placed(t, CLEAN_DATE, "COVERAGE_NO_PRIORITY")).toEqual([
      { code: "COVERAGE_NO_PRIORITY", severity: "error", sheet: "Artiklar", cell: null, refs: [] },
    ]);
  });

  it("is silent when a single article is prioritised", () => {
    const t = seedRows();
    for (const n of [2, 5, 11, 14]) prioritise(t, n, "Nej");
    expect(placed(t, CLEAN_DATE, "COVERAGE_NO_PRIORITY")).toEqual([]);
  });
});

describe("COVERAGE_ARTICLE_NO_GOAL", () => {
  it("flags a prioritised article without a goal at its Prioriterad cell", () => {
    const t = seedRows();
    prioritise(t, 13, "Ja");
    expect(codesOf(t, CLEAN_DATE)).toEqual(["COVERAGE_ARTICLE_NO_GOAL"]);
    expect(placed(t, CLEAN_DATE, "COVERAGE_ARTICLE_NO_GOAL")).toEqual([
      { code: "COVERAGE_ARTICLE_NO_GOAL", severity: "error", sheet: "Artiklar", cell: "D14", refs: ["13"] },
    ]);
  });

  it("is silent when a goal names the article among others", () => {
    const t = seedRows();
    prioritise(t, 13, "Ja");
    t.Goals[3]![1] = "Art. 13 och 14";
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });
});

describe("COVERAGE_GOAL_NO_ACTIVITY", () => {
  const withGoalM6 = (): ReturnType<typeof seedRows> => {
    const t = seedRows();
    t.Goals.push([
      "M6",
      "11",
      "Jämställda löner",
      "Oförklarad löneskillnad",
      "%",
      1.8,
      0,
      "Minska",
      "HR-avdelningen",
    ]);
    return t;
  };

  it("flags a goal without activities at its ID cell", () => {
    expect(placed(withGoalM6(), CLEAN_DATE, "COVERAGE_GOAL_NO_ACTIVITY")).toEqual([
      { code: "COVERAGE_GOAL_NO_ACTIVITY", severity: "error", sheet: "Mål", cell: "A7", refs: ["M6"] },
    ]);
  });

  it("is silent once an activity names the goal", () => {
    const t = withGoalM6();
    t.Activities.push([
      "A6",
      "M6",
      "Lönekartläggning med analys",
      "HR-chef",
      serial("2023-09-15"),
      serial("2024-03-31"),
      60000,
      "",
      "",
    ]);
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("does not judge a goal without an ID beyond the missing ID", () => {
    const t = seedRows();
    t.Goals.push(["", "13", "Jämställd skola", "", "", null, null, "", ""]);
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_REQUIRED"]);
  });
});

describe("COVERAGE_GOAL_NO_INDICATOR", () => {
  it("flags a goal without an indicator at its Indikator cell", () => {
    const t = seedRows();
    t.Goals[1]![3] = "";
    expect(placed(t, CLEAN_DATE, "COVERAGE_GOAL_NO_INDICATOR")).toEqual([
      { code: "COVERAGE_GOAL_NO_INDICATOR", severity: "warning", sheet: "Mål", cell: "D3", refs: ["M2"] },
    ]);
  });

  it("flags an indicator without a target at its Målvärde cell", () => {
    const t = seedRows();
    t.Goals[3]![6] = null;
    expect(placed(t, CLEAN_DATE, "COVERAGE_GOAL_NO_INDICATOR")).toEqual([
      { code: "COVERAGE_GOAL_NO_INDICATOR", severity: "warning", sheet: "Mål", cell: "G5", refs: ["M4"] },
    ]);
  });

  it("accepts a target of zero", () => {
    const t = seedRows();
    t.Goals[3]![6] = 0;
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("does not call an unreadable target missing", () => {
    const t = seedRows();
    t.Goals[3]![6] = "tre";
    expect(codesOf(t, CLEAN_DATE)).toEqual(["VALUE_INVALID_NUMBER"]);
  });
});

describe("COVERAGE_GOAL_NOT_PRIORITISED", () => {
  it("gives one finding per article of a goal that is not prioritised, at the goal's Artikel cell", () => {
    const t = seedRows();
    t.Goals[2]![1] = "11, 13, 16";
    expect(placed(t, CLEAN_DATE, "COVERAGE_GOAL_NOT_PRIORITISED")).toEqual([
      {
        code: "COVERAGE_GOAL_NOT_PRIORITISED",
        severity: "info",
        sheet: "Mål",
        cell: "B4",
        refs: ["M3", "13"],
      },
      {
        code: "COVERAGE_GOAL_NOT_PRIORITISED",
        severity: "info",
        sheet: "Mål",
        cell: "B4",
        refs: ["M3", "16"],
      },
    ]);
  });

  it("also flags an article of the Charter that the Articles table leaves out, with its own message", () => {
    const t = seedRows();
    t.Goals[2]![1] = "11, 13";
    const listed = messagesOf(t, CLEAN_DATE, "COVERAGE_GOAL_NOT_PRIORITISED");
    t.Articles = t.Articles.filter((r) => r[0] !== 13);
    const absent = checkPlan(planOf(t), CLEAN_DATE).filter((f) => f.code === "COVERAGE_GOAL_NOT_PRIORITISED");
    expect(absent.map((f) => [f.cell, f.refs, f.args])).toEqual([
      ["B4", ["M3", "13"], { goal: "M3", article: "13", listed: false }],
    ]);
    expect(messagesOf(t, CLEAN_DATE, "COVERAGE_GOAL_NOT_PRIORITISED")).not.toEqual(listed);
  });

  it("is silent for goals whose articles are all prioritised", () => {
    expect(placed(seedRows(), CLEAN_DATE, "COVERAGE_GOAL_NOT_PRIORITISED")).toEqual([]);
  });
});

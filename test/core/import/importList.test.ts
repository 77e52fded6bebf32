import type { CellValue, RawRange } from "../../../src/core/cells/cells";
import { importList } from "../../../src/core/import/importList";

const H = [
  "Artikel",
  "Mål",
  "Aktiviteter/åtgärder",
  "Ansvarig",
  "Tidplan",
  "Budget (kr)",
  "Indikator",
  "Målvärde",
];

/** A Swedish region's plan as pasted from Word: article and goal only on the first row of their group. */
const pasted: CellValue[][] = [
  [],
  H,
  [
    "Artikel 2 – Den politiska rollen",
    "Jämn könsfördelning i politiska uppdrag",
    "Kartlägga könsfördelningen i nämnder och styrelser",
    "Regionledningskontoret",
    "Våren 2019",
    50000,
    "Andel kvinnor bland ordförande (%)",
    50,
  ],
  ["", "", "Utbildning för valberedningen", "Valberedningen", "HT 2019", "25 000 kr", "", ""],
  [
    "Art. 5",
    "Jämställd representation i externa uppdrag",
    "Ta fram riktlinjer för nominering",
    "Kansliavdelningen",
    "Q2 2020",
    null,
    null,
    null,
  ],
  [null, null, "Följa upp nomineringar", "Kansliavdelningen", "Årligen", "inom befintlig ram", null, null],
  [
    11,
    "Jämställda löner",
    "Årlig lönekartläggning",
    "HR-avdelningen",
    "Löpande",
    120000,
    "Oförklarade löneskillnader (antal)",
    0,
  ],
  [
    null,
    null,
    "Åtgärda osakliga löneskillnader",
    "HR-avdelningen",
    "senast 2019-06-30",
    "1 200 000",
    null,
    null,
  ],
  [
    null,
    "Heltid som norm",
    "Erbjuda heltid vid nyanställning",
    "HR-avdelningen",
    "2018–2020",
    null,
    null,
    null,
  ],
  [null, "Jämställda löner", "Utbilda lönesättande chefer", "HR-avdelningen", "T1 2020", null, null, null],
  [
    null,
    "Artikel 14: Likvärdig vård för kvinnor och män",
    "Analysera väntetider efter kön",
    "Hälso- och sjukvården",
    "jan–mars 2020",
    null,
    null,
    null,
  ],
  [
    null,
    null,
    "Könsuppdelad statistik i verksamhetsrapporter",
    "Regionledningskontoret",
    "enligt överenskommelse",
    null,
    null,
    null,
  ],
  [
    "22",
    "Trygg kollektivtrafik för alla",
    "Trygghetsvandringar vid busshållplatser",
    "Länstrafiken",
    "december 2019",
    null,
    null,
    null,
  ],
  [null, null, "Kartlägga resvanor efter kön", "Länstrafiken", "by June 2019", null, null, null],
  [
    "Den politiska rollen",
    "Öka kunskapen om jämställdhet",
    "Utbildning för nya förtroendevalda",
    "Kansliavdelningen",
    "2019",
    null,
    null,
    null,
  ],
  [null, null, null, null, "VT 2020", null, null, null],
];
const range: RawRange = { sheet: "Blad1", top: 0, left: 0, values: pasted };
const period = { from: "2018-01-01", to: "2020-12-31", lang: "sv" as const };

describe("importList on a plan pasted from a document", () => {
  const importPasted = () => importList(range, period);

  it("recognises every column by its Swedish header", () => {
    const result = importPasted();
    expect(result.mapping).toEqual({
      article: 0,
      goal: 1,
      activity: 2,
      responsible: 3,
      timeframe: 4,
      budget: 5,
      indicator: 6,
      target: 7,
    });
  });

  it("makes one goal per article and goal text, numbered in order, merging a repeated goal", () => {
    const result = importPasted();
    expect(result.goals.map((g) => [g.id, g.articles, g.goal])).toEqual([
      ["M1", [2], "Jämn könsfördelning i politiska uppdrag"],
      ["M2", [5], "Jämställd representation i externa uppdrag"],
      ["M3", [11], "Jämställda löner"],
      ["M4", [11], "Heltid som norm"],
      ["M5", [14], "Likvärdig vård för kvinnor och män"],
      ["M6", [22], "Trygg kollektivtrafik för alla"],
    ]);
  });

  it("numbers activities under their goal, continuing blank goal cells downwards", () => {
    const result = importPasted();
    expect(result.activities.map((a) => [a.id, a.goalId, a.activity])).toEqual([
      ["A1.1", "M1", "Kartlägga könsfördelningen i nämnder och styrelser"],
      ["A1.2", "M1", "Utbildning för valberedningen"],
      ["A2.1", "M2", "Ta fram riktlinjer för nominering"],
      ["A2.2", "M2", "Följa upp nomineringar"],
      ["A3.1", "M3", "Årlig lönekartläggning"],
      ["A3.2", "M3", "Åtgärda osakliga löneskillnader"],
      ["A4.1", "M4", "Erbjuda heltid vid nyanställning"],
      ["A3.3", "M3", "Utbilda lönesättande chefer"],
      ["A5.1", "M5", "Analysera väntetider efter kön"],
      ["A5.2", "M5", "Könsuppdelad statistik i verksamhetsrapporter"],
      ["A6.1", "M6", "Trygghetsvandringar vid busshållplatser"],
      ["A6.2", "M6", "Kartlägga resvanor efter kön"],
    ]);
  });

  it("turns the timeframe words into dates and keeps the words", () => {
    const result = importPasted();
    expect(result.activities.map((a) => [a.timeframe, a.start, a.end])).toEqual([
      ["Våren 2019", "2019-01-01", "2019-06-30"],
      ["HT 2019", "2019-07-01", "2019-12-31"],
      ["Q2 2020", "2020-04-01", "2020-06-30"],
      ["Årligen", "2018-01-01", "2020-12-31"],
      ["Löpande", "2018-01-01", "2020-12-31"],
      ["senast 2019-06-30", "2018-01-01", "2019-06-30"],
      ["2018–2020", "2018-01-01", "2020-12-31"],
      ["T1 2020", "2020-01-01", "2020-04-30"],
      ["jan–mars 2020", "2020-01-01", "2020-03-31"],
      ["enligt överenskommelse", null, null],
      ["december 2019", "2019-12-01", "2019-12-31"],
      ["by June 2019", "2018-01-01", "2019-06-30"],
    ]);
  });

  it("reads budgets written as numbers or text, and the goal's indicator and target", () => {
    const result = importPasted();
    expect(result.activities.map((a) => a.budget).slice(0, 6)).toEqual([
      50000,
      25000,
      null,
      null,
      120000,
      1200000,
    ]);
    // Words without an amount under Budget belong in Resurser, and the preview says so.
    expect(result.activities[3]?.resources).toBe("inom befintlig ram");
    expect(result.readings).toContainEqual({ kind: "toResources", cell: "F6", text: "inom befintlig ram" });
    const m1 = result.goals[0];
    expect([m1?.indicator, m1?.target]).toEqual(["Andel kvinnor bland ordförande (%)", 50]);
    expect(result.goals[2]?.target).toBe(0);
  });

  it("lists every cell it did not understand, with its cell, instead of guessing", () => {
    const result = importPasted();
    expect(result.notUnderstood.map((n) => [n.cell, n.reason, n.text])).toEqual([
      ["E12", "timeframe", "enligt överenskommelse"],
      ["A15", "article", "Den politiska rollen"],
      ["A15", "noArticle", "Öka kunskapen om jämställdhet"],
      ["C15", "noArticle", "Utbildning för nya förtroendevalda"],
      ["E16", "noActivity", "VT 2020"],
    ]);
    expect(result.notUnderstood.every((n) => n.sheet === "Blad1")).toBe(true);
  });

  it("never changes the source cells", () => {
    const copy = JSON.parse(JSON.stringify(pasted)) as unknown;
    importList(range, period);
    expect(JSON.parse(JSON.stringify(pasted))).toEqual(copy);
  });
});

describe("importList: columns, numbering and odd rows", () => {
  it("recognises English headers and places cells by the range's position on the sheet", () => {
    const r: RawRange = {
      sheet: "Sheet1",
      top: 4,
      left: 2,
      values: [
        ["Article", "Objective", "Action", "Lead officer", "Timescale"],
        [11, "Equal pay", "Annual pay survey", "HR", "spring 2019"],
        [null, null, "Train managers", "HR", "whenever possible"],
      ],
    };
    const res = importList(r, { lang: "en" });
    expect(res.mapping).toEqual({ article: 0, goal: 1, activity: 2, timeframe: 4 });
    expect(res.warnings).toContainEqual({ code: "HEADER_NOT_RECOGNISED", cell: "F5", text: "Lead officer" });
    expect(res.activities.map((a) => [a.id, a.start, a.end])).toEqual([
      ["A1.1", "2019-01-01", "2019-06-30"],
      ["A1.2", null, null],
    ]);
    expect(res.notUnderstood).toEqual([
      { sheet: "Sheet1", cell: "G7", text: "whenever possible", reason: "timeframe" },
    ]);
  });

  it("uses a corrected mapping instead of the recognised one", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Område", "Vad vill vi uppnå", "Hur", "Vem"],
        ["Art. 11", "Jämställda löner", "Lönekartläggning", "HR-avdelningen"],
      ],
    };
    expect(importList(r, { lang: "sv" }).goals).toEqual([]);
    const res = importList(r, { lang: "sv", mapping: { article: 0, goal: 1, activity: 2, responsible: 3 } });
    expect(res.goals.map((g) => [g.id, g.articles, g.goal])).toEqual([["M1", [11], "Jämställda löner"]]);
    expect(res.activities[0]?.responsible).toBe("HR-avdelningen");
  });

  it("drops a corrected mapping that points outside the range, with a warning", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet"],
        [2, "Jämn representation", "Kartläggning"],
      ],
    };
    const res = importList(r, { lang: "sv", mapping: { article: 0, goal: 1, activity: 2, budget: 7 } });
    expect(res.mapping.budget).toBeUndefined();
    expect(res.warnings).toContainEqual({ code: "MAPPING_INVALID", cell: null, text: "budget" });
    expect(res.activities).toHaveLength(1);
  });

  it("keeps a corrected mapping to the range's last column and drops one just past it, or before the first", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet", "Kostnad"],
        [2, "Jämn representation", "Kartläggning", 40000],
      ],
    };
    const res = importList(r, {
      lang: "sv",
      mapping: { article: 0, goal: 1, activity: 2, budget: 3, responsible: 4, timeframe: -1, target: 1.5 },
    });
    expect(res.activities[0]?.budget).toBe(40000);
    expect(res.mapping).toEqual({ article: 0, goal: 1, activity: 2, budget: 3 });
    expect(res.warnings.filter((w) => w.code === "MAPPING_INVALID").map((w) => w.text)).toEqual([
      "responsible",
      "timeframe",
      "target",
    ]);
  });

  it("accounts for every row of a table selected from column B: its first cell, its text, what it was taken as", () => {
    const r: RawRange = {
      sheet: "Handlingsplan",
      top: 1,
      left: 1,
      values: [
        ["Handlingsplan för jämställdhet 2019–2020", null, null, null],
        [null, null, null, null],
        ["Artikel", "Mål", "Aktivitet", "Budget (tkr)"],
        [11, "1. Jämställda löner", "1.1 Årlig lönekartläggning", 40],
        [null, null, "1.2 Utbilda lönesättande chefer", "inom ram"],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect(res.lines.map((l) => [l.cell, l.role, l.text])).toEqual([
      ["B2", "aboveHeader", "Handlingsplan för jämställdhet 2019–2020"],
      ["B4", "header", "Artikel | Mål | Aktivitet | Budget (tkr)"],
      ["B5", "activity", "11 | 1. Jämställda löner | 1.1 Årlig lönekartläggning | 40"],
      ["D6", "activity", "1.2 Utbilda lönesättande chefer | inom ram"],
    ]);
    expect(res.goals.map((g) => [g.goal, g.numbering])).toEqual([["Jämställda löner", "1."]]);
    expect(res.activities.map((a) => [a.activity, a.budget, a.resources])).toEqual([
      ["Årlig lönekartläggning", 40000, null],
      ["Utbilda lönesättande chefer", null, "inom ram"],
    ]);
  });

  it("continues the numbering after existing goals and activities and says so", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet"],
        [22, "Trygga hållplatser", "Trygghetsvandringar"],
      ],
    };
    const res = importList(r, {
      lang: "sv",
      existingGoalIds: ["M1", "M2", "M3"],
      existingActivityIds: ["A1.1", "A3.1", "A4.1"],
    });
    expect(res.goals[0]?.id).toBe("M4");
    expect(res.activities[0]?.id).toBe("A4.2");
    expect(res.numbering).toEqual({ continuedAfter: "M3", firstGoalId: "M4" });
    expect(res.warnings).toContainEqual({ code: "NUMBERING_CONTINUED", cell: null, text: "M3" });
  });

  it("takes a goal's article from its own text when there is no article column", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Målsättning", "Åtgärd"],
        ["Artikel 11: Jämställda löner", "Lönekartläggning"],
        ["Heltid som norm", "Erbjuda heltid"],
        ["Jämn representation (art. 2 och 5)", "Ny nomineringsrutin"],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect(res.goals.map((g) => [g.articles, g.goal])).toEqual([
      [[11], "Jämställda löner"],
      [[11], "Heltid som norm"],
      [[2, 5], "Jämn representation"],
    ]);
    expect(res.warnings).toContainEqual({ code: "COLUMN_NOT_FOUND", cell: null, text: "article" });
  });

  it("lists an activity with no goal above it, and does not carry a goal over to a new article", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet"],
        [2, null, "Kartläggning av nämnder"],
        [2, "Jämn representation", "Ny nomineringsrutin"],
        [5, null, "Utbildning för valberedningar"],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect(res.activities.map((a) => a.activity)).toEqual(["Ny nomineringsrutin"]);
    expect(res.notUnderstood.map((n) => [n.cell, n.reason])).toEqual([
      ["C2", "noGoal"],
      ["C4", "noGoal"],
    ]);
  });

  it("reads separate start and end columns, years and date cells, before the timeframe words", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet", "Start", "Slut", "Tidplan"],
        [11, "Jämställda löner", "Lönekartläggning", 43556, "juni 2019", "VT 2019"],
        [null, null, "Handlingsplan", null, null, 2020],
        [null, null, "Uppföljning", new Date(Date.UTC(2020, 8, 1)), "snart", null],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect(res.activities.map((a) => [a.start, a.end, a.timeframe])).toEqual([
      ["2019-04-01", "2019-06-30", "VT 2019"],
      ["2020-01-01", "2020-12-31", "2020"],
      ["2020-09-01", null, null],
    ]);
    expect(res.notUnderstood.map((n) => [n.cell, n.reason])).toEqual([["E4", "end"]]);
  });

  it("leaves words for the whole period undated and listed without a plan period", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet", "Tidplan"],
        [11, "Jämställda löner", "Lönekartläggning", "Löpande"],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect([res.activities[0]?.start, res.activities[0]?.end]).toEqual([null, null]);
    expect(res.notUnderstood).toEqual([{ sheet: "Blad1", cell: "D2", text: "Löpande", reason: "timeframe" }]);
  });

  it("reports an empty range instead of failing", () => {
    const res = importList({ sheet: "Blad1", top: 0, left: 0, values: [[null, ""]] }, { lang: "sv" });
    expect(res.goals).toEqual([]);
    expect(res.shape).toBeNull();
    expect(res.warnings.map((w) => w.code)).toEqual(["EMPTY"]);
  });
});

describe("importList: details without an activity", () => {
  it("lists a timeframe on a goal row that has no activity instead of dropping it", () => {
    const r: RawRange = {
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        ["Artikel", "Mål", "Aktivitet", "Tidplan"],
        [11, "Jämställda löner", null, "2019"],
        [null, null, "Lönekartläggning", "VT 2019"],
      ],
    };
    const res = importList(r, { lang: "sv" });
    expect(res.goals).toHaveLength(1);
    expect(res.activities.map((a) => [a.goalId, a.start])).toEqual([["M1", "2019-01-01"]]);
    expect(res.notUnderstood).toEqual([{ sheet: "Blad1", cell: "D2", text: "2019", reason: "noActivity" }]);
  });
});

describe("importList: a table whose headers name nothing known", () => {
  const r: RawRange = {
    sheet: "Blad1",
    top: 0,
    left: 0,
    values: [
      ["Jämställdhetsplan"],
      [],
      ["Område", "Vad vill vi uppnå", "Hur", "Vem"],
      ["Art. 11", "Jämställda löner", "Lönekartläggning", "HR-avdelningen"],
    ],
  };

  it("offers the row that looks like a header for the user to map, and imports nothing by itself", () => {
    const res = importList(r, { lang: "sv" });
    expect(res.shape).toBeNull();
    expect(res.goals).toEqual([]);
    expect(res.headers.map((h) => [h.cell, h.text, h.meaning])).toEqual([
      ["A3", "Område", null],
      ["B3", "Vad vill vi uppnå", null],
      ["C3", "Hur", null],
      ["D3", "Vem", null],
    ]);
  });

  it("imports with the user's mapping, taking that row as the header and the title as ignored", () => {
    const res = importList(r, { lang: "sv", mapping: { article: 0, goal: 1, activity: 2, responsible: 3 } });
    expect(res.shape).toBe("table");
    expect(res.activities.map((a) => [a.activity, a.responsible])).toEqual([
      ["Lönekartläggning", "HR-avdelningen"],
    ]);
    expect(res.lines.map((l) => l.role)).toEqual(["aboveHeader", "header", "activity"]);
  });
});

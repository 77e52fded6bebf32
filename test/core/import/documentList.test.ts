/**
 * Document-shaped lists: a plan copied from Word or PDF into one column, or pasted
 * as text. The same plan as a table gives the same goals and activities.
 */
import type { CellValue, RawRange } from "../../../src/core/cells/cells";
import type { ImportResult } from "../../../src/core/import/import.types";
import { importList, importText } from "../../../src/core/import/importList";

const period = { lang: "sv" as const, from: "2018-01-01", to: "2020-12-31" };

/** What a plan is, whatever shape it came in: goals and activities without cells or numbering. */
function plan(r: ImportResult) {
  return {
    goals: r.goals.map((g) => [g.id, g.articles, g.goal, g.indicator, g.target]),
    activities: r.activities.map((a) => [
      a.id,
      a.goalId,
      a.activity,
      a.responsible,
      a.timeframe,
      a.start,
      a.end,
      a.budget,
      a.resources,
    ]),
  };
}

const column = (lines: readonly (string | null)[], sheet = "Blad1"): RawRange => ({
  sheet,
  top: 0,
  left: 0,
  values: lines.map((l) => [l]),
});

const DOCUMENT = [
  "Handlingsplan för jämställdhet 2019–2020",
  "Planen bygger på deklarationens principer:",
  "1. Jämställdhet är en grundläggande rättighet.",
  null,
  "Artikel 11 – Arbetsgivarrollen",
  "Mål 1: Jämställda löner",
  "Indikator: Antal osakliga löneskillnader. Målvärde: 0",
  "• Årlig lönekartläggning med analys per kön. Ansvar: HR-avdelningen. Tid: löpande. Kostnad: 50 tkr.",
  "• Utbilda lönesättande chefer. Ansvar: HR-avdelningen. Tid: VT 2020. Kostnad: 1,2 mnkr.",
  "Mål 2: Heltid som norm (artikel 11)",
  "• Erbjuda heltid vid nyanställning. Ansvar: Vård och omsorg. Tid: 2019 och framåt. Kostnad: 30 000 kr/år.",
  null,
  "Artikel 22 – Könsrelaterat våld",
  "Mål 3: Trygg kollektivtrafik",
  "• Trygghetsvandringar vid hållplatser. Ansvar: Länstrafiken. Tid: inför budget 2021.",
];

const TABLE: CellValue[][] = [
  ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan", "Kostnad", "Indikator", "Målvärde"],
  [
    "Artikel 11 – Arbetsgivarrollen",
    "Jämställda löner",
    "Årlig lönekartläggning med analys per kön",
    "HR-avdelningen",
    "löpande",
    "50 tkr",
    "Antal osakliga löneskillnader",
    0,
  ],
  [null, null, "Utbilda lönesättande chefer", "HR-avdelningen", "VT 2020", "1,2 mnkr", null, null],
  [
    null,
    "Heltid som norm",
    "Erbjuda heltid vid nyanställning",
    "Vård och omsorg",
    "2019 och framåt",
    "30 000 kr/år",
    null,
    null,
  ],
  [
    22,
    "Trygg kollektivtrafik",
    "Trygghetsvandringar vid hållplatser",
    "Länstrafiken",
    "inför budget 2021",
    null,
    null,
    null,
  ],
];

describe("a document-shaped plan in one column", () => {
  const importDocument = () => importList(column(DOCUMENT), period);

  it("becomes the same goals and activities as the same plan in a table", () => {
    const doc = importDocument();
    const table = importList({ sheet: "Blad1", top: 0, left: 0, values: TABLE }, period);
    expect(doc.shape).toBe("document");
    expect(table.shape).toBe("table");
    expect(plan(doc)).toEqual(plan(table));
    expect(plan(doc).goals).toEqual([
      ["M1", [11], "Jämställda löner", "Antal osakliga löneskillnader", 0],
      ["M2", [11], "Heltid som norm", null, null],
      ["M3", [22], "Trygg kollektivtrafik", null, null],
    ]);
  });

  it("reads the labelled parts and amounts in words, and keeps amounts per year in Resurser", () => {
    const doc = importDocument();
    expect(doc.activities.map((a) => [a.id, a.responsible, a.start, a.end, a.budget, a.resources])).toEqual([
      ["A1.1", "HR-avdelningen", "2018-01-01", "2020-12-31", 50000, null],
      ["A1.2", "HR-avdelningen", "2020-01-01", "2020-06-30", 1200000, null],
      ["A2.1", "Vård och omsorg", "2019-01-01", "2020-12-31", null, "30 000 kr/år"],
      ["A3.1", "Länstrafiken", null, null, null, null],
    ]);
    expect(doc.notUnderstood.map((n) => [n.cell, n.reason, n.text])).toEqual([
      ["A11", "perYear", "30 000 kr/år"],
      ["A15", "timeframe", "inför budget 2021"],
    ]);
  });

  it("shows the document's numbering beside our IDs", () => {
    const doc = importDocument();
    expect(doc.goals.map((g) => [g.id, g.numbering])).toEqual([
      ["M1", "Mål 1"],
      ["M2", "Mål 2"],
      ["M3", "Mål 3"],
    ]);
  });

  it("accounts for every line: ignored before the first heading, headings, goals, activities, parts", () => {
    const doc = importDocument();
    expect(doc.lines.map((l) => [l.cell, l.role, l.ids])).toEqual([
      ["A1", "beforeList", []],
      ["A2", "beforeList", []],
      ["A3", "beforeList", []],
      ["A5", "heading", []],
      ["A6", "goal", ["M1"]],
      ["A7", "part", ["M1"]],
      ["A8", "activity", ["A1.1"]],
      ["A9", "activity", ["A1.2"]],
      ["A10", "goal", ["M2"]],
      ["A11", "activity", ["A2.1"]],
      ["A13", "heading", []],
      ["A14", "goal", ["M3"]],
      ["A15", "activity", ["A3.1"]],
    ]);
  });
});

describe("document styles", () => {
  it("takes numbered goals and sub-numbered activities, with parts on lines of their own (English)", () => {
    const r = importText(
      [
        "Article 2 – Political representation",
        "1. Equal numbers of women and men among chairs (Article 2)",
        "Indicator: Share of women among chairs (%). Target: 50%",
        "1.1 Map the gender balance of committees",
        "Responsible: Regional Secretariat",
        "Timeframe: Spring 2019",
        "Cost: SEK 50,000",
        "1.2 Training for the nominating committee",
        "Responsible: Nominating Committee",
        "Timeframe: every spring and autumn",
        "Resources: within existing budget",
      ].join("\n"),
      { ...period, lang: "en" },
    );
    expect(plan(r)).toEqual({
      goals: [
        ["M1", [2], "Equal numbers of women and men among chairs", "Share of women among chairs (%)", 50],
      ],
      activities: [
        [
          "A1.1",
          "M1",
          "Map the gender balance of committees",
          "Regional Secretariat",
          "Spring 2019",
          "2019-01-01",
          "2019-06-30",
          50000,
          null,
        ],
        [
          "A1.2",
          "M1",
          "Training for the nominating committee",
          "Nominating Committee",
          "every spring and autumn",
          "2018-01-01",
          "2020-12-31",
          null,
          "within existing budget",
        ],
      ],
    });
    expect(r.activities.map((a) => a.numbering)).toEqual(["1.1", "1.2"]);
    expect(r.readings).toContainEqual({
      kind: "timeframe",
      cell: "A10",
      text: "every spring and autumn",
      how: "recurring",
      start: "2018-01-01",
      end: "2020-12-31",
    });
  });

  it("takes numbered goals with lettered activities under article headings", () => {
    const r = importList(
      column([
        "Artikel 5 (Partner)",
        "1. Jämställdhet i avtal med externa utförare",
        "a) Skrivningar om jämställdhet i upphandlingar (Ansvar: Upphandlingsenheten, Tid: Q2 2019)",
        "b) Följa upp avtalen. Ansvar: Upphandlingsenheten. Tid: från 2020",
        "Artikel 14 (Hälsa)",
        "2. Lika väntetider",
        "a) Analysera väntetider efter kön. Tid: jan–mars 2020. Budget: 200 000 kr",
      ]),
      period,
    );
    expect(r.goals.map((g) => [g.id, g.numbering, g.articles, g.goal])).toEqual([
      ["M1", "1.", [5], "Jämställdhet i avtal med externa utförare"],
      ["M2", "2.", [14], "Lika väntetider"],
    ]);
    expect(
      r.activities.map((a) => [a.id, a.numbering, a.activity, a.responsible, a.start, a.end, a.budget]),
    ).toEqual([
      [
        "A1.1",
        "a)",
        "Skrivningar om jämställdhet i upphandlingar",
        "Upphandlingsenheten",
        "2019-04-01",
        "2019-06-30",
        null,
      ],
      ["A1.2", "b)", "Följa upp avtalen", "Upphandlingsenheten", "2020-01-01", "2020-12-31", null],
      ["A2.1", "a)", "Analysera väntetider efter kön", null, "2020-01-01", "2020-03-31", 200000],
    ]);
  });

  it("takes an article heading with activities right under it as their goal", () => {
    const r = importList(
      column([
        "Artikel 11: Jämställda löner",
        "– Lönekartläggning. Tid: 2019",
        "– Utbilda chefer. Tid: 2020",
      ]),
      period,
    );
    expect(r.goals.map((g) => [g.articles, g.goal])).toEqual([[[11], "Jämställda löner"]]);
    expect(r.activities).toHaveLength(2);
  });

  it("joins lines a PDF broke, mending a hyphenated word, and a bullet split off by a tab", () => {
    const r = importText(
      [
        "Mål 1: Jämn könsfördelning bland ordförande i nämnder och",
        "styrelser (artikel 2)",
        "• Kartlägga könsför-",
        "delningen i nämnder. Ansvar: Regionkansliet. Tid:",
        "Våren 2019. Kostnad: 50 tkr.",
        "•\tUtbildning för valberedningen. Ansvar: Valberedningen. Tid: HT",
        "2019.",
      ].join("\n"),
      period,
    );
    expect(r.goals.map((g) => [g.articles, g.goal])).toEqual([
      [[2], "Jämn könsfördelning bland ordförande i nämnder och styrelser"],
    ]);
    expect(r.activities.map((a) => [a.activity, a.responsible, a.timeframe, a.budget, a.cell])).toEqual([
      ["Kartlägga könsfördelningen i nämnder", "Regionkansliet", "Våren 2019", 50000, "A3"],
      ["Utbildning för valberedningen", "Valberedningen", "HT 2019", null, "A6"],
    ]);
    expect(r.lines.map((l) => l.role)).toEqual([
      "goal",
      "part",
      "activity",
      "part",
      "part",
      "activity",
      "part",
    ]);
    expect(r.notUnderstood).toEqual([]);
  });

  it("lists prose, page footers and sub-points after the first heading instead of guessing", () => {
    const r = importList(
      column([
        "Mål 1: Jämställda löner (artikel 11)",
        "• Lönekartläggning. Tid: 2019.",
        "   o Analys per yrkesgrupp",
        "Sida 2 av 4",
        "Planen följs upp i årsredovisningen.",
      ]),
      period,
    );
    expect(r.activities.map((a) => a.activity)).toEqual(["Lönekartläggning"]);
    expect(r.notUnderstood.map((n) => [n.cell, n.reason, n.text])).toEqual([
      ["A3", "subPoint", "o Analys per yrkesgrupp"],
      ["A4", "text", "Sida 2 av 4"],
      ["A5", "text", "Planen följs upp i årsredovisningen."],
    ]);
  });

  it("lists goals that name no article, and their activities, as not understood", () => {
    const r = importList(column(["Mål 1: Jämställda löner", "• Lönekartläggning"]), period);
    expect(r.goals).toEqual([]);
    expect(r.notUnderstood.map((n) => [n.cell, n.reason])).toEqual([
      ["A1", "noArticle"],
      ["A2", "noArticle"],
    ]);
    expect(r.lines.map((l) => l.role)).toEqual(["notUnderstood", "notUnderstood"]);
  });

  it("finds nothing in a text with no headings or points, and says so", () => {
    const r = importText("Handlingsplan för jämställdhet\n\nPlanen tas fram under hösten.", period);
    expect(r.shape).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["NO_HEADER_ROW"]);
    expect(r.lines.map((l) => [l.cell, l.role])).toEqual([
      ["A1", "beforeList"],
      ["A3", "beforeList"],
    ]);
  });

  it("reads a table pasted as text with tabs as a table", () => {
    const r = importText(
      "Plan 2019\n\nArtikel\tMål\tAktivitet\n11\tJämställda löner\tLönekartläggning\n",
      period,
    );
    expect(r.shape).toBe("table");
    expect(r.source).toBe("text");
    expect(r.headerRange).toBe("A3:C3");
    expect(r.activities.map((a) => [a.activity, a.cell])).toEqual([["Lönekartläggning", "C4"]]);
  });
});

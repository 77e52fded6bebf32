import type { RawRange } from "../../../src/core/cells/cells";
import { isoToSerial } from "../../../src/core/dates/dates";
import { importList } from "../../../src/core/import/importList";
import { importJson } from "../../../src/core/import/importOutput";
import { headersOf } from "../../../src/core/schema";
import { tableRow } from "../../../src/core/plan/schemaRows";

const range: RawRange = {
  sheet: "Blad1",
  top: 0,
  left: 0,
  values: [
    ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan", "Budget", "Resurser", "Indikator", "Målvärde"],
    [
      "Art. 2 och 5",
      "Jämn representation",
      "=Ny nomineringsrutin",
      "Kansliet",
      "Våren 2019",
      40000,
      "Befintlig personal",
      "Andel kvinnor (%)",
      50,
    ],
    [null, null, "Uppföljning", "Kansliet", "enligt överenskommelse", null, null, null, null],
  ],
};
const importTable = () => importList(range, { lang: "sv", from: "2018-01-01", to: "2020-12-31" });

describe("importJson", () => {
  it("gives docs/import.md's fields (budget included) and the fields we add", () => {
    const result = importTable();
    expect(importJson(result)).toEqual({
      shape: "table",
      headerRange: "A1:I1",
      goals: [
        {
          id: "M1",
          articles: [2, 5],
          goal: "Jämn representation",
          numbering: null,
          indicator: "Andel kvinnor (%)",
          target: 50,
          nationalGoals: [],
          regionalGoal: null,
          cell: "B2",
        },
      ],
      activities: [
        {
          id: "A1.1",
          goalId: "M1",
          activity: "=Ny nomineringsrutin",
          responsible: "Kansliet",
          start: "2019-01-01",
          end: "2019-06-30",
          timeframe: "Våren 2019",
          budget: 40000,
          resources: "Befintlig personal",
          numbering: null,
          cell: "C2",
        },
        {
          id: "A1.2",
          goalId: "M1",
          activity: "Uppföljning",
          responsible: "Kansliet",
          start: null,
          end: null,
          timeframe: "enligt överenskommelse",
          budget: null,
          resources: null,
          numbering: null,
          cell: "C3",
        },
      ],
      notUnderstood: [{ sheet: "Blad1", cell: "E3", text: "enligt överenskommelse", reason: "timeframe" }],
      ignored: [],
      readings: [],
    });
  });

  it("lists the rows above the header as ignored and the readings of amounts in words", () => {
    const json = importJson(
      importList(
        {
          sheet: "Blad1",
          top: 0,
          left: 0,
          values: [
            ["Handlingsplan för jämställdhet 2019–2022"],
            [],
            ["Artikel", "Mål", "Aktivitet", "Kostnad"],
            [11, "Jämställda löner", "Lönekartläggning", "50 tkr"],
          ],
        },
        { lang: "sv" },
      ),
    );
    expect(json.ignored).toEqual([
      { sheet: "Blad1", cell: "A1", text: "Handlingsplan för jämställdhet 2019–2022" },
    ]);
    expect(json.activities[0]?.budget).toBe(50000);
    expect(json.readings).toEqual([
      { kind: "amount", cell: "D4", text: "50 tkr", kronor: 50000, from: "budget", unitHeader: null },
    ]);
  });
});

describe("the import's goals and activities as rows", () => {
  it("are records of the plan's tables: rows in the schema's column order, dates as serials and texts as strings", () => {
    const result = importTable();
    const rows = {
      goals: result.goals.map((g) => tableRow("Goals", g, "sv")),
      activities: result.activities.map((a) => tableRow("Activities", a, "sv")),
    };
    expect(rows.goals).toEqual([
      ["M1", "2, 5", "Jämn representation", "Andel kvinnor (%)", null, null, 50, null, null, null, null],
    ]);
    expect(rows.goals[0]).toHaveLength(headersOf("Goals", "sv").length);
    expect(rows.activities[0]).toEqual([
      "A1.1",
      "M1",
      "=Ny nomineringsrutin",
      "Kansliet",
      isoToSerial("2019-01-01"),
      isoToSerial("2019-06-30"),
      40000,
      "Befintlig personal",
      "Våren 2019",
    ]);
    expect(rows.activities[1]?.slice(4, 6)).toEqual([null, null]);
    expect(rows.activities[0]).toHaveLength(headersOf("Activities", "sv").length);
  });
});

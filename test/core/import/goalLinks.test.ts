import type { RawRange } from "../../../src/core/cells/cells";
import { headerMeaning, recogniseColumns } from "../../../src/core/import/recogniseColumns";
import { splitParts } from "../../../src/core/import/labelledParts";
import { importList } from "../../../src/core/import";

const range = (values: RawRange["values"]): RawRange => ({ sheet: "Blad1", top: 0, left: 0, values });

describe("import words for the chain of governance", () => {
  it.each([
    ["Jämställdhetspolitiskt delmål", "nationalGoals"],
    ["Nationellt delmål", "nationalGoals"],
    ["National sub-goal", "nationalGoals"],
    ["Regionalt mål", "regionalGoal"],
    ["Åtgärd vid avvikelse", "action"],
    ["Delmål", "goal"],
    ["Åtgärd", "activity"],
  ])("reads the header %j as %s", (header, meaning) => {
    expect(headerMeaning(header)).toBe(meaning);
  });

  it("reads Åtgärd or Insats as the action when the list has an Aktivitet column, before or after it", () => {
    const after = recogniseColumns(range([["Mål", "Aktivitet", "Åtgärd"]]));
    expect(after.mapping).toEqual({ goal: 0, activity: 1, action: 2 });
    const before = recogniseColumns(range([["Insats", "Mål", "Aktivitet"]]));
    expect(before.mapping).toEqual({ action: 0, goal: 1, activity: 2 });
    expect(recogniseColumns(range([["Mål", "Åtgärder"]])).mapping).toEqual({ goal: 0, activity: 1 });
  });

  it("reads labelled sub-goals and regional goals in a document line", () => {
    const { parts } = splitParts(
      "Jämn representation. Nationellt delmål: 1. Regionalt mål: Jämställd makt i länet.",
    );
    expect(parts.map((p) => [p.meaning, p.value])).toEqual([
      ["nationalGoals", "1"],
      ["regionalGoal", "Jämställd makt i länet"],
    ]);
  });
});

describe("importing goals with their national sub-goals", () => {
  it("takes a goal's own column, and keeps a bare delmål as the plan's own goal", () => {
    const result = importList(
      range([
        ["Artikel", "Delmål", "Nationellt delmål", "Regionalt mål", "Aktivitet"],
        [11, "Heltid som norm", "2 Ekonomisk jämställdhet", "Jämställd arbetsmarknad", "Kartlägg deltid"],
        [14, "Jämlik hälsa bland unga", "delmål 7", "", "Hälsosamtal i årskurs 7"],
      ]),
      { lang: "sv" },
    );
    expect(result.goals.map((g) => [g.goal, g.nationalGoals, g.regionalGoal])).toEqual([
      ["Heltid som norm", [2], "Jämställd arbetsmarknad"],
      ["Jämlik hälsa bland unga", [], null],
    ]);
    expect(result.notUnderstood.map((n) => [n.cell, n.reason])).toEqual([["C3", "nationalGoal"]]);
  });

  it("reads a sub-goal heading in a document for the goals below it", () => {
    const result = importList(
      range([
        ["Artikel 14 – Hälsa"],
        ["Delmål 5: Jämställd hälsa"],
        ["Mål 1: Jämlik hälsa bland unga"],
        ["• Hälsosamtal i årskurs 7. Ansvar: Elevhälsan."],
        ["Artikel 22 – Könsrelaterat våld"],
        ["Delmål 6 – Mäns våld mot kvinnor ska upphöra"],
        ["Mål 2: Fler medarbetare upptäcker våld"],
        ["• Utbildning om våld i nära relationer. Ansvar: Socialtjänsten."],
      ]),
      { lang: "sv" },
    );
    expect(result.goals.map((g) => [g.goal, g.articles, g.nationalGoals])).toEqual([
      ["Jämlik hälsa bland unga", [14], [5]],
      ["Fler medarbetare upptäcker våld", [22], [6]],
    ]);
  });
});

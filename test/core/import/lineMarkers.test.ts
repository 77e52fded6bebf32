import { lineMarker, stripNumbering } from "../../../src/core/import/lineMarkers";

describe("lineMarker", () => {
  it.each([
    ["Mål 1: Jämn representation", "goalWord", "Mål 1", "Jämn representation"],
    ["Mål 2 – Heltid som norm", "goalWord", "Mål 2", "Heltid som norm"],
    ["Delmål 1.2: Jämställda löner", "goalWord", "Delmål 1.2", "Jämställda löner"],
    ["Målsättning: Trygg kollektivtrafik", "goalWord", null, "Trygg kollektivtrafik"],
    ["Objective 3. Safe public transport", "goalWord", "Objective 3", "Safe public transport"],
    ["Mål:", "goalWord", null, ""],
    ["Aktivitet 1.1: Lönekartläggning", "activityWord", "Aktivitet 1.1", "Lönekartläggning"],
    ["Åtgärd: Utbilda chefer", "activityWord", null, "Utbilda chefer"],
    ["Action 2 – Train managers", "activityWord", "Action 2", "Train managers"],
    ["Mål 100: Jämställd service i alla nämnder", "goalWord", "Mål 100", "Jämställd service i alla nämnder"],
    ["Aktivitet 100.12: Kartlägga", "activityWord", "Aktivitet 100.12", "Kartlägga"],
  ])("reads %p as %s numbered %p", (line, kind, numbering, rest) => {
    expect(lineMarker(line)).toMatchObject({ kind, numbering, rest });
  });

  it.each([
    ["• Lönekartläggning", "bullet:•", null, "Lönekartläggning"],
    ["\uf0b7\tLönekartläggning", "bullet:•", null, "Lönekartläggning"],
    ["– Utbilda chefer", "bullet:-", null, "Utbilda chefer"],
    ["- Utbilda chefer", "bullet:-", null, "Utbilda chefer"],
    ["* Utbilda chefer", "bullet:*", null, "Utbilda chefer"],
    ["o Analys per kön", "bullet:o", null, "Analys per kön"],
    ["1. Jämn representation", "num1", "1.", "Jämn representation"],
    ["2) Heltid", "num1", "2)", "Heltid"],
    ["1.1 Kartläggning", "num2", "1.1", "Kartläggning"],
    ["1.2. Utbildning", "num2", "1.2.", "Utbildning"],
    ["2.1.3 Uppföljning", "num3", "2.1.3", "Uppföljning"],
    ["a) Kartläggning", "alpha", "a)", "Kartläggning"],
    ["b. Utbildning", "alpha", "b.", "Utbildning"],
    ["(c) Uppföljning", "alpha", "(c)", "Uppföljning"],
    ["ii) Analys", "roman", "ii)", "Analys"],
    ["(3) Rutin", "paren", "(3)", "Rutin"],
    ["• 1.1 Kartläggning", "num2", "1.1", "Kartläggning"],
  ])("reads %p as the list style %s", (line, style, numbering, rest) => {
    expect(lineMarker(line)).toEqual({ kind: "list", style, numbering, rest });
  });

  it.each([
    "Målet är att alla ska ha heltid",
    "Mål och aktiviteter",
    "Mål- och resultatstyrning ska ta hänsyn till kön",
    "2019 års lönekartläggning",
    "-50 tkr",
    "Aktiviteterna följs upp varje år",
    "e.g. a survey",
    "Vi ska erbjuda heltid",
    "Mål 2030: jämställdhet i hela regionen",
  ])("leaves %p unmarked", (line) => {
    expect(lineMarker(line)).toEqual({ kind: "none", style: "", numbering: null, rest: line });
  });
});

describe("stripNumbering", () => {
  it("takes numbering off a goal or activity cell and keeps it", () => {
    expect(stripNumbering("Mål 1: Jämn representation")).toEqual({
      text: "Jämn representation",
      numbering: "Mål 1",
    });
    expect(stripNumbering("• Lönekartläggning")).toEqual({ text: "Lönekartläggning", numbering: null });
    expect(stripNumbering(" 1.1 Kartläggning ")).toEqual({ text: "Kartläggning", numbering: "1.1" });
  });

  it("leaves a cell that is only a mark, or has none, as written", () => {
    expect(stripNumbering("Mål:")).toEqual({ text: "Mål:", numbering: null });
    expect(stripNumbering("Jämställda löner")).toEqual({ text: "Jämställda löner", numbering: null });
  });
});

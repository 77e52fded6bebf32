import { checkPlan } from "../../../src/core/checks/checkPlan";
import { findingMessage } from "../../../src/core/checks/findingMessage";
import type { Finding } from "../../../src/core/checks/findings.types";
import { CLEAN_DATE, planOf, seedRows } from "./checkFixture";

/** The seed plan with the issue-29 columns; each goal's Nationellt delmål (column J) as given. */
function withSubGoals(cells: readonly (string | number | null)[]): Finding[] {
  const t = seedRows();
  t.Goals.forEach((row, i) => row.push(cells[i] ?? null, null));
  return checkPlan(planOf(t, { laterColumns: true }), CLEAN_DATE).filter((f) =>
    f.code.startsWith("NATIONAL_GOAL"),
  );
}

const placedOf = (fs: readonly Finding[]): string[] =>
  fs.map((f) => `${f.code} ${f.severity} ${f.sheet}!${f.cell} ${f.refs.join("|")}`);

describe("national sub-goals of the goals", () => {
  it("proposes a sub-goal from the articles of each goal without one, at its Nationellt delmål cell", () => {
    const found = withSubGoals([]);
    expect(placedOf(found)).toEqual([
      "NATIONAL_GOAL_NONE info Mål!J2 M1|1",
      "NATIONAL_GOAL_NONE info Mål!J3 M2",
      "NATIONAL_GOAL_NONE info Mål!J4 M3|2",
      "NATIONAL_GOAL_NONE info Mål!J5 M4|5",
      "NATIONAL_GOAL_NONE info Mål!J6 M5|6",
    ]);
    expect(findingMessage(found[0]!, "sv")).toBe(
      "Målet på raden för M1 är inte kopplat till något nationellt jämställdhetspolitiskt delmål; utifrån artiklarna föreslår tillägget delmål 1 (En jämn fördelning av makt och inflytande), skriv in det i «Nationellt delmål» eller välj ett annat.",
    );
    expect(findingMessage(found[1]!, "en")).toBe(
      "The goal on the row of M2 is not linked to a national gender-equality sub-goal; choose one or more of the six sub-goals in «Nationellt delmål».",
    );
  });

  it("finds nothing when every goal names its sub-goals", () => {
    expect(withSubGoals(["1", "1, 2", "Ekonomisk jämställdhet", "5. Jämställd hälsa", 6])).toEqual([]);
  });

  it("reads the old numbering by the name and says so, and flags what names no sub-goal", () => {
    const found = withSubGoals([
      "1",
      "delmål 9",
      "3 Jämställd hälsa",
      "5",
      "4 Mäns våld mot kvinnor ska upphöra",
    ]);
    expect(placedOf(found)).toEqual([
      "NATIONAL_GOAL_UNKNOWN warning Mål!J3 M2",
      "NATIONAL_GOAL_UNKNOWN warning Mål!J4 M3",
      "NATIONAL_GOAL_OLD_NUMBERING warning Mål!J6 M5|6",
    ]);
    expect(findingMessage(found[2]!, "sv")).toBe(
      "På raden för M5 står delmål 4 med namnet från numreringen 2006–2016; det lästes som delmål 6 (Mäns våld mot kvinnor ska upphöra), skriv 6.",
    );
    expect(findingMessage(found[0]!, "en")).toContain("«delmål 9» in «Nationellt delmål» on the row of M2");
  });

  it("says nothing about sub-goals in a plan without the column", () => {
    const findings = checkPlan(planOf(seedRows()), CLEAN_DATE);
    expect(findings.filter((f) => f.code.startsWith("NATIONAL_GOAL"))).toEqual([]);
    expect(findings).toEqual([]);
  });
});

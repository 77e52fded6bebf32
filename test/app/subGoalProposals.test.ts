import { setUpPlan } from "../../src/app/setUpPlan";
import { proposeSubGoals, writeSubGoals } from "../../src/app/subGoalProposals";
import type { RawTable } from "../../src/core/cells/cells";
import { headersOf } from "../../src/core/schema";
import { readPlan } from "../../src/core/read/readPlan";
import { memoryPort } from "./memoryPort";

/** A user's Goals table written before issue 29 (no Nationellt delmål column). */
const oldGoals: RawTable = {
  name: "Goals",
  sheet: "Mål",
  top: 0,
  left: 0,
  values: [
    headersOf("Goals", "sv").slice(0, 9),
    ["M1", "2", "Jämn representation", null, null, null, null, null, null],
    ["M2", "5", "Jämställda bidrag", null, null, null, null, null, null],
    ["M3", "11, 14", "Heltid och hälsa", null, null, null, null, null, null],
  ],
};

describe("set-up's proposal of national sub-goals", () => {
  it("proposes nothing before the column exists, and from the articles once set-up added it", async () => {
    const port = memoryPort({ tables: [oldGoals], sheets: [oldGoals] });
    expect(await proposeSubGoals(port)).toEqual([]);
    await setUpPlan(port, { lang: "sv" });
    const proposals = await proposeSubGoals(port);
    expect(proposals.map((p) => [p.goalId, p.goals])).toEqual([
      ["M1", [1]],
      ["M3", [2, 5]],
    ]);
    // Nothing is written until the user confirms.
    expect(readPlan(await port.read()).goals.rows.map((g) => g.nationalGoals)).toEqual([[], [], []]);
  });

  it("writes the confirmed proposals only into cells still empty", async () => {
    const port = memoryPort({ tables: [oldGoals], sheets: [oldGoals] });
    await setUpPlan(port, { lang: "sv" });
    const proposals = await proposeSubGoals(port);
    // The user fills in M3 by hand before confirming.
    await port.updateRows?.([{ table: "Goals", row: 3, values: [...Array<undefined>(9), "2"] }]);
    expect(await writeSubGoals(port, proposals)).toBe(1);
    const goals = (await port.read()).tables.find((t) => t.name === "Goals");
    expect(goals?.values.map((r) => r[9])).toEqual(["Nationellt delmål", "1", null, "2"]);
    expect(await writeSubGoals(port, proposals)).toBe(0);
  });
});

/**
 * The summary per national sub-goal (docs/reports.md "Per national sub-goal") on the
 * sample plan linked along the chain (chainPlan.ts): the data, the JSON and the ready
 * text in both languages; and an older plan without the column, which gets none of it.
 * The sheet, the Word section and the chart: chainLayout.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportSection } from "../../../src/core/summary/section";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryJson } from "../../../src/core/summary/summaryJson";
import { summaryParagraphs } from "../../../src/core/summary/summaryText";
import type { Summary } from "../../../src/core/summary/summary.types";
import { chainPlan } from "./chainPlan";
import { samplePlan } from "./samplePlan";

function summaryOf(periodName: string, plan = chainPlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

const NBSP = "\u00a0";

describe("the summary per national sub-goal", () => {
  it("is left out for a plan without the National sub-goal column", () => {
    for (const plan of [samplePlan(), chainPlan({}, false)]) {
      const s = summaryOf("Helår 2019", plan);
      expect(s.chain).toBeNull();
      expect(summaryJson(s, "sv")).not.toHaveProperty("nationalGoals");
      expect(summaryJson(s, "sv").goals[0]).not.toHaveProperty("nationalGoals");
      expect(summaryParagraphs(s, "sv").join(" ")).not.toMatch(/delmål/);
      const section = reportSection(s, "en");
      expect(section.blocks.some((b) => b.kind === "heading" && /sub-goal/.test(b.text))).toBe(false);
    }
  });

  it("puts each goal and its activities under its sub-goals, with status and assessment counts", () => {
    const c = summaryOf("Helår 2019").chain;
    expect(c?.subGoals.map((r) => [r.number, r.goals, r.activities])).toEqual([
      [1, ["M1"], ["A1", "A5"]],
      [2, ["M2"], ["A2"]],
      [3, [], []],
      [4, [], []],
      [5, ["M3"], ["A3"]],
      [6, ["M4"], ["A4"]],
    ]);
    const first = c?.subGoals[0];
    expect(first?.byStatus).toMatchObject({ done: 1, notStarted: 1, delayed: 0 });
    expect(first?.byAssessment).toMatchObject({ partlyMet: 1, met: 0, notMet: 0 });
    expect(c?.withoutSubGoal).toMatchObject({ number: null, goals: ["M5"], activities: [] });
    expect(c?.links.find((l) => l.id === "M1")?.regionalGoal).toBe(
      "Jämn representation i länets beslutande organ",
    );
  });

  it("lists each deviating goal and activity once with its kinds, sub-goals and action", () => {
    const c = summaryOf("Helår 2019").chain;
    expect(
      c?.deviations.map((d) => [d.on, d.id, d.kinds, d.nationalGoals, d.action, d.actionInComment]),
    ).toEqual([
      ["goal", "M4", ["worseThanBaseline"], [6], "Ny överenskommelse med kvinnojouren", false],
      ["goal", "M5", ["notMet"], [], "Valberedningen ska föreslå fler kvinnor", true],
      ["activity", "A2", ["delayed", "overBudget"], [2], "Upphandla ny konsult före mars 2020.", false],
      ["activity", "A3", ["overdue"], [5], null, false],
    ]);
    expect(c?.subGoals.map((r) => [r.deviations, r.withoutAction])).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 0],
    ]);
  });

  it("shows a goal that names two sub-goals under both, and its deviation once", () => {
    const plan = chainPlan({
      goals: chainPlan().goals.rows.map((g) => (g.id === "M4" ? { ...g, nationalGoals: [5, 6] } : g)),
    });
    const c = summaryOf("Helår 2019", plan).chain;
    expect(c?.subGoals[4]?.goals).toEqual(["M3", "M4"]);
    expect(c?.subGoals[5]?.goals).toEqual(["M4"]);
    expect(c?.deviations.filter((d) => d.id === "M4")).toHaveLength(1);
  });

  it("as of an earlier cut-off, takes the rows of that time", () => {
    const c = summaryOf("Delår 2019").chain;
    // A2 was in progress then, M4 had no value yet; A3 had passed its end date (31 March).
    expect(c?.deviations.map((d) => [d.id, d.kinds])).toEqual([
      ["M5", ["notMet"]],
      ["A3", ["overdue"]],
    ]);
  });
});

describe("the JSON per national sub-goal", () => {
  it("adds nationalGoals with all six sub-goals, the group without one, and the deviations", () => {
    const json = JSON.parse(JSON.stringify(summaryJson(summaryOf("Helår 2019"), "en"))) as ReturnType<
      typeof summaryJson
    >;
    const part = json.nationalGoals;
    expect(part?.subGoals.map((g) => [g.number, g.touched])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
    ]);
    expect(part?.subGoals[2]).toMatchObject({ name: "Equal education", goals: [], deviations: 0 });
    expect(part?.subGoals[4]).toMatchObject({ goals: ["M3"], deviations: 1, withoutAction: 1 });
    expect(part?.withoutSubGoal?.goals).toEqual(["M5"]);
    expect(part?.deviations[2]).toEqual({
      on: "activity",
      id: "A2",
      name: "Lönekartläggning",
      responsible: "HR-chef",
      kinds: ["delayed", "overBudget"],
      nationalGoals: [2],
      action: "Upphandla ny konsult före mars 2020.",
      actionInComment: false,
    });
    expect(json.goals.find((g) => g.id === "M1")).toMatchObject({
      nationalGoals: [1],
      regionalGoal: "Jämn representation i länets beslutande organ",
    });
    expect(json.goals.find((g) => g.id === "M5")).toMatchObject({ nationalGoals: [], regionalGoal: null });
  });

  it("is what docs/reports.md shows as its example, field for field", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/reports.md"), "utf8");
    const block = /```json\n(\{\n {2}"nationalGoals"[\s\S]*?)```/.exec(doc)?.[1];
    const shown = (JSON.parse(block ?? "{}") as ReturnType<typeof summaryJson>).nationalGoals;
    const made = summaryJson(summaryOf("Helår 2019"), "sv").nationalGoals;
    expect(shown?.subGoals.length).toBeGreaterThan(0);
    for (const g of shown?.subGoals ?? []) expect(made?.subGoals[g.number - 1]).toEqual(g);
    expect(made?.withoutSubGoal).toEqual(shown?.withoutSubGoal);
    for (const d of shown?.deviations ?? []) expect(made?.deviations).toContainEqual(d);
  });
});

describe("the ready text per national sub-goal", () => {
  it("says in Swedish what each sub-goal holds, the untouched ones plainly, and each deviation's action", () => {
    const text = summaryParagraphs(summaryOf("Helår 2019"), "sv");
    expect(text).toContain(
      "Under nationellt delmål 1 (En jämn fördelning av makt och inflytande) har planen ett mål och 2 aktiviteter." +
        " Mål M1 är delvis uppfyllt; senaste värdet är 4 för kvinnor och 6 för män, med målvärdet 45." +
        " Mål M1 hör till det regionala målet ”Jämn representation i länets beslutande organ”." +
        ` Av aktiviteterna under delmålet är en genomförd (50${NBSP}%) och en har inte påbörjats.`,
    );
    const all = text.join("\n");
    expect(all).toContain(
      "Mål M2 är uppfyllt; senaste värdet är 32 för kvinnor och 33,5 för män, en skillnad på 1,5 mot målet högst 2.",
    );
    expect(all).toContain(
      "Planen berör inte nationellt delmål 3 (Jämställd utbildning). Planen berör inte nationellt delmål 4 (",
    );
    expect(all).toContain(
      "Utan koppling till något nationellt delmål har planen ett mål och ingen aktivitet.",
    );
    expect(all).toContain("Vid brytdatum avviker 4 mål och aktiviteter.");
    expect(all).toContain(
      "Aktiviteten A2 (Lönekartläggning) är försenad och överstiger budgeten; åtgärd: Upphandla ny konsult före mars 2020.",
    );
    expect(all).toContain(
      "Målet M5 (Fler kvinnor som ordförande) är ej uppfyllt; åtgärden står i kommentaren: Valberedningen ska föreslå fler kvinnor.",
    );
    expect(all).toContain(
      "Aktiviteten A3 (Kartlägga väntetider per kön) har passerat sitt slutdatum; ingen åtgärd är angiven. En avvikelse saknar åtgärd.",
    );
    expect(all).toContain("Av aktiviteterna under delmålet är ingen genomförd och en är försenad.");
    // The plan's own paragraphs come first, as for an older plan.
    expect(text[1]).toMatch(/^Av planens 5 mål/);
  });

  it("says the same in English", () => {
    const all = summaryParagraphs(summaryOf("Helår 2019"), "en").join("\n");
    expect(all).toContain(
      "Under national sub-goal 2 (Economic equality), the plan has one goal and one activity." +
        " Goal M2 is met; its latest value is 32 for women and 33.5 for men, a gap of 1.5 against a target gap of at most 2." +
        " Of the activities under the sub-goal, none is done and one is delayed.",
    );
    expect(all).toContain("The plan does not address national sub-goal 3 (Equal education).");
    expect(all).toContain("Goal M4 is not assessed; its latest value is 8.");
    expect(all).toContain(
      "Goal M4 (Stärkt stöd till våldsutsatta) is worse than its baseline; action: Ny överenskommelse med kvinnojouren.",
    );
    expect(all).toContain(
      "Activity A3 (Kartlägga väntetider per kön) is past its end date; no action is given.",
    );
    expect(all).toContain("One deviation has no action.");
  });

  it("says it in an interim summary too, as of that cut-off", () => {
    const sv = summaryParagraphs(summaryOf("Delår 2019"), "sv").join("\n");
    expect(sv).toMatch(/^Delårsrapporten avser perioden Delår 2019/);
    expect(sv).toContain(
      "Under nationellt delmål 2 (Ekonomisk jämställdhet) har planen ett mål och en aktivitet. Mål M2 är inte bedömt.",
    );
    expect(sv).toContain("Vid brytdatum avviker 2 mål och aktiviteter.");
    const en = summaryParagraphs(summaryOf("Delår 2019"), "en").join("\n");
    expect(en).toContain(
      "Goal M5 (Fler kvinnor som ordförande) is not met; the comment gives the action: Valberedningen ska föreslå fler kvinnor.",
    );
  });

  it("says when nothing deviates", () => {
    const all = summaryParagraphs(summaryOf("Helår 2018"), "en").join("\n");
    expect(all).toContain("At the cut-off, no goal or activity deviates.");
  });
});

/**
 * The summary per national sub-goal (docs/reports.md "Per national sub-goal") on the
 * sample plan linked along the chain (chainPlan.ts): the data, the JSON, the ready text
 * in both languages, the sheet and the Word section; and an older plan without the
 * column, which gets none of it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LayoutCell, SheetLayout } from "../../../src/core/sheetLayout.types";
import { summaryChartData } from "../../../src/core/summary/chartData";
import { chartTableNames } from "../../../src/core/summary/layout/charts";
import { reportSection, type SectionChart, type SectionTable } from "../../../src/core/summary/section";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryJson } from "../../../src/core/summary/summaryJson";
import { summaryLayout } from "../../../src/core/summary/summaryLayout";
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

  it("says when nothing deviates", () => {
    const all = summaryParagraphs(summaryOf("Helår 2018"), "en").join("\n");
    expect(all).toContain("At the cut-off, no goal or activity deviates.");
  });
});

/** The written rows, each as its cells. */
function rows(layout: SheetLayout): LayoutCell[][] {
  return layout.blocks.flatMap((b) => b.cells.map((r) => [...r]));
}

describe("the sheet per national sub-goal", () => {
  const layout = (lang: "sv" | "en") => summaryLayout(summaryOf("Helår 2019"), lang, "2020-02-15");

  it("has a block per sub-goal with its goals' figures as numbers, one line for an untouched one", () => {
    const all = rows(layout("sv"));
    const at = all.findIndex((r) => r[0]?.v === "Delmål 3: Jämställd utbildning");
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]?.[0]).toEqual({ v: "Planen berör inte detta delmål.", f: "text", s: "body" });
    // One line across the sheet, not wrapped in the narrow first column.
    const line = layout("sv").blocks.flatMap((b) =>
      b.cells.flatMap((r, i) => (r[0]?.v === "Planen berör inte detta delmål." ? [b.row + i] : [])),
    );
    expect(line).toHaveLength(2);
    for (const row of line) expect(layout("sv").merges).toContainEqual({ row, col: 0, rows: 1, cols: 8 });
    const first = all.findIndex((r) => r[0]?.v === "Delmål 1: En jämn fördelning av makt och inflytande");
    const m1 = all.slice(first).find((r) => r[0]?.v === "M1");
    expect(m1?.slice(2, 4)).toEqual([
      { v: 4, f: "number" },
      { v: 6, f: "number" },
    ]);
    expect(all.some((r) => r[0]?.v === "Utan nationellt delmål")).toBe(true);
    expect(
      all.some(
        (r) => r[0]?.v === "Regionalt mål" && r[1]?.v === "M1: Jämn representation i länets beslutande organ",
      ),
    ).toBe(true);
  });

  it("lists the deviations with their actions, and says where one is missing", () => {
    const all = rows(layout("en"));
    const a3 = all.find((r) => r[1]?.v === "A3 Kartlägga väntetider per kön" && r[7] !== undefined);
    expect(a3?.[0]).toEqual({ v: "Past its end date", s: "bad" });
    expect(a3?.[7]).toEqual({ v: "No action given", s: "warn" });
    const m5 = all.find((r) => r[1]?.v === "M5 Fler kvinnor som ordförande");
    expect(m5?.[7]?.v).toBe("Valberedningen ska föreslå fler kvinnor (from the comment)");
    const a2 = all.find((r) => r[1]?.v === "A2 Lönekartläggning" && r[7] !== undefined);
    expect(a2?.slice(0, 3).map((c) => c.v)).toEqual(["Delayed, Over budget", "A2 Lönekartläggning", "2"]);
  });
});

describe("the Word section per national sub-goal", () => {
  const tables = (lang: "sv" | "en") =>
    reportSection(summaryOf("Helår 2019"), lang).blocks.filter((b): b is SectionTable => b.kind === "table");

  it("has a table of the six sub-goals and the group without one, an untouched one said plainly", () => {
    const t = tables("sv").find(
      (b) => b.caption.endsWith("Resultat per nationellt delmål") && b.header[0] === "Nationellt delmål",
    );
    expect(t?.rows.map((r) => r[0]?.text)).toEqual([
      "Delmål 1: En jämn fördelning av makt och inflytande",
      "Delmål 2: Ekonomisk jämställdhet",
      "Delmål 3: Jämställd utbildning",
      "Delmål 4: Jämn fördelning av det obetalda hem- och omsorgsarbetet",
      "Delmål 5: Jämställd hälsa",
      "Delmål 6: Mäns våld mot kvinnor ska upphöra",
      "Utan nationellt delmål",
    ]);
    expect(t?.rows[2]?.map((c) => c.text)).toEqual([
      "Delmål 3: Jämställd utbildning",
      "Planen berör inte detta delmål.",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(t?.rows[1]?.slice(1).map((c) => c.text)).toEqual(["1", "1", "0", "1", "1", "0"]);
  });

  it("has the goals with women's and men's values against the target, and the deviations with actions", () => {
    const all = tables("en");
    const goals = all.find((b) => b.caption.endsWith("Goals per national sub-goal"));
    expect(goals?.rows.find((r) => r[1]?.text === "M2")?.map((c) => c.text)).toEqual([
      "2",
      "M2",
      "Utjämna löneskillnaden mellan kvinnor och män",
      "32",
      "33.5",
      "2",
      "Met",
    ]);
    const deviations = all.find((b) => b.caption.endsWith("Deviations and actions"));
    expect(deviations?.rows.map((r) => [r[1]?.text, r[4]?.text])).toEqual([
      ["M4 Stärkt stöd till våldsutsatta", "Ny överenskommelse med kvinnojouren"],
      ["M5 Fler kvinnor som ordförande", "Valberedningen ska föreslå fler kvinnor (from the comment)"],
      ["A2 Lönekartläggning", "Upphandla ny konsult före mars 2020."],
      ["A3 Kartlägga väntetider per kön", "No action given"],
    ]);
  });
});

describe("the chart per national sub-goal", () => {
  it("counts the goals by assessment under each sub-goal the plan touches, then those without one", () => {
    const f = summaryChartData(summaryOf("Helår 2019"));
    expect(f.subGoals.map((g) => g.number)).toEqual([1, 2, 5, 6, null]);
    expect(f.assessments).toEqual(["met", "partlyMet", "notMet", "notAssessed"]);
    expect(f.subGoals.map((g) => f.assessments.map((a) => g.counts[a]))).toEqual([
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 0],
    ]);
    expect(summaryChartData(summaryOf("Helår 2019", samplePlan())).subGoals).toEqual([]);
  });

  it("is the sheet's fourth chart, drawn from its own table, and the Word section's", () => {
    const sheet = summaryLayout(summaryOf("Helår 2019"), "sv", "2020-02-15");
    const table = sheet.tables.find((t) => t.name === chartTableNames("Helår 2019").subGoals);
    expect(table?.header).toEqual([
      "Nationellt delmål",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Ej bedömt",
    ]);
    expect(table?.rows.map((r) => r.map((c) => c.v))).toEqual([
      ["Delmål 1", 0, 1, 0, 0],
      ["Delmål 2", 1, 0, 0, 0],
      ["Delmål 5", 1, 0, 0, 0],
      ["Delmål 6", 0, 0, 0, 1],
      ["Utan nationellt delmål", 0, 0, 1, 0],
    ]);
    expect(sheet.charts.map((c) => c.title)).toEqual([
      "Aktiviteternas status per artikel",
      "Budget och utfall per artikel",
      "Kvinnor och män per mål",
      "Mål per nationellt delmål",
    ]);
    const charts = reportSection(summaryOf("Helår 2019"), "en").blocks.filter(
      (b): b is SectionChart => b.kind === "chart",
    );
    expect(charts.at(-1)?.rows[4]).toEqual(["Without a national sub-goal", 0, 0, 1, 0]);
  });
});

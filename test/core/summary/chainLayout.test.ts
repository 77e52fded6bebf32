/**
 * The summary per national sub-goal on the sheet, in the Word section and as a chart
 * (docs/reports.md "Per national sub-goal"), on the sample plan linked along the chain
 * (chainPlan.ts), in both languages.
 */
import type { LayoutCell, SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";
import { summaryChartData } from "../../../src/core/summary/chartData";
import { chartTableNames } from "../../../src/core/summary/layout/charts";
import { reportSection, type SectionChart, type SectionTable } from "../../../src/core/summary/section";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryLayout } from "../../../src/core/summary/summaryLayout";
import type { Summary } from "../../../src/core/summary/summary.types";
import { chainPlan } from "./chainPlan";
import { samplePlan } from "./samplePlan";

function summaryOf(periodName: string, plan = chainPlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

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

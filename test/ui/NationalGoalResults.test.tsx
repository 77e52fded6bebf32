/**
 * The Follow-up view's results per national sub-goal: a term per sub-goal with its
 * goals, activities and deviations without an action, an untouched one in one plain
 * line, the goals without a sub-goal last; and its chart of the goals by assessment per
 * sub-goal. Nothing of it for a plan without the column.
 */
import { tokens } from "@fluentui/react-components";
import { screen, within } from "@testing-library/react";
import { summaryChartData } from "../../src/core/summary/chartData";
import { summarise } from "../../src/core/summary/summarise";
import { summaryJson } from "../../src/core/summary/summaryJson";
import { followUpChartModels } from "../../src/taskpane/views/followUpChartModels";
import { NationalGoalResults } from "../../src/taskpane/views/NationalGoalResults";
import { chainPlan } from "../core/summary/chainPlan";
import { samplePlan } from "../core/summary/samplePlan";
import { renderInPane } from "./renderInPane";

function jsonOf(lang: "sv" | "en", plan = chainPlan()) {
  const s = summarise(plan, "Helår 2019", []);
  if (s === null) throw new Error("no period");
  return summaryJson(s, lang);
}

describe("the results per national sub-goal in the pane", () => {
  it("lists the six sub-goals and the goals without one, in Swedish", () => {
    renderInPane(<NationalGoalResults lang="sv" json={jsonOf("sv")} />);
    const part = screen.getByRole("region", { name: "Per nationellt jämställdhetspolitiskt delmål" });
    const terms = within(part)
      .getAllByRole("term")
      .map((t) => t.textContent);
    expect(terms).toEqual([
      "1. En jämn fördelning av makt och inflytande",
      "2. Ekonomisk jämställdhet",
      "3. Jämställd utbildning",
      "4. Jämn fördelning av det obetalda hem- och omsorgsarbetet",
      "5. Jämställd hälsa",
      "6. Mäns våld mot kvinnor ska upphöra",
      "Utan nationellt delmål",
    ]);
    const details = within(part)
      .getAllByRole("definition")
      .map((d) => d.textContent);
    expect(details[0]).toBe("Ett mål: ett delvis uppfyllt; 2 aktiviteter: en genomförd och en ej påbörjad");
    expect(details[2]).toBe("Planen berör inte detta delmål.");
    expect(details[4]).toBe("Ett mål: ett uppfyllt; en aktivitet: en pågår; en avvikelse, en utan åtgärd");
    expect(details[6]).toBe("Ett mål: ett ej uppfyllt; inga aktiviteter; en avvikelse, med åtgärd");
  });

  it("says the same in English", () => {
    renderInPane(<NationalGoalResults lang="en" json={jsonOf("en")} />);
    const details = screen.getAllByRole("definition").map((d) => d.textContent);
    expect(details[1]).toBe("One goal: 1 met; one activity: 1 delayed; one deviation, with an action");
    expect(details[3]).toBe("The plan does not address this sub-goal.");
  });

  it("shows nothing for a plan without the National sub-goal column", () => {
    const { container } = renderInPane(<NationalGoalResults lang="sv" json={jsonOf("sv", samplePlan())} />);
    expect(container.textContent).toBe("");
  });
});

describe("the chart per national sub-goal in the pane", () => {
  const data = () => {
    const s = summarise(chainPlan(), "Helår 2019", []);
    if (s === null) throw new Error("no period");
    return summaryChartData(s);
  };

  it("stacks the goals by assessment per sub-goal, with the sheet's figures and the sub-goals' names", () => {
    const m = followUpChartModels(data(), "en", "SEK", 326).find((x) => x.id === "subGoals");
    expect(m?.title).toBe("Goals per national sub-goal");
    expect(m?.series.map((x) => [x.legend, x.color])).toEqual([
      ["Met", tokens.colorPaletteGreenBackground3],
      ["Partly met", tokens.colorPaletteMarigoldBackground3],
      ["Not met", tokens.colorPaletteDarkOrangeBackground3],
      ["Not assessed", tokens.colorNeutralStrokeAccessible],
    ]);
    expect(m?.groups.map((g) => [g.label, g.values])).toEqual([
      ["1", { partlyMet: 1 }],
      ["2", { met: 1 }],
      ["5", { met: 1 }],
      ["6", { notAssessed: 1 }],
      ["–", { notMet: 1 }],
    ]);
    // The table's rows are short, so that it fits the pane open; each bar keeps the sub-goal's name.
    expect(m?.table.rows[0]).toEqual(["Sub-goal 1", "0", "1", "0", "0"]);
    expect(m?.table.rows[4]?.[0]).toBe("No sub-goal");
    expect(m?.groups[0]?.name).toBe("1. Equal division of power and influence");
  });

  it("is not drawn for a plan without the National sub-goal column", () => {
    const s = summarise(samplePlan(), "Helår 2019", []);
    if (s === null) throw new Error("no period");
    expect(followUpChartModels(summaryChartData(s), "sv", "SEK", 326).map((m) => m.id)).not.toContain(
      "subGoals",
    );
  });
});

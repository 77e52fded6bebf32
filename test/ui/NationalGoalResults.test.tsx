/**
 * The Follow-up view's results per national sub-goal: a term per sub-goal with its
 * goals, activities and deviations without an action, an untouched one in one plain
 * line, the goals without a sub-goal last; nothing for a plan without the column.
 */
import { screen, within } from "@testing-library/react";
import { summarise } from "../../src/core/summary/summarise";
import { summaryJson } from "../../src/core/summary/summaryJson";
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

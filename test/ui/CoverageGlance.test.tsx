/**
 * The coverage at a glance: a tile per article whose symbol says its state (colour
 * is never the only sign), a key with counts, and one sentence for screen readers.
 */
import { screen, within } from "@testing-library/react";
import { articleCoverage } from "../../src/core/checks/coverage";
import { COVERAGE_SYMBOL, CoverageGlance } from "../../src/taskpane/views/CoverageGlance";
import { planOf, seedRows } from "../core/checks/checkFixture";
import { renderInPane } from "./renderInPane";

function seedWithGaps() {
  const t = seedRows();
  t.Articles[12]![3] = "Ja"; // article 13 prioritised, without a goal
  t.Goals.push(["M6", "11, 16", "Jämställda löner", "Oförklarad löneskillnad", "%", 1.8, 0, "Minska", "HR"]);
  return articleCoverage(planOf(t));
}

describe("the coverage at a glance", () => {
  const rows = seedWithGaps();

  it("shows every article with the symbol of its state", () => {
    renderInPane(<CoverageGlance lang="sv" rows={rows} />);
    const glance = screen.getByRole("img");
    const tiles = [...glance.children].map((t) => t.textContent);
    expect(tiles).toHaveLength(30);
    expect(tiles.slice(10, 16)).toEqual([
      `${COVERAGE_SYMBOL.goalWithoutActivity}11`,
      `${COVERAGE_SYMBOL.notPrioritised}12`,
      `${COVERAGE_SYMBOL.noGoal}13`,
      `${COVERAGE_SYMBOL.covered}14`,
      `${COVERAGE_SYMBOL.notPrioritised}15`,
      `${COVERAGE_SYMBOL.notPrioritisedWithGoals}16`,
    ]);
    // Five states, five different symbols.
    expect(new Set(Object.values(COVERAGE_SYMBOL)).size).toBe(5);
    expect(glance.getAttribute("aria-label")).toBe(
      "Artiklarnas täckning i korthet: 1 mål saknas, 1 mål utan aktivitet, 1 har mål men är inte prioriterad, 4 täckta, 23 inte prioriterade.",
    );
    const key = screen.getByRole("list", { name: "Teckenförklaring" });
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "✖Mål saknas: 1",
      "▲Mål utan aktivitet: 1",
      "ℹHar mål men är inte prioriterad: 1",
      "✔Täckt: 4",
      "–Inte prioriterad: 23",
    ]);
  });
});

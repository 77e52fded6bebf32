/**
 * Set-up's proposal of national sub-goals in the pane, on a plan written before issue 29:
 * the new columns are added on request, the proposals are shown, and nothing is written
 * until the user confirms; then only the empty cells are filled.
 */
import { fireEvent, screen } from "@testing-library/react";
import { SubGoalProposals } from "../../src/taskpane/views/SubGoalProposals";
import type { Workspace } from "../../src/taskpane/workspace";
import { readPlan } from "../../src/core/read/readPlan";
import { memoryPort } from "../app/memoryPort";
import { goalsBeforeSubGoals as goals } from "./goalsBeforeSubGoals";
import { renderInPane } from "./renderInPane";

describe("the national sub-goal proposal in the pane", () => {
  it("adds the columns, shows the proposals and writes them only when confirmed", async () => {
    const port = memoryPort({ tables: [goals], sheets: [goals] });
    const workspace: Workspace = { kind: "file", run: (action) => action(port) };
    let written = 0;
    renderInPane(<SubGoalProposals lang="sv" workspace={workspace} onWritten={() => written++} />);
    fireEvent.click(screen.getByRole("button", { name: "Lägg till nya kolumner" }));
    await screen.findByText(/Tillagda kolumner: «Nationellt delmål», «Regionalt mål»/);
    fireEvent.click(screen.getByRole("button", { name: "Visa förslag" }));
    await screen.findByText("M2: 5 Jämställd hälsa; 6 Mäns våld mot kvinnor ska upphöra");
    expect(screen.getByText("M1: 1 En jämn fördelning av makt och inflytande")).toBeTruthy();
    expect(readPlan(await port.read()).goals.rows.map((g) => g.nationalGoals)).toEqual([[], []]);
    fireEvent.click(screen.getByRole("button", { name: "Fyll i förslagen" }));
    await screen.findByText("Delmål ifyllda för 2 mål.");
    expect(readPlan(await port.read()).goals.rows.map((g) => g.nationalGoals)).toEqual([[1], [5, 6]]);
    expect(written).toBe(2);
  });

  it("says why a step failed and lets the user try again without leaving the view", async () => {
    const port = memoryPort({ tables: [goals], sheets: [goals] });
    let refuse = true;
    const workspace: Workspace = {
      kind: "file",
      run: async (action) => {
        if (refuse) throw new Error("Arbetsboken är låst för redigering");
        return action(port);
      },
    };
    renderInPane(<SubGoalProposals lang="sv" workspace={workspace} onWritten={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: "Lägg till nya kolumner" }));
    await screen.findByText(/Arbetsboken är låst för redigering/);
    refuse = false;
    fireEvent.click(screen.getByRole("button", { name: "Lägg till nya kolumner" }));
    await screen.findByText(/Tillagda kolumner: «Nationellt delmål», «Regionalt mål»/);
  });
});

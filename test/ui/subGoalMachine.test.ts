/**
 * @jest-environment node
 *
 * The machine of set-up's sub-goal proposal, without React or a DOM, on a plan written
 * before the sub-goal columns (two goals, articles 2 and 14, 22): the columns added,
 * the proposals shown, and a step the user has since replaced never shown.
 */
import { setUpPlan, type SetUpResult } from "../../src/app/setUpPlan";
import { proposeSubGoals, type SubGoalProposal } from "../../src/app/subGoalProposals";
import {
  SUB_GOALS_START,
  canStart,
  subGoalReducer,
  type SubGoalEvent,
  type SubGoalState,
} from "../../src/taskpane/views/subGoalMachine";
import { memoryPort } from "../app/memoryPort";
import { goalsBeforeSubGoals as goals } from "./goalsBeforeSubGoals";

const run = (events: readonly SubGoalEvent[], from: SubGoalState = SUB_GOALS_START): SubGoalState =>
  events.reduce(subGoalReducer, from);

let added: SetUpResult;
let proposals: SubGoalProposal[];
beforeAll(async () => {
  const port = memoryPort({ tables: [goals], sheets: [goals] });
  added = await setUpPlan(port, { lang: "sv" });
  proposals = await proposeSubGoals(port);
});

describe("the sub-goal proposal's machine", () => {
  it("adds the new columns, then shows the proposals, offering nothing else while they wait for a confirm", () => {
    let state = run([{ type: "start", step: 1, work: "addColumns" }]);
    expect(canStart(state)).toBe(false);
    state = run([{ type: "columnsAdded", step: 1, outcome: { ok: true, value: added } }], state);
    expect(state).toEqual({ kind: "columns", result: added });
    expect(added.columnsAdded.flatMap((c) => c.headers)).toContain("Nationellt delmål");
    expect(canStart(state)).toBe(true);
    state = run(
      [
        { type: "start", step: 2, work: "propose" },
        { type: "proposed", step: 2, outcome: { ok: true, value: proposals } },
      ],
      state,
    );
    expect(state.kind === "proposals" && state.proposals.map((p) => [p.goalId, p.goals])).toEqual([
      ["M1", [1]],
      ["M2", [5, 6]],
    ]);
    expect(canStart(state)).toBe(false);
  });

  it("shows how many goals were filled in once the write ends", () => {
    const state = run([
      { type: "start", step: 1, work: "propose" },
      { type: "proposed", step: 1, outcome: { ok: true, value: proposals } },
      { type: "start", step: 2, work: "write" },
      { type: "written", step: 2, outcome: { ok: true, value: proposals.length } },
    ]);
    expect(state).toEqual({ kind: "written", n: 2 });
  });

  it("drops the end of a step the user has since replaced, and an end of another kind of step", () => {
    const state = run([
      { type: "start", step: 1, work: "propose" },
      { type: "start", step: 2, work: "addColumns" },
      { type: "proposed", step: 1, outcome: { ok: true, value: proposals } },
      { type: "written", step: 2, outcome: { ok: true, value: 2 } },
    ]);
    expect(state).toEqual({ kind: "busy", step: 2, work: "addColumns" });
  });

  it("shows the failure of a refused write in its words", () => {
    const refused = { code: "sheetProtected", target: "Mål" } as const;
    const state = run([
      { type: "start", step: 1, work: "write" },
      { type: "written", step: 1, outcome: { ok: false, message: refused } },
    ]);
    expect(state).toEqual({ kind: "error", message: refused });
    // The user can try again once the sheet is unprotected, without leaving the view.
    expect(canStart(state)).toBe(true);
    expect(run([{ type: "start", step: 2, work: "propose" }], state)).toEqual({
      kind: "busy",
      step: 2,
      work: "propose",
    });
  });
});

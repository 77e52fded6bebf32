/**
 * The state and actions of set-up's proposal of national sub-goals: subGoalMachine.ts,
 * driven by the proposeSubGoals and writeSubGoals use cases and by set-up, which adds
 * the new columns to a plan written before them. After a write the plan is read again.
 */
import { useReducer } from "react";
import { setUpPlan } from "../../app/setUpPlan";
import { proposeSubGoals, writeSubGoals, type SubGoalProposal } from "../../app/subGoalProposals";
import type { Lang } from "../../core/language";
import { outcomeOf, type Outcome } from "../steps";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import { SUB_GOALS_START, canStart, subGoalReducer, type SubGoalState } from "./subGoalMachine";

export type SubGoalProposalsState = {
  readonly state: SubGoalState;
  /** Proposals can be asked for and columns added now. */
  readonly canStart: boolean;
  readonly propose: () => void;
  /** Writes the proposals shown into the goals' empty cells. */
  readonly confirm: (proposals: readonly SubGoalProposal[]) => void;
  readonly addColumns: () => void;
};

export function useSubGoalProposals(
  lang: Lang,
  workspace: Workspace,
  onWritten: () => void,
): SubGoalProposalsState {
  const [state, dispatch] = useReducer(subGoalReducer, SUB_GOALS_START);
  const next = useSteps();
  /** After a write that went through, the plan is read again. */
  const reread = (outcome: Outcome<unknown>) => {
    if (outcome.ok) onWritten();
  };

  const propose = () => {
    const step = next();
    dispatch({ type: "start", step, work: "propose" });
    void outcomeOf(workspace.run(proposeSubGoals)).then((outcome) =>
      dispatch({ type: "proposed", step, outcome }),
    );
  };

  const confirm = (proposals: readonly SubGoalProposal[]) => {
    const step = next();
    dispatch({ type: "start", step, work: "write" });
    void outcomeOf(workspace.run((port) => writeSubGoals(port, proposals))).then((outcome) => {
      dispatch({ type: "written", step, outcome });
      reread(outcome);
    });
  };

  const addColumns = () => {
    const step = next();
    dispatch({ type: "start", step, work: "addColumns" });
    void outcomeOf(workspace.run((port) => setUpPlan(port, { lang }))).then((outcome) => {
      dispatch({ type: "columnsAdded", step, outcome });
      reread(outcome);
    });
  };

  return { state, canStart: canStart(state), propose, confirm, addColumns };
}

/** The set-up form's state and action: setUpReducer (planMachine.ts), driven by the setUpPlan use case. */
import { useReducer } from "react";
import { setUpPlan } from "../../app/setUpPlan";
import type { Lang } from "../../core/language";
import type { TableName } from "../../core/schema";
import { outcomeOf } from "../steps";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import {
  canSetUp,
  setUpOptions,
  setUpReducer,
  setUpStart,
  type SetUpEvent,
  type SetUpState,
} from "./planMachine";

export type SetUpFormState = {
  readonly state: SetUpState;
  readonly edit: (change: Extract<SetUpEvent, { type: "edit" }>["change"]) => void;
  readonly setUp: () => void;
};

export function useSetUpForm(
  lang: Lang,
  workspace: Workspace,
  onDone: (created: readonly TableName[]) => void,
): SetUpFormState {
  const [state, dispatch] = useReducer(setUpReducer, lang, setUpStart);
  const next = useSteps();
  const setUp = () => {
    if (!canSetUp(state)) return;
    const options = setUpOptions(state);
    const step = next();
    dispatch({ type: "start", step });
    const progress = (done: number, total: number) => dispatch({ type: "progress", step, done, total });
    void outcomeOf(workspace.run(async (port) => (await setUpPlan(port, options, progress)).created)).then(
      (outcome) => {
        dispatch({ type: "ended", step, outcome });
        if (outcome.ok) onDone(outcome.value);
      },
    );
  };
  return { state, edit: (change) => dispatch({ type: "edit", change }), setUp };
}

/**
 * The Plan view's state and actions: planMachine.ts, driven by the loadPlanOverview
 * use case. Reads once when the view opens; the user reloads after editing.
 */
import { useCallback, useEffect, useReducer } from "react";
import { loadPlanOverview } from "../../app/planOverview";
import type { TableName } from "../../core/schema";
import { outcomeOf } from "../steps";
import { todayIso } from "../today";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import { PLAN_START, planReducer, type PlanState } from "./planMachine";

export type PlanViewState = {
  readonly state: PlanState;
  readonly reload: () => void;
  /** After a set-up: says what it created and reads the plan again. */
  readonly setUpDone: (created: readonly TableName[]) => void;
};

export function usePlanView(workspace: Workspace): PlanViewState {
  const [state, dispatch] = useReducer(planReducer, PLAN_START);
  const next = useSteps();
  const reload = useCallback(() => {
    const step = next();
    dispatch({ type: "load", step });
    void outcomeOf(workspace.run((port) => loadPlanOverview(port, todayIso()))).then((outcome) =>
      dispatch({ type: "loaded", step, outcome }),
    );
  }, [workspace, next]);
  useEffect(reload, [reload]);
  return {
    state,
    reload,
    setUpDone: (created) => {
      dispatch({ type: "setUp", created });
      reload();
    },
  };
}

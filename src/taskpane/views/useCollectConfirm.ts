/**
 * The confirm step's state and actions: collectConfirmMachine.ts, driven by the
 * writeCollect use case with the coordinator's decisions. Nothing is written before
 * `write`, and only once.
 */
import { useReducer } from "react";
import { writeCollect } from "../../app/collect";
import type { CollectPreview, CollectRows } from "../../core/collect";
import { outcomeOf } from "../steps";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import {
  CONFIRM_START,
  canWrite,
  confirmReducer,
  decisionsOf,
  plannedRows,
  replaceable,
  type ConfirmState,
} from "./collectConfirmMachine";

export type CollectConfirmState = {
  readonly state: ConfirmState;
  /** What a write would do now. */
  readonly planned: CollectRows;
  /** How many rows the "replace" box would replace. */
  readonly replaceable: number;
  readonly canWrite: boolean;
  readonly choose: (key: string, file: string | null) => void;
  readonly setReplace: (replace: boolean) => void;
  readonly write: () => void;
};

export function useCollectConfirm(workspace: Workspace, preview: CollectPreview): CollectConfirmState {
  const [state, dispatch] = useReducer(confirmReducer, CONFIRM_START);
  const next = useSteps();

  const write = () => {
    if (!canWrite(preview, state)) return;
    const decisions = decisionsOf(state);
    const step = next();
    dispatch({ type: "write", step });
    void outcomeOf(workspace.run((port) => writeCollect(port, preview, decisions))).then((outcome) =>
      dispatch({ type: "wrote", step, outcome }),
    );
  };

  return {
    state,
    planned: plannedRows(preview, state),
    replaceable: replaceable(preview, state),
    canWrite: canWrite(preview, state),
    choose: (key, file) => dispatch({ type: "choose", key, file }),
    setReplace: (replace) => dispatch({ type: "replace", replace }),
    write,
  };
}

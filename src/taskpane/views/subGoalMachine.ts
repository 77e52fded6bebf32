/**
 * The state machine of set-up's proposal of national sub-goals: the proposals asked
 * for, shown, and written once the user confirms; or the new columns added to a plan
 * written before them. One step at a time; the end of a step the user has since
 * replaced is dropped (steps.ts). Pure.
 */
import type { SetUpResult } from "../../app/setUpPlan";
import type { SubGoalProposal } from "../../app/subGoalProposals";
import type { Outcome, UserMessage } from "../steps";

/** The step running: proposals asked for, proposals written, or the new columns added. */
export type SubGoalWork = "propose" | "write" | "addColumns";

export type SubGoalState =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly step: number; readonly work: SubGoalWork }
  | { readonly kind: "proposals"; readonly proposals: readonly SubGoalProposal[] }
  /** `n`: the goals whose sub-goals were filled in. */
  | { readonly kind: "written"; readonly n: number }
  /** What adding the new columns did: the columns added, and those left out with why. */
  | { readonly kind: "columns"; readonly result: SetUpResult }
  | { readonly kind: "error"; readonly message: UserMessage };

export type SubGoalEvent =
  | { readonly type: "start"; readonly step: number; readonly work: SubGoalWork }
  | {
      readonly type: "proposed";
      readonly step: number;
      readonly outcome: Outcome<readonly SubGoalProposal[]>;
    }
  | { readonly type: "written"; readonly step: number; readonly outcome: Outcome<number> }
  | { readonly type: "columnsAdded"; readonly step: number; readonly outcome: Outcome<SetUpResult> };

export const SUB_GOALS_START: SubGoalState = { kind: "idle" };

/** The step each end event closes. */
const CLOSES: Readonly<Record<Exclude<SubGoalEvent["type"], "start">, SubGoalWork>> = {
  proposed: "propose",
  written: "write",
  columnsAdded: "addColumns",
};

/**
 * Whether proposals can be asked for and columns added: nothing running, nothing waiting for a
 * confirm. After a failure too: the user fixes its cause (unprotects the sheet …) and tries again.
 */
export const canStart = (state: SubGoalState): boolean =>
  state.kind === "idle" || state.kind === "columns" || state.kind === "error";

/** A step's end: what its value shows, or its failure's message. */
function ended<T>(outcome: Outcome<T>, shown: (value: T) => SubGoalState): SubGoalState {
  return outcome.ok ? shown(outcome.value) : { kind: "error", message: outcome.message };
}

export function subGoalReducer(state: SubGoalState, event: SubGoalEvent): SubGoalState {
  if (event.type === "start") return { kind: "busy", step: event.step, work: event.work };
  if (state.kind !== "busy" || state.step !== event.step || state.work !== CLOSES[event.type]) return state;
  switch (event.type) {
    case "proposed":
      return ended(event.outcome, (proposals) => ({ kind: "proposals", proposals }));
    case "written":
      return ended(event.outcome, (n) => ({ kind: "written", n }));
    case "columnsAdded":
      return ended(event.outcome, (result) => ({ kind: "columns", result }));
  }
}

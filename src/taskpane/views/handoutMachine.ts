/**
 * The Hand-out section's state machine: making a period's hand-outs (one workbook per
 * responsible, with progress), then handing them to the user one by one or all
 * together: downloaded on the web page, opened as new workbooks inside Excel. Pure.
 */
import type { HandoutFile, HandoutsMade } from "../../app/handout";
import type { UnknownPeriod } from "../../core/failures";
import type { Outcome, UserMessage } from "../steps";

export type MakeState =
  | { readonly status: "idle" }
  /** `progress`: the fraction made so far, null before the first hand-out is done. */
  | { readonly status: "making"; readonly step: number; readonly progress: number | null }
  | { readonly status: "made"; readonly files: readonly HandoutFile[] }
  /** The files could not be made: a failure, or the period is not (or no longer) in the plan. */
  | { readonly status: "error"; readonly message: UserMessage };

/** What the last hand-over of files did: the names of the files and how they reached the user. */
export type HandState =
  | { readonly status: "idle" }
  | { readonly status: "opening"; readonly step: number; readonly names: readonly string[] }
  | {
      readonly status: "handed";
      readonly how: "opened" | "downloaded";
      readonly names: readonly string[];
    }
  | { readonly status: "error"; readonly message: UserMessage };

export type HandoutState = { readonly made: MakeState; readonly hand: HandState };

export type HandoutEvent =
  | { readonly type: "make"; readonly step: number }
  | { readonly type: "progress"; readonly step: number; readonly done: number; readonly total: number }
  | { readonly type: "made"; readonly step: number; readonly outcome: Outcome<HandoutsMade | UnknownPeriod> }
  /** Inside Excel: the files start to open as new workbooks. */
  | { readonly type: "open"; readonly step: number; readonly names: readonly string[] }
  /** How the last file reached the user: Excel opened it, or (a host without the call) it was downloaded. */
  | { readonly type: "opened"; readonly step: number; readonly outcome: Outcome<"opened" | "downloaded"> }
  /** On the web page: a file was offered as a download. */
  | { readonly type: "downloaded"; readonly name: string };

export const HANDOUT_START: HandoutState = { made: { status: "idle" }, hand: { status: "idle" } };

/** Whether hand-outs can be made: a period chosen and none being made. */
export const canMake = (state: HandoutState, period: string): boolean =>
  period !== "" && state.made.status !== "making";

/** Whether a file can be handed over now: none is being opened in Excel. */
export const canHand = (state: HandoutState): boolean => state.hand.status !== "opening";

function made(state: MakeState, event: Extract<HandoutEvent, { type: "progress" | "made" }>): MakeState {
  if (state.status !== "making" || state.step !== event.step) return state;
  if (event.type === "progress")
    return event.total > 0 ? { ...state, progress: Math.min(1, event.done / event.total) } : state;
  const { outcome } = event;
  if (!outcome.ok) return { status: "error", message: outcome.message };
  return outcome.value.ok
    ? { status: "made", files: outcome.value.files }
    : { status: "error", message: outcome.value };
}

export function handoutReducer(state: HandoutState, event: HandoutEvent): HandoutState {
  switch (event.type) {
    case "make":
      return { ...state, made: { status: "making", step: event.step, progress: null } };
    case "progress":
    case "made":
      return { ...state, made: made(state.made, event) };
    case "open":
      return { ...state, hand: { status: "opening", step: event.step, names: event.names } };
    case "opened": {
      const { hand } = state;
      if (hand.status !== "opening" || hand.step !== event.step) return state;
      const { outcome } = event;
      return {
        ...state,
        hand: outcome.ok
          ? { status: "handed", how: outcome.value, names: hand.names }
          : { status: "error", message: outcome.message },
      };
    }
    case "downloaded":
      return { ...state, hand: { status: "handed", how: "downloaded", names: [event.name] } };
  }
}

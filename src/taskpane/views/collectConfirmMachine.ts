/**
 * The confirm step of a collect, as a state machine: the coordinator settles conflicts
 * (a file per conflict, or none: the row waits), decides whether rows the workbook
 * already holds may be replaced, then writes once. What would be written follows from
 * the preview and these decisions (core/collect's collectRows), so what the pane says
 * is what the write does. Pure.
 */
import {
  collectRows,
  type CollectDecisions,
  type CollectPreview,
  type CollectRows,
} from "../../core/collect";
import type { Outcome, UserMessage } from "../steps";

export type WriteState =
  | { readonly status: "idle" }
  | { readonly status: "writing"; readonly step: number }
  /** What was written, and what was not and why. */
  | { readonly status: "written"; readonly rows: CollectRows }
  | { readonly status: "error"; readonly message: UserMessage };

export type ConfirmState = {
  /** Conflict key → the file whose answer counts; a conflict not named waits. */
  readonly chosen: Readonly<Record<string, string>>;
  /** Whether rows the workbook holds may be replaced by the files' changes. */
  readonly replace: boolean;
  readonly write: WriteState;
};

export type ConfirmEvent =
  | { readonly type: "choose"; readonly key: string; readonly file: string | null }
  | { readonly type: "replace"; readonly replace: boolean }
  | { readonly type: "write"; readonly step: number }
  | { readonly type: "wrote"; readonly step: number; readonly outcome: Outcome<CollectRows> };

export const CONFIRM_START: ConfirmState = { chosen: {}, replace: false, write: { status: "idle" } };

/** The decisions as collect takes them. */
export const decisionsOf = (state: ConfirmState): CollectDecisions => ({
  replace: state.replace ? "all" : [],
  choose: state.chosen,
});

/** What a write would do now. */
export const plannedRows = (preview: CollectPreview, state: ConfirmState): CollectRows =>
  collectRows(preview, decisionsOf(state));

/** How many rows the "replace" box would replace: changes not confirmed by a conflict choice. */
export const replaceable = (preview: CollectPreview, state: ConfirmState): number =>
  collectRows(preview, { choose: state.chosen }).notApplied.filter((n) => n.reason === "notConfirmed").length;

/** Whether the write can start: not under way nor done, and a row to add or replace. */
export function canWrite(preview: CollectPreview, state: ConfirmState): boolean {
  if (state.write.status === "writing" || state.write.status === "written") return false;
  const planned = plannedRows(preview, state);
  return planned.append.length + planned.update.length > 0;
}

/** The rows written, once the write is done. */
export const writtenRows = (state: ConfirmState): CollectRows | null =>
  state.write.status === "written" ? state.write.rows : null;

export function confirmReducer(state: ConfirmState, event: ConfirmEvent): ConfirmState {
  switch (event.type) {
    case "choose": {
      const { [event.key]: _dropped, ...rest } = state.chosen;
      return { ...state, chosen: event.file === null ? rest : { ...rest, [event.key]: event.file } };
    }
    case "replace":
      // Once written, the decision is what was written.
      return state.write.status === "written" ? state : { ...state, replace: event.replace };
    case "write":
      return { ...state, write: { status: "writing", step: event.step } };
    case "wrote": {
      if (state.write.status !== "writing" || state.write.step !== event.step) return state;
      const { outcome } = event;
      return {
        ...state,
        write: outcome.ok
          ? { status: "written", rows: outcome.value }
          : { status: "error", message: outcome.message },
      };
    }
  }
}

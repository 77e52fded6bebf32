/**
 * The Collect section's state machine: the coordinator chooses returned files, each is
 * opened (a file that cannot be used is named with its reason and the rest go on), and
 * the period's preview is shown before anything is written. Each new choice of files is
 * a new step, so the preview (and its confirm step) of an earlier choice never stays. Pure.
 */
import type { CollectPreview } from "../../core/collect";
import type { Failure, UnknownPeriod } from "../../core/failures";
import type { Outcome, UserMessage } from "../steps";

/** A chosen file that could not be opened: its failure, or the error's own words. */
export type BadFile =
  { readonly file: string; readonly failure: Failure } | { readonly file: string; readonly reason: string };

/** What the chosen files gave: the preview, the period unknown to the workbook, or no file to read. */
export type Previewed =
  | { readonly kind: "preview"; readonly preview: CollectPreview }
  | { readonly kind: "unknownPeriod"; readonly unknown: UnknownPeriod }
  | { readonly kind: "nothing" };

export type CollectRead = { readonly bad: readonly BadFile[]; readonly previewed: Previewed };

export type CollectState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly step: number }
  | { readonly status: "error"; readonly message: UserMessage }
  /** `step` names this choice of files: the confirm step starts afresh with each. */
  | ({ readonly status: "read"; readonly step: number } & CollectRead);

export type CollectEvent =
  | { readonly type: "read"; readonly step: number }
  | { readonly type: "readDone"; readonly step: number; readonly outcome: Outcome<CollectRead> };

export const COLLECT_START: CollectState = { status: "idle" };

/** Whether files can be chosen now: a period chosen and no files being read. */
export const canChoose = (state: CollectState, period: string): boolean =>
  period !== "" && state.status !== "reading";

export function collectReducer(state: CollectState, event: CollectEvent): CollectState {
  switch (event.type) {
    case "read":
      return { status: "reading", step: event.step };
    case "readDone": {
      if (state.status !== "reading" || state.step !== event.step) return state;
      const { outcome } = event;
      return outcome.ok
        ? { status: "read", step: event.step, ...outcome.value }
        : { status: "error", message: outcome.message };
    }
  }
}

/**
 * The Follow-up view's state machine: opening (the periods, the one offered first and
 * its preview, in one step), choosing a period (a new preview), writing the sheet
 * (asking before the product's own sheet is replaced) and copying the text. Pure.
 */
import type { SummaryOpened, SummaryPreview, SummaryWritten } from "../../app/summaryPreview";
import type { WriteResult } from "../../app/summariseWorkbook";
import type { UnknownPeriod } from "../../core/failures";
import type { Period } from "../../core/periods";
import type { SummaryChartData } from "../../core/summary";
import type { Outcome, UserMessage } from "../steps";

export type PreviewState =
  | { readonly status: "loading"; readonly step: number }
  | { readonly status: "ready"; readonly preview: SummaryPreview }
  /** The period is not (or no longer) in the Periods table: the periods there are. */
  | { readonly status: "unknownPeriod"; readonly periods: readonly string[] }
  | { readonly status: "error"; readonly message: UserMessage };

export type WriteState =
  | { readonly status: "idle" }
  /** Writing a period's sheet (the period chosen when the write began). */
  | { readonly status: "writing"; readonly step: number; readonly period: string }
  | { readonly status: "written"; readonly sheet: string }
  /** The product's own sheet of that name exists: written only after the user confirms. */
  | { readonly status: "confirmReplace"; readonly sheet: string }
  /** A sheet of the user's own has the name: never written over. */
  | { readonly status: "sheetExists"; readonly sheet: string }
  | { readonly status: "error"; readonly message: UserMessage };

export type SummaryState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly step: number }
  | { readonly status: "error"; readonly message: UserMessage }
  | { readonly status: "noPeriods" }
  | {
      readonly status: "ready";
      readonly periods: readonly Period[];
      readonly period: string;
      readonly preview: PreviewState;
      readonly write: WriteState;
      /** Whether the text was copied (null: not tried since the period was chosen). */
      readonly copied: boolean | null;
    };

export type SummaryEvent =
  | { readonly type: "open"; readonly step: number }
  | { readonly type: "opened"; readonly step: number; readonly outcome: Outcome<SummaryOpened> }
  | { readonly type: "choose"; readonly step: number; readonly period: string }
  | {
      readonly type: "previewed";
      readonly step: number;
      readonly outcome: Outcome<SummaryPreview | UnknownPeriod>;
    }
  | { readonly type: "write"; readonly step: number }
  | { readonly type: "wrote"; readonly step: number; readonly outcome: Outcome<SummaryWritten> }
  | { readonly type: "copied"; readonly ok: boolean };

export const SUMMARY_START: SummaryState = { status: "idle" };

type Ready = Extract<SummaryState, { status: "ready" }>;

/** Whether the sheet can be written now: a period previewed, and no write under way. */
export function canWrite(state: SummaryState): state is Ready {
  return state.status === "ready" && state.preview.status === "ready" && state.write.status !== "writing";
}

function previewState(outcome: Outcome<SummaryPreview | UnknownPeriod>): PreviewState {
  if (!outcome.ok) return { status: "error", message: outcome.message };
  const p = outcome.value;
  return "ok" in p ? { status: "unknownPeriod", periods: p.periods } : { status: "ready", preview: p };
}

function writeState(result: WriteResult | null): WriteState {
  if (result === null) return { status: "idle" };
  return result.ok
    ? { status: "written", sheet: result.sheet }
    : result.code === "sheetExists"
      ? { status: "sheetExists", sheet: result.target }
      : { status: "confirmReplace", sheet: result.sheet };
}

export function summaryReducer(state: SummaryState, event: SummaryEvent): SummaryState {
  switch (event.type) {
    case "open":
      return { status: "loading", step: event.step };
    case "opened": {
      if (state.status !== "loading" || state.step !== event.step) return state;
      if (!event.outcome.ok) return { status: "error", message: event.outcome.message };
      const { periods, period, preview } = event.outcome.value;
      if (period === null || preview === null) return { status: "noPeriods" };
      return {
        status: "ready",
        periods,
        period,
        preview: previewState({ ok: true, value: preview }),
        write: { status: "idle" },
        copied: null,
      };
    }
    case "choose":
      if (state.status !== "ready") return state;
      return {
        ...state,
        period: event.period,
        preview: { status: "loading", step: event.step },
        // What was written or asked concerns the period before; a write under way still says how it ended.
        write: state.write.status === "writing" ? state.write : { status: "idle" },
        copied: null,
      };
    case "previewed":
      if (state.status !== "ready" || state.preview.status !== "loading" || state.preview.step !== event.step)
        return state;
      return { ...state, preview: previewState(event.outcome) };
    case "write":
      if (!canWrite(state)) return state;
      return { ...state, write: { status: "writing", step: event.step, period: state.period } };
    case "wrote":
      if (state.status !== "ready" || state.write.status !== "writing" || state.write.step !== event.step)
        return state;
      if (!event.outcome.ok) return { ...state, write: { status: "error", message: event.outcome.message } };
      if (state.write.period !== state.period) {
        // The user chose another period meanwhile: say how the write ended, but ask nothing about it.
        const { result } = event.outcome.value;
        return {
          ...state,
          write:
            result?.ok === false && result.code === "confirmReplace"
              ? { status: "idle" }
              : writeState(result),
        };
      }
      return {
        ...state,
        preview: previewState({ ok: true, value: event.outcome.value.preview }),
        write: writeState(event.outcome.value.result),
      };
    case "copied":
      return state.status === "ready" ? { ...state, copied: event.ok } : state;
  }
}

/** Whether a period has anything to chart: activities with a state, goals with women and men measured, or goals under sub-goals. */
export const hasFigures = (d: SummaryChartData): boolean =>
  Object.values(d.statusTotal).some((n) => n > 0) || d.gender.length > 0 || d.subGoals.length > 0;

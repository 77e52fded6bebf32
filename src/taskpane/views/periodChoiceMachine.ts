/**
 * Choosing a follow-up period (the Hand-out and collect view): the plan's periods are
 * read once when the view opens, the latest passed cut-off chosen first. Pure.
 */
import type { Period, PeriodChoices } from "../../core/periods";
import type { Outcome, UserMessage } from "../steps";

export type PeriodChoiceState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly step: number }
  | { readonly status: "error"; readonly message: UserMessage }
  | { readonly status: "noPeriods" }
  | { readonly status: "ready"; readonly periods: readonly Period[]; readonly period: string };

export type PeriodChoiceEvent =
  | { readonly type: "open"; readonly step: number }
  | { readonly type: "opened"; readonly step: number; readonly outcome: Outcome<PeriodChoices> }
  | { readonly type: "choose"; readonly period: string };

export const PERIOD_CHOICE_START: PeriodChoiceState = { status: "idle" };

export function periodChoiceReducer(state: PeriodChoiceState, event: PeriodChoiceEvent): PeriodChoiceState {
  switch (event.type) {
    case "open":
      return { status: "loading", step: event.step };
    case "opened": {
      if (state.status !== "loading" || state.step !== event.step) return state;
      if (!event.outcome.ok) return { status: "error", message: event.outcome.message };
      const { periods, preselected } = event.outcome.value;
      return preselected === null
        ? { status: "noPeriods" }
        : { status: "ready", periods, period: preselected };
    }
    case "choose":
      return state.status === "ready" ? { ...state, period: event.period } : state;
  }
}

/**
 * The Plan view's state machines: the plan's overview (read when the view opens and
 * whenever the user asks), the tables the last set-up created, and the set-up form
 * (the new tables' language, plan period and Charter version, then one action). Pure.
 */
import type { SetUpOptions } from "../../app/setUpPlan";
import { isIsoDate } from "../../core/dates";
import type { Lang } from "../../core/language";
import type { TableName } from "../../core/schema";
import type { CharterVersion } from "../../core/plan";
import type { PlanOverview } from "../../core/periods";
import type { Outcome, UserMessage } from "../steps";

export type OverviewState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly step: number }
  | { readonly status: "ready"; readonly overview: PlanOverview }
  | { readonly status: "error"; readonly message: UserMessage };

export type PlanState = {
  readonly overview: OverviewState;
  /** The tables the last set-up created (none: nothing was missing), or null before any set-up. */
  readonly created: readonly TableName[] | null;
};

export type PlanEvent =
  | { readonly type: "load"; readonly step: number }
  | { readonly type: "loaded"; readonly step: number; readonly outcome: Outcome<PlanOverview> }
  | { readonly type: "setUp"; readonly created: readonly TableName[] };

export const PLAN_START: PlanState = { overview: { status: "idle" }, created: null };

export function planReducer(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case "load":
      return { ...state, overview: { status: "loading", step: event.step } };
    case "loaded":
      if (state.overview.status !== "loading" || state.overview.step !== event.step) return state;
      return {
        ...state,
        overview: event.outcome.ok
          ? { status: "ready", overview: event.outcome.value }
          : { status: "error", message: event.outcome.message },
      };
    case "setUp":
      return { ...state, created: event.created };
  }
}

/** The set-up form: what the user chose, and the action. */
export type SetUpState = {
  readonly lang: Lang;
  /** The plan period as typed. */
  readonly from: string;
  readonly to: string;
  readonly version: CharterVersion;
  readonly action:
    | { readonly status: "idle" }
    | { readonly status: "settingUp"; readonly step: number; readonly progress: number | null }
    | { readonly status: "error"; readonly message: UserMessage };
};

export type SetUpEvent =
  | { readonly type: "edit"; readonly change: Partial<Pick<SetUpState, "lang" | "from" | "to" | "version">> }
  | { readonly type: "start"; readonly step: number }
  | { readonly type: "progress"; readonly step: number; readonly done: number; readonly total: number }
  | { readonly type: "ended"; readonly step: number; readonly outcome: Outcome<readonly TableName[]> };

/** The form as it opens: the pane's language, no period, the 2006 Charter. */
export const setUpStart = (lang: Lang): SetUpState => ({
  lang,
  from: "",
  to: "",
  version: 2006,
  action: { status: "idle" },
});

/** Whether the plan period ends before it starts (both dates whole). */
export const periodInvalid = (s: SetUpState): boolean =>
  isIsoDate(s.from) && isIsoDate(s.to) && s.to < s.from;

export const canSetUp = (s: SetUpState): boolean => s.action.status !== "settingUp" && !periodInvalid(s);

/** setUpPlan's options from the form (the period's dates only where whole). */
export function setUpOptions(s: SetUpState): SetUpOptions {
  return {
    lang: s.lang,
    version: s.version,
    ...(isIsoDate(s.from) ? { from: s.from } : {}),
    ...(isIsoDate(s.to) ? { to: s.to } : {}),
  };
}

export function setUpReducer(state: SetUpState, event: SetUpEvent): SetUpState {
  const mine = state.action.status === "settingUp" && "step" in event && state.action.step === event.step;
  switch (event.type) {
    case "edit":
      return { ...state, ...event.change };
    case "start":
      return canSetUp(state)
        ? { ...state, action: { status: "settingUp", step: event.step, progress: null } }
        : state;
    case "progress":
      if (!mine || event.total <= 0) return state;
      return {
        ...state,
        action: { status: "settingUp", step: event.step, progress: Math.min(1, event.done / event.total) },
      };
    case "ended":
      if (!mine) return state;
      return {
        ...state,
        action: event.outcome.ok ? { status: "idle" } : { status: "error", message: event.outcome.message },
      };
  }
}

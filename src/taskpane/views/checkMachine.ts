/**
 * The Check view's state machine: the reference date (today, a period's cut-off or a
 * date of the user's), the check as of it, and the list's filter. Pure.
 */
import type { CheckedWorkbook } from "../../app/checkWorkbook";
import { isIsoDate, type IsoDate } from "../../core/dates";
import type { Finding, Severity } from "../../core/checks";
import type { Outcome, UserMessage } from "../steps";

/** Which findings the list shows: one severity or all, and one sheet ("" the workbook as a whole) or all ("*"). */
export type FindingFilter = { readonly severity: Severity | "all"; readonly sheet: string };

export const ALL_FINDINGS: FindingFilter = { severity: "all", sheet: "*" };

export type CheckResult =
  | { readonly status: "idle" }
  | { readonly status: "checking"; readonly step: number }
  | { readonly status: "ready"; readonly checked: CheckedWorkbook; readonly filter: FindingFilter }
  | { readonly status: "error"; readonly message: UserMessage };

export type CheckState = {
  /** "today", "custom", or the cut-off date of a period. */
  readonly choice: string;
  /** The date of the user's own (choice "custom"), as typed. */
  readonly custom: string;
  /** The periods of the last check: the cut-offs offered besides today. */
  readonly periods: CheckedWorkbook["periods"];
  readonly result: CheckResult;
};

export type CheckEvent =
  | { readonly type: "chooseDate"; readonly choice: string }
  | { readonly type: "typeDate"; readonly date: string }
  | { readonly type: "check"; readonly step: number }
  | { readonly type: "checked"; readonly step: number; readonly outcome: Outcome<CheckedWorkbook> }
  | { readonly type: "filter"; readonly filter: Partial<FindingFilter> };

export const checkStart = (today: IsoDate): CheckState => ({
  choice: "today",
  custom: today,
  periods: [],
  result: { status: "idle" },
});

/** The date to check as of; not always a date (the user's may be half typed). */
export function refDateOf(state: CheckState, today: IsoDate): string {
  return state.choice === "today" ? today : state.choice === "custom" ? state.custom : state.choice;
}

/** Whether a check can start: none under way, and a whole date to check as of. */
export function canCheck(state: CheckState, today: IsoDate): boolean {
  return state.result.status !== "checking" && isIsoDate(refDateOf(state, today));
}

export function checkReducer(state: CheckState, event: CheckEvent): CheckState {
  switch (event.type) {
    case "chooseDate":
      return { ...state, choice: event.choice };
    case "typeDate":
      return { ...state, custom: event.date };
    case "check":
      return { ...state, result: { status: "checking", step: event.step } };
    case "checked": {
      const { result } = state;
      if (result.status !== "checking" || result.step !== event.step) return state;
      if (!event.outcome.ok) return { ...state, result: { status: "error", message: event.outcome.message } };
      const checked = event.outcome.value;
      // A new check shows all its findings: a filter of the last one may name a sheet no longer listed.
      return {
        ...state,
        periods: checked.periods,
        result: { status: "ready", checked, filter: ALL_FINDINGS },
      };
    }
    case "filter":
      if (state.result.status !== "ready") return state;
      return { ...state, result: { ...state.result, filter: { ...state.result.filter, ...event.filter } } };
  }
}

/** The findings a filter lets through, in their order. */
export function shownFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.severity === "all" || f.severity === filter.severity) &&
      (filter.sheet === "*" || (f.sheet ?? "") === filter.sheet),
  );
}

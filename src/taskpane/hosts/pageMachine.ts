/**
 * The web page's state machine: the start screen (drop zone, opening a file with its
 * progress, why a file could not be opened) and the open file (with the cell a finding
 * last pointed at). Opening is a numbered step (../steps.ts): a file chosen while another
 * is still being read replaces it, and the earlier read is dropped when it ends. Pure.
 */
import type { CellValue } from "../../core/cells";
import type { Outcome, UserMessage } from "../steps";
import type { FileWorkspace } from "./fileWorkspace";

export type OpenState =
  | { readonly status: "idle" }
  /** `progress`: the fraction of the file read so far, null until a long read reports one. */
  | { readonly status: "opening"; readonly step: number; readonly progress: number | null }
  | { readonly status: "error"; readonly message: UserMessage };

/** A cell a finding pointed at, with its value at that moment. */
export type FocusedCell = { readonly sheet: string; readonly cell: string; readonly value: CellValue };

export type PageState =
  | { readonly status: "start"; readonly dragging: boolean; readonly open: OpenState }
  | {
      readonly status: "open";
      readonly file: FileWorkspace;
      readonly focus: FocusedCell | null;
      /** Why the last "Save a copy" gave no file, until the next try or the file is closed. */
      readonly saveError: UserMessage | null;
    };

export type PageEvent =
  | { readonly type: "drag"; readonly over: boolean }
  | { readonly type: "open"; readonly step: number }
  | { readonly type: "progress"; readonly step: number; readonly fraction: number }
  | { readonly type: "opened"; readonly step: number; readonly outcome: Outcome<FileWorkspace> }
  | { readonly type: "focus"; readonly focus: FocusedCell }
  | { readonly type: "save" }
  | { readonly type: "saveFailed"; readonly message: UserMessage }
  | { readonly type: "close" };

export const PAGE_START: PageState = { status: "start", dragging: false, open: { status: "idle" } };

/** Whether the start screen's buttons can open a file: none is being opened. */
export const canOpen = (state: PageState): boolean =>
  state.status === "start" && state.open.status !== "opening";

/** The download name: the opened file's name with the product's suffix. */
export function savedName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.xlsx$/i, "");
  return `${base}-${suffix}.xlsx`;
}

function opening(state: PageState, step: number): Extract<OpenState, { status: "opening" }> | null {
  return state.status === "start" && state.open.status === "opening" && state.open.step === step
    ? state.open
    : null;
}

export function pageReducer(state: PageState, event: PageEvent): PageState {
  switch (event.type) {
    case "drag":
      return state.status === "start" ? { ...state, dragging: event.over } : state;
    case "open":
      if (state.status !== "start") return state;
      return { ...state, open: { status: "opening", step: event.step, progress: null } };
    case "progress": {
      const now = opening(state, event.step);
      return now && state.status === "start"
        ? { ...state, open: { ...now, progress: event.fraction } }
        : state;
    }
    case "opened": {
      if (state.status !== "start" || opening(state, event.step) === null) return state;
      const { outcome } = event;
      return outcome.ok
        ? { status: "open", file: outcome.value, focus: null, saveError: null }
        : { ...state, open: { status: "error", message: outcome.message } };
    }
    case "focus":
      return state.status === "open" ? { ...state, focus: event.focus } : state;
    case "save":
      return state.status === "open" ? { ...state, saveError: null } : state;
    case "saveFailed":
      return state.status === "open" ? { ...state, saveError: event.message } : state;
    case "close":
      return PAGE_START;
  }
}

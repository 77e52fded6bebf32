/**
 * The Import view's state machine: the sources offered (read once when the view opens),
 * the form (source, pasted text, plan period), the preview with the columns as the
 * user corrected them, and the write. Pure.
 */
import type {
  ImportPreview,
  ImportSource,
  ImportSources,
  ImportWritten,
  PreviewOptions,
} from "../../app/importList";
import { isIsoDate } from "../../core/dates";
import type { ColumnMapping } from "../../core/import";
import type { Lang } from "../../core/language";
import type { Outcome, UserMessage } from "../steps";

/** Where the list is taken from. */
export type SourceChoice =
  | { readonly kind: "selection" }
  | { readonly kind: "sheet"; readonly name: string }
  | { readonly kind: "text" };

export type ImportForm = {
  readonly source: SourceChoice;
  /** The text pasted into the view (source "text"). */
  readonly text: string;
  /** The plan period as typed, for timeframe words ("varje kvartal"); used only when a whole date. */
  readonly from: string;
  readonly to: string;
};

export type PreviewState =
  | { readonly status: "idle" }
  | { readonly status: "previewing"; readonly step: number; readonly source: SourceChoice }
  | {
      readonly status: "ready";
      readonly preview: ImportPreview;
      /** The source it was read from (named in the preview's tables). */
      readonly source: SourceChoice;
      /** What each column means: as recognised, then as the user corrects it. */
      readonly mapping: ColumnMapping;
    }
  | { readonly status: "error"; readonly message: UserMessage };

export type WriteState =
  | { readonly status: "idle" }
  | { readonly status: "writing"; readonly step: number }
  | { readonly status: "written"; readonly written: ImportWritten }
  | { readonly status: "error"; readonly message: UserMessage };

export type ImportState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly step: number }
  | { readonly status: "error"; readonly message: UserMessage }
  | {
      readonly status: "ready";
      readonly sources: ImportSources;
      readonly form: ImportForm;
      readonly preview: PreviewState;
      readonly write: WriteState;
    };

export type ImportEvent =
  | { readonly type: "open"; readonly step: number }
  | { readonly type: "opened"; readonly step: number; readonly outcome: Outcome<ImportSources> }
  | { readonly type: "edit"; readonly change: Partial<ImportForm> }
  | { readonly type: "preview"; readonly step: number }
  | { readonly type: "previewed"; readonly step: number; readonly outcome: Outcome<ImportPreview> }
  | { readonly type: "remap"; readonly mapping: ColumnMapping }
  | { readonly type: "write"; readonly step: number }
  | { readonly type: "wrote"; readonly step: number; readonly outcome: Outcome<ImportWritten> };

export const IMPORT_START: ImportState = { status: "idle" };

type Ready = Extract<ImportState, { status: "ready" }>;
type Previewed = Ready & { readonly preview: Extract<PreviewState, { status: "ready" }> };

/** The source offered first: the selection where there is one, else the first sheet, else pasted text. */
export function firstSource(sources: ImportSources): SourceChoice {
  if (sources.selection) return { kind: "selection" };
  const name = sources.sheets[0];
  return name === undefined ? { kind: "text" } : { kind: "sheet", name };
}

/** Whether a preview can start: the sources read, none under way, and text to read when it is pasted text. */
export function canPreview(state: ImportState): state is Ready {
  return (
    state.status === "ready" &&
    state.preview.status !== "previewing" &&
    !(state.form.source.kind === "text" && state.form.text.trim() === "")
  );
}

/** Whether the preview can be written: one under way is not, nor one with no goals or activities. */
export function canWrite(state: ImportState): state is Previewed {
  if (state.status !== "ready" || state.preview.status !== "ready" || state.write.status === "writing")
    return false;
  const { result } = state.preview.preview;
  return result.goals.length > 0 || result.activities.length > 0;
}

/**
 * The previewImport call the form asks for: its source and options (the plan period
 * only where a whole date is typed; the columns as given, or recognised afresh).
 */
export function previewRequest(
  form: ImportForm,
  lang: Lang,
  mapping: ColumnMapping | null,
): { readonly source: ImportSource; readonly options: PreviewOptions } {
  const source: ImportSource =
    form.source.kind === "text"
      ? { text: form.text }
      : form.source.kind === "selection"
        ? { selection: true }
        : { sheet: form.source.name };
  const options: PreviewOptions = {
    lang,
    ...(mapping ? { mapping } : {}),
    ...(isIsoDate(form.from) ? { from: form.from } : {}),
    ...(isIsoDate(form.to) ? { to: form.to } : {}),
  };
  return { source, options };
}

/** Whether the user may correct what the columns mean: a table, or a first row that looked like headers but named none. */
export function hasColumns(preview: ImportPreview): boolean {
  const { shape, headers } = preview.result;
  return shape === "table" || (shape === null && headers.length > 0);
}

export function importReducer(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case "open":
      return { status: "loading", step: event.step };
    case "opened":
      if (state.status !== "loading" || state.step !== event.step) return state;
      if (!event.outcome.ok) return { status: "error", message: event.outcome.message };
      return {
        status: "ready",
        sources: event.outcome.value,
        form: { source: firstSource(event.outcome.value), text: "", from: "", to: "" },
        preview: { status: "idle" },
        write: { status: "idle" },
      };
    case "edit":
      return state.status === "ready" ? { ...state, form: { ...state.form, ...event.change } } : state;
    case "preview":
      if (!canPreview(state)) return state;
      return { ...state, preview: { status: "previewing", step: event.step, source: state.form.source } };
    case "previewed": {
      if (state.status !== "ready") return state;
      const { preview } = state;
      if (preview.status !== "previewing" || preview.step !== event.step) return state;
      if (!event.outcome.ok)
        return { ...state, preview: { status: "error", message: event.outcome.message } };
      const value = event.outcome.value;
      return {
        ...state,
        preview: { status: "ready", preview: value, source: preview.source, mapping: value.result.mapping },
      };
    }
    case "remap":
      if (state.status !== "ready" || state.preview.status !== "ready") return state;
      return { ...state, preview: { ...state.preview, mapping: event.mapping } };
    case "write":
      return canWrite(state) ? { ...state, write: { status: "writing", step: event.step } } : state;
    case "wrote":
      if (state.status !== "ready" || state.write.status !== "writing" || state.write.step !== event.step)
        return state;
      return {
        ...state,
        write: event.outcome.ok
          ? { status: "written", written: event.outcome.value }
          : { status: "error", message: event.outcome.message },
      };
  }
}

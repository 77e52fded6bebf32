/**
 * The Import view's state and actions: importMachine.ts, driven by the use cases of
 * src/app/importList.ts (the sources, the preview, the write), one workspace action each.
 */
import { useEffect, useReducer } from "react";
import { importSources, previewImport, writeImport } from "../../app/importList";
import type { ColumnMapping } from "../../core/import";
import type { Lang } from "../../core/language";
import { outcomeOf } from "../steps";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import {
  IMPORT_START,
  canPreview,
  canWrite,
  importReducer,
  previewRequest,
  type ImportForm,
  type ImportState,
} from "./importMachine";

export type ImportViewState = {
  readonly state: ImportState;
  readonly edit: (change: Partial<ImportForm>) => void;
  /** Previews the form's source; with `corrected`, reading the columns as the user says they mean. */
  readonly preview: (corrected: boolean) => void;
  readonly remap: (mapping: ColumnMapping) => void;
  readonly write: () => void;
};

export function useImportView(lang: Lang, workspace: Workspace): ImportViewState {
  const [state, dispatch] = useReducer(importReducer, IMPORT_START);
  const next = useSteps();

  // Reads the sources once per workbook; every later read is the user's own action.
  useEffect(() => {
    const step = next();
    dispatch({ type: "open", step });
    void outcomeOf(workspace.run(importSources)).then((outcome) =>
      dispatch({ type: "opened", step, outcome }),
    );
  }, [workspace, next]);

  const preview = (corrected: boolean) => {
    if (!canPreview(state)) return;
    const mapping = corrected && state.preview.status === "ready" ? state.preview.mapping : null;
    const { source, options } = previewRequest(state.form, lang, mapping);
    const step = next();
    dispatch({ type: "preview", step });
    void outcomeOf(workspace.run((port) => previewImport(port, source, options))).then((outcome) =>
      dispatch({ type: "previewed", step, outcome }),
    );
  };

  const write = () => {
    if (!canWrite(state)) return;
    const { preview } = state.preview;
    const step = next();
    dispatch({ type: "write", step });
    void outcomeOf(workspace.run((port) => writeImport(port, preview, lang))).then((outcome) =>
      dispatch({ type: "wrote", step, outcome }),
    );
  };

  return {
    state,
    edit: (change) => dispatch({ type: "edit", change }),
    preview,
    remap: (mapping) => dispatch({ type: "remap", mapping }),
    write,
  };
}
